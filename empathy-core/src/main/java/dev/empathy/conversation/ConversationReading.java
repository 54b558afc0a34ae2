package dev.empathy.conversation;

import dev.empathy.emotion.EmotionReading;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link ConversationReader} read in one thread. Immutable and thread-safe.
 *
 * @param turns            one reading per turn, in order (the index of each is its position)
 * @param trajectory       where the customer is heading, with the turns that show it
 * @param repeatedContacts every customer turn that asks again or says it already asked, in turn order (a turn
 *                         that does both appears twice, asks-again first)
 * @param waits            the customer's waits, when turns have times
 * @param longWait         true when a measured wait (answered or current) is at least {@code longWaitFrom}, or a
 *                         customer turn has a {@code LONG_WAIT} signal ("still waiting", "for three days")
 * @param longWaitFrom     the reader's long-wait threshold ({@link ConversationReader.Builder#longWait}), positive
 * @param answer           whether the last customer turn still needs an answer
 * @param unansweredTurns  the customer turns after the last agent turn (all customer turns when no agent spoke),
 *                         in order; empty when the last customer turn was answered
 * @param asOf             the reference instant the current wait is measured up to
 */
public record ConversationReading(List<TurnReading> turns, CustomerTrajectory trajectory,
                                  List<RepeatedContact> repeatedContacts, WaitTimes waits, boolean longWait, Duration longWaitFrom,
                                  AnswerStatus answer, List<Integer> unansweredTurns, Instant asOf) {

    public ConversationReading {
        turns = List.copyOf(turns);
        Objects.requireNonNull(trajectory, "trajectory must not be null");
        repeatedContacts = List.copyOf(repeatedContacts);
        Objects.requireNonNull(waits, "waits must not be null");
        Objects.requireNonNull(longWaitFrom, "longWaitFrom must not be null");
        Objects.requireNonNull(answer, "answer must not be null");
        unansweredTurns = List.copyOf(unansweredTurns);
        Objects.requireNonNull(asOf, "asOf must not be null");
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).index() != i) {
                throw new IllegalArgumentException("turn reading " + i + " has index " + turns.get(i).index());
            }
        }
    }

    /** {@return true when the last customer turn still needs an answer ({@link AnswerStatus#AWAITING_ANSWER})} */
    public boolean needsAnswer() {
        return answer == AnswerStatus.AWAITING_ANSWER;
    }

    /**
     * The longest measured wait that is at least {@link #longWaitFrom()}: the current wait when it is, else the
     * longest answered one; empty when no measured wait is that long (even if a customer says they waited long).
     */
    public Optional<Wait> measuredLongWait() {
        return waits.current().filter(wait -> wait.duration().compareTo(longWaitFrom) >= 0)
                .or(() -> waits.longest().filter(wait -> wait.duration().compareTo(longWaitFrom) >= 0));
    }

    /** {@return true when some customer turn asks again or says it already asked} */
    public boolean hasRepeatedContact() {
        return !repeatedContacts.isEmpty();
    }

    /** {@return the customer turns' readings, in order} */
    public List<TurnReading> customerTurns() {
        return turns.stream().filter(turn -> turn.role() == Role.CUSTOMER).toList();
    }

    /** {@return the last customer turn's reading, or empty when the thread has no customer turn} */
    public Optional<TurnReading> lastCustomerTurn() {
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).role() == Role.CUSTOMER) {
                return Optional.of(turns.get(i));
            }
        }
        return Optional.empty();
    }

    /** {@return the emotion reading of the last customer turn, or {@link EmotionReading#neutral()} when there is none} */
    public EmotionReading lastCustomerReading() {
        return lastCustomerTurn().flatMap(TurnReading::emotion).orElse(EmotionReading.neutral());
    }
}
