package dev.empathy.conversation;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer's waits in a thread. A wait runs from the first timed customer turn after an agent turn (or
 * the thread's start) to the next agent turn; consecutive customer turns wait together. A wait is measured
 * only when both ends have a time; an agent turn without a time still ends the wait, unmeasured. Immutable and
 * thread-safe.
 *
 * @param answered every measured wait that an agent turn ended, in order
 * @param current  the wait of customer turns no agent turn has answered yet, measured up to the reading's
 *                 reference instant; empty when the last customer turn was answered or has no time
 */
public record WaitTimes(List<Wait> answered, Optional<Wait> current) {

    private static final WaitTimes NONE = new WaitTimes(List.of(), Optional.empty());

    public WaitTimes {
        answered = List.copyOf(answered);
        Objects.requireNonNull(current, "current must not be null");
        if (current.isPresent() && current.get().answeredBy().isPresent()) {
            throw new IllegalArgumentException("the current wait has not been answered");
        }
    }

    /** No wait measured (no times in the thread). */
    public static WaitTimes none() {
        return NONE;
    }

    /** {@return the longest answered wait (the earliest of equal ones), or empty when none was measured} */
    public Optional<Wait> longest() {
        return answered.stream().max(Comparator.comparing(Wait::duration).thenComparing(wait -> -wait.customerTurn()));
    }

    /** {@return true when the longest answered wait or the current wait is at least {@code threshold}} */
    public boolean atLeast(Duration threshold) {
        Objects.requireNonNull(threshold, "threshold must not be null");
        return longest().filter(wait -> wait.duration().compareTo(threshold) >= 0).isPresent()
                || current.filter(wait -> wait.duration().compareTo(threshold) >= 0).isPresent();
    }
}
