package dev.empathy.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.conversation.Conversation;
import dev.empathy.conversation.ConversationReader;
import dev.empathy.conversation.ConversationReading;
import dev.empathy.situation.Situation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NextTurnSuggestionsTest {

    private static final NextTurnSuggestions SUGGESTIONS = NextTurnSuggestions.english();
    private static final ConversationReader READER = ConversationReader.english();
    private static final PhraseCatalog CATALOG = PhraseCatalog.english();
    private static final SelectionContext CHAT = SelectionContext.builder().channel(Channel.CHAT).build();
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static Set<Situation> situations(String id) {
        return CATALOG.statement(id).orElseThrow().situations();
    }

    private static boolean writtenFor(NextTurn next, Situation situation) {
        return next.opening().ids().stream().anyMatch(id -> situations(id).contains(situation));
    }

    @Test
    void neverSuggestsAStatementAnAgentAlreadySaidEvenWithANameOrSlightlyReworded() {
        String said = CATALOG.render(CATALOG.statement("ack-001").orElseThrow(), java.util.Map.of(Slot.NAME, "Sam"));
        ConversationReading reading = READER.read(Conversation.builder()
                .customer("I'm so fed up, this still isn't sorted after all my emails.")
                .agent(said + " Let me look into it.")
                .agent("I understand how frustrating this whole thing has been for you.")
                .customer("It's still not working and I'm annoyed.")
                .build());
        NextTurn next = SUGGESTIONS.suggest(reading, CHAT);

        assertThat(next.alreadyUsed()).contains("ack-001");
        assertThat(next.reasons()).contains("an agent already said ack-001 (turn 1)");
        assertThat(next.opening().ids()).isNotEmpty().doesNotContainAnyElementsOf(next.alreadyUsed());
    }

    @Test
    void anAgentWhoSendsEachSuggestionNeverGetsOneAgainOverTwelveTurns() {
        List<String> customer = List.of("My parcel still hasn't arrived and I'm annoyed.", "It's still not here, this is ridiculous.",
                "Nothing has changed, I'm really fed up.", "Why is this taking so long? I'm frustrated.");
        Conversation.Builder thread = Conversation.builder();
        Set<String> sent = new HashSet<>();
        List<String> sentTexts = new ArrayList<>();
        for (int turn = 0; turn < 12; turn++) {
            thread.customer(customer.get(turn % customer.size()));
            NextTurn next = SUGGESTIONS.suggest(READER.read(thread.build()), CHAT);
            assertThat(next.opening().ids()).as("turn %d", turn).isNotEmpty();
            for (String id : next.opening().ids()) {
                assertThat(sent.add(id)).as("statement %s suggested twice", id).isTrue();
            }
            for (Suggestion s : next.opening().statements()) {
                assertThat(UsedStatements.closeToAny(s.text(), sentTexts.stream().map(UsedStatements::grams).toList()))
                        .as("'%s' is close to something already sent", s.text()).isFalse();
            }
            thread.agent(next.opening().text());
            sentTexts.add(next.opening().text());
        }
    }

    @Test
    void acknowledgesRepeatedContactFirstWhenTheThreadShowsIt() {
        ConversationReading reading = READER.read(Conversation.builder()
                .customer("My router keeps dropping the connection.")
                .agent("Have you tried restarting it?")
                .customer("Yes, this is the third time I'm telling you that, it still drops.")
                .build());
        NextTurn next = SUGGESTIONS.suggest(reading, CHAT);

        assertThat(situations(next.opening().ids().get(0))).contains(Situation.REPEATED_CONTACT);
        assertThat(next.reasons()).anyMatch(r -> r.startsWith("turn 2 shows repeated contact (says-so): "));
    }

    @Test
    void acknowledgesALongWaitWithTheMeasuredDuration() {
        ConversationReading reading = READER.read(Conversation.builder()
                .customer("My card was declined at checkout, I'm annoyed.", T0)
                .build(), T0.plus(Duration.ofHours(5)));
        NextTurn next = SUGGESTIONS.suggest(reading, CHAT);

        assertThat(reading.measuredLongWait().orElseThrow().duration()).isEqualTo(Duration.ofHours(5));
        assertThat(writtenFor(next, Situation.LONG_WAIT)).isTrue();
        assertThat(next.reasons()).anyMatch(r -> r.startsWith("the thread shows a long wait: "));
        String lead = next.opening().ids().stream().filter(id -> situations(id).contains(Situation.LONG_WAIT)).findFirst().orElseThrow();
        if (CATALOG.statement(lead).orElseThrow().text().contains("{duration")) {
            assertThat(next.opening().text()).contains("5 hours");
        }
    }

    @Test
    void aShortMeasuredWaitIsNeverQuotedEvenWhenTheCustomerSaysTheyWaitedLong() {
        ConversationReading reading = READER.read(Conversation.builder()
                .customer("Still waiting for a reply about my refund, I'm annoyed.", T0)
                .agent("Looking now.", T0.plus(Duration.ofMinutes(7)))
                .customer("Still waiting, this is ridiculous.", T0.plus(Duration.ofMinutes(9)))
                .build(), T0.plus(Duration.ofMinutes(12)));
        NextTurn next = SUGGESTIONS.suggest(reading, CHAT);

        assertThat(reading.longWait()).isTrue();
        assertThat(reading.measuredLongWait()).isEmpty();
        assertThat(next.opening().text()).doesNotContain("minutes");
    }

    @Test
    void aSettledCustomerIsNotRemindedOfRepeatedContactOrTheWait() {
        ConversationReading reading = READER.read(Conversation.builder()
                .customer("Third time I'm asking, my router still drops the connection!")
                .agent("I've replaced the router profile; it should hold now.")
                .customer("That worked, thank you so much!")
                .build());
        NextTurn next = SUGGESTIONS.suggest(reading, CHAT);

        assertThat(reading.hasRepeatedContact()).isTrue();
        assertThat(writtenFor(next, Situation.REPEATED_CONTACT)).isFalse();
        assertThat(next.reasons()).contains("the customer's last turn is positive, so earlier repeated contact or waits are not brought up again");
    }

    @Test
    void aPlainThreadGetsNoRepeatedContactOrLongWaitStatement() {
        ConversationReading reading = READER.read(Conversation.builder()
                .customer("I was charged for a subscription I cancelled and I'm annoyed.", T0)
                .build(), T0.plus(Duration.ofMinutes(5)));
        NextTurn next = SUGGESTIONS.suggest(reading, CHAT);

        assertThat(reading.longWait()).isFalse();
        assertThat(writtenFor(next, Situation.REPEATED_CONTACT)).isFalse();
        assertThat(next.opening().ids()).isNotEmpty();
    }

    @Test
    void spokenDurations() {
        assertThat(NextTurnSuggestions.spoken(Duration.ofMinutes(25))).isEqualTo("25 minutes");
        assertThat(NextTurnSuggestions.spoken(Duration.ofMinutes(90))).isEqualTo("over an hour");
        assertThat(NextTurnSuggestions.spoken(Duration.ofHours(5))).isEqualTo("5 hours");
        assertThat(NextTurnSuggestions.spoken(Duration.ofMinutes(173))).isEqualTo("over 2 hours");
        assertThat(NextTurnSuggestions.spoken(Duration.ofDays(3))).isEqualTo("3 days");
    }
}
