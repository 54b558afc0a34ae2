package dev.empathy.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.SignalType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Literal threads read by the English reader: the behaviour a helpdesk sees. */
class ConversationReaderTest {

    private static final ConversationReader READER = ConversationReader.english();
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void eachCustomerTurnGetsAReadingAndEachAgentTurnACheckAgainstTheTurnItAnswers() {
        Conversation thread = Conversation.builder()
                .customer("I was charged twice for my subscription and I'm really annoyed.")
                .agent("Please calm down, that's our policy.")
                .agent("I'm sorry about the double charge; I'll refund it by Friday.")
                .customer("Thanks so much, that fixed it!")
                .build();
        ConversationReading reading = READER.read(thread);

        assertThat(reading.turns()).hasSize(4);
        assertThat(reading.turns().get(0).emotion().orElseThrow().emotion()).isEqualTo(Emotion.FRUSTRATION);
        TurnReading dismissive = reading.turns().get(1);
        assertThat(dismissive.answers()).isEqualTo(OptionalInt.of(0));
        assertThat(dismissive.check().orElseThrow().findings()).extracting(f -> f.ruleId()).contains("MINIMISING_CALM_DOWN");
        assertThat(dismissive.check().orElseThrow().missing()).isNotEmpty(); // checked against a frustrated customer
        assertThat(reading.turns().get(2).answers()).isEqualTo(OptionalInt.of(0));
        assertThat(reading.turns().get(3).emotion().orElseThrow().emotion()).isEqualTo(Emotion.GRATITUDE);
        assertThat(reading.trajectory().trajectory()).isEqualTo(Trajectory.RESOLVED);
        assertThat(reading.trajectory().turns()).containsExactly(0, 3);
        assertThat(reading.answer()).isEqualTo(AnswerStatus.CLOSED);
        assertThat(reading.needsAnswer()).isFalse();
    }

    @Test
    void escalating() {
        Conversation thread = Conversation.builder()
                .customer("Hi, my order 4411 hasn't arrived yet, can you check?")
                .agent("Could you send us your postcode?")
                .customer("This is ridiculous. Third time I'm asking and my order 4411 still hasn't arrived!")
                .build();
        CustomerTrajectory trajectory = READER.read(thread).trajectory();
        assertThat(trajectory.trajectory()).isEqualTo(Trajectory.ESCALATING);
        assertThat(trajectory.turns()).containsExactly(0, 2);
        assertThat(trajectory.to() - trajectory.from()).isGreaterThanOrEqualTo(ConversationReader.TRAJECTORY_STEP);
    }

    @Test
    void calming() {
        Conversation thread = Conversation.builder()
                .customer("This is ridiculous. Third time I'm asking and my order 4411 still hasn't arrived!")
                .agent("I'm sorry, I can see it was held at the depot; it will reach you tomorrow.")
                .customer("Ok, I've sent you a DM with the details.")
                .build();
        CustomerTrajectory trajectory = READER.read(thread).trajectory();
        assertThat(trajectory.trajectory()).isEqualTo(Trajectory.CALMING);
        assertThat(trajectory.turns()).containsExactly(0, 2);
    }

    @Test
    void steady() {
        Conversation thread = Conversation.builder()
                .customer("Where can I change my delivery address?")
                .agent("You can change it under Account > Addresses.")
                .customer("And where do I change my email address?")
                .build();
        CustomerTrajectory trajectory = READER.read(thread).trajectory();
        assertThat(trajectory.trajectory()).isEqualTo(Trajectory.STEADY);
        assertThat(trajectory.turns()).containsExactly(0, 2);
    }

    @Test
    void resolved() {
        Conversation thread = Conversation.builder()
                .customer("My app keeps crashing when I open my playlist, so annoying.")
                .agent("Sorry about that! Could you reinstall the app and try again?")
                .customer("That worked, thank you!")
                .build();
        assertThat(READER.read(thread).trajectory().trajectory()).isEqualTo(Trajectory.RESOLVED);
    }

    @Test
    void aCustomerWhoAsksTheSameThingAgainIsFoundWithTheTurnTheyRepeat() {
        Conversation thread = Conversation.builder()
                .customer("Hi, my order 4411 hasn't arrived yet, can you check where it is?")
                .agent("Could you DM us your postcode?")
                .customer("Done.")
                .agent("Thanks, we're looking into it.")
                .customer("Hello? My order 4411 still hasn't arrived, can anyone check where it is?")
                .build();
        List<RepeatedContact> repeats = READER.read(thread).repeatedContacts();
        RepeatedContact asks = repeats.stream().filter(r -> r.kind() == RepeatedContact.Kind.ASKS_AGAIN).findFirst().orElseThrow();
        assertThat(asks.turn()).isEqualTo(4);
        assertThat(asks.earlierTurn()).isEqualTo(OptionalInt.of(0));
        assertThat(asks.similarity()).isGreaterThanOrEqualTo(ConversationReader.REPEAT_SIMILARITY);
    }

    @Test
    void aCustomerWhoSaysTheyAlreadyAskedIsFoundByTheRepeatedContactSignal() {
        Conversation thread = Conversation.builder()
                .customer("My router keeps dropping the connection.")
                .agent("Have you tried restarting it?")
                .customer("Yes, this is the third time I'm telling you that.")
                .build();
        List<RepeatedContact> repeats = READER.read(thread).repeatedContacts();
        assertThat(repeats).hasSize(1);
        RepeatedContact saysSo = repeats.get(0);
        assertThat(saysSo.kind()).isEqualTo(RepeatedContact.Kind.SAYS_SO);
        assertThat(saysSo.turn()).isEqualTo(2);
        assertThat(saysSo.signals()).extracting(s -> s.text()).containsExactly("third time");
        assertThat(saysSo.signals().get(0).type()).isEqualTo(SignalType.REPEATED_CONTACT);
    }

    @Test
    void differentQuestionsAndShortRepliesAreNotRepeatedContact() {
        Conversation thread = Conversation.builder()
                .customer("How do I change the delivery address on my order?")
                .agent("Under Account > Addresses.")
                .customer("Ok thanks")
                .customer("Ok thanks")
                .customer("And how do I cancel my subscription before renewal?")
                .build();
        assertThat(READER.read(thread).repeatedContacts()).isEmpty();
    }

    @Test
    void waitsRunFromTheFirstUnansweredCustomerTurnToTheNextAgentTurn() {
        Conversation thread = Conversation.builder()
                .customer("My card was declined.", at(0))
                .customer("Hello?", at(30))
                .agent("Sorry for the wait, let me look.", at(95))
                .customer("Any news?", at(100))
                .agent("It's fixed now.", at(110))
                .customer("Now it's declined again.", at(200))
                .build();
        ConversationReading reading = READER.read(thread, at(260));

        WaitTimes waits = reading.waits();
        assertThat(waits.answered()).containsExactly(
                new Wait(0, OptionalInt.of(2), Duration.ofMinutes(95)),
                new Wait(3, OptionalInt.of(4), Duration.ofMinutes(10)));
        assertThat(waits.longest()).contains(waits.answered().get(0));
        assertThat(waits.current()).contains(new Wait(5, OptionalInt.empty(), Duration.ofMinutes(60)));
        assertThat(reading.longWait()).isTrue();
        assertThat(reading.answer()).isEqualTo(AnswerStatus.AWAITING_ANSWER);
        assertThat(reading.unansweredTurns()).containsExactly(5);
    }

    @Test
    void duplicateTimesGiveAZeroWaitAndMissingTimesLeaveAWaitUnmeasured() {
        Conversation thread = Conversation.builder()
                .customer("My card was declined.", at(0))
                .agent("Looking now.", at(0))
                .customer("Still declined.")
                .agent("Try again please.", at(20))
                .build();
        WaitTimes waits = READER.read(thread).waits();
        assertThat(waits.answered()).containsExactly(new Wait(0, OptionalInt.of(1), Duration.ZERO));
        assertThat(waits.current()).isEmpty();
    }

    @Test
    void theCurrentWaitIsMeasuredUpToTheReadersClock() {
        ConversationReader reader = ConversationReader.builder().clock(Clock.fixed(at(90), ZoneOffset.UTC))
                .longWait(Duration.ofHours(2)).build();
        ConversationReading reading = reader.read(Conversation.builder().customer("Where is my refund?", at(0)).build());
        assertThat(reading.waits().current().orElseThrow().duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(reading.asOf()).isEqualTo(at(90));
        assertThat(reading.longWait()).isFalse();
        assertThat(reader.read(Conversation.builder().customer("Where is my refund?", at(100)).build())
                .waits().current().orElseThrow().duration()).isEqualTo(Duration.ZERO);
    }

    @Test
    void aThreadWithoutTimesHasNoWaits() {
        assertThat(READER.read(Conversation.of(Turn.customer("Hello?"))).waits()).isEqualTo(WaitTimes.none());
    }

    @Test
    void aThreadThatStartsWithAnAgentTurnChecksItWithoutACustomer() {
        ConversationReading reading = READER.read(Conversation.of(Turn.agent("Your parcel is delayed."), Turn.agent("Sorry!")));
        assertThat(reading.turns().get(0).answers()).isEmpty();
        assertThat(reading.turns().get(0).check().orElseThrow().missing()).isEmpty();
        assertThat(reading.answer()).isEqualTo(AnswerStatus.NO_CUSTOMER_TURN);
        assertThat(reading.trajectory().trajectory()).isEqualTo(Trajectory.STEADY);
        assertThat(reading.lastCustomerTurn()).isEmpty();
    }

    @Test
    void aCustomerTurnAfterTheLastAgentTurnNeedsAnAnswerUnlessItIsAClosing() {
        assertThat(READER.read(Conversation.of(Turn.agent("Done."), Turn.customer("Thanks, but why was I charged?"))).answer())
                .isEqualTo(AnswerStatus.AWAITING_ANSWER);
        assertThat(READER.read(Conversation.of(Turn.customer("Can you help?"), Turn.customer("Thank you so much!"))).answer())
                .isEqualTo(AnswerStatus.AWAITING_ANSWER);
        assertThat(READER.read(Conversation.of(Turn.customer("Broken again."), Turn.agent("Fixed."))).answer())
                .isEqualTo(AnswerStatus.ANSWERED);
    }

    @Test
    void emptyAndBlankTurnsReadAsNeutral() {
        ConversationReading reading = READER.read(Conversation.of(Turn.customer(""), Turn.agent(" "), Turn.customer("\n")));
        assertThat(reading.lastCustomerReading().emotion()).isEqualTo(Emotion.NEUTRAL);
    }

    @Test
    void theLimitsAreTheCallersToSetAndNameThemselvesWhenExceeded() {
        ConversationReader small = ConversationReader.builder().maxTurns(2).maxCharacters(10).build();
        assertThatThrownBy(() -> small.read(Conversation.of(Turn.customer("a"), Turn.agent("b"), Turn.customer("c"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("conversation has 3 turns, more than this reader's maximum of 2 (ConversationReader.Builder.maxTurns)");
        assertThatThrownBy(() -> small.read(Conversation.of(Turn.customer("secret words"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("conversation has 12 characters, more than this reader's maximum of 10 (ConversationReader.Builder.maxCharacters)");
        assertThat(READER.maxTurns()).isEqualTo(ConversationReader.DEFAULT_MAX_TURNS);
        assertThatThrownBy(() -> ConversationReader.builder().maxTurns(0)).hasMessage("maxTurns must be at least 1, got 0");
    }

    @Test
    void aThreadOfTenThousandTurnsIsReadInFull() {
        Conversation.Builder builder = Conversation.builder();
        for (int i = 0; i < 5_000; i++) {
            builder.customer("Order " + i + " has not arrived, where is it?", at(i * 2));
            builder.agent("Let me check order " + i + " for you.", at(i * 2 + 1));
        }
        ConversationReading reading = READER.read(builder.build(), at(10_000));
        assertThat(reading.turns()).hasSize(10_000);
        assertThat(reading.waits().answered()).hasSize(5_000);
        assertThat(reading.answer()).isEqualTo(AnswerStatus.ANSWERED);
    }

    @Test
    void oneReaderSharedAcrossThreadsGivesTheSingleThreadedReadings() throws Exception {
        List<Conversation> threads = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            threads.add(Conversation.builder().customer("My order " + i + " is late again!", at(i))
                    .agent("Please calm down.", at(i + 5)).customer("Third time I'm asking about order " + i, at(i + 9)).build());
        }
        List<ConversationReading> expected = threads.stream().map(t -> READER.read(t, at(100))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ConversationReading>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Conversation thread : threads) {
                    futures.add(pool.submit(() -> READER.read(thread, at(100))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % threads.size()));
            }
        } finally {
            pool.shutdown();
        }
    }
}
