package dev.empathy.conversation;

import java.util.List;
import java.util.Objects;

/**
 * The customer's trajectory over a thread, with the turns that show it. Immutable and thread-safe.
 *
 * @param trajectory where the customer is heading (see {@link Trajectory} for the exact rules)
 * @param turns      the customer turns that show it, in order: for escalating and calming, every customer turn
 *                   from the reference turn to the last; for resolved, the latest earlier customer turn that was
 *                   not positive and the last; for steady, every customer turn (empty when there is none)
 * @param from       the negative intensity of the first of {@code turns}, {@code [0, 1]}; 0 when there is none
 * @param to         the negative intensity of the last customer turn, {@code [0, 1]}; 0 when there is none
 */
public record CustomerTrajectory(Trajectory trajectory, List<Integer> turns, double from, double to) {

    /**
     * Creates the record, checking its components.
     *
     * @param trajectory where the customer is heading (see {@link Trajectory} for the exact rules)
     * @param turns the customer turns that show it, in order: for escalating and calming, every customer turn from
     *     the reference turn to the last; for resolved, the latest earlier customer turn that was not positive and
     *     the last; for steady, every customer turn (empty when there is none)
     * @param from the negative intensity of the first of {@code turns}, {@code [0, 1]}; 0 when there is none
     * @param to the negative intensity of the last customer turn, {@code [0, 1]}; 0 when there is none
     */
    public CustomerTrajectory {
        Objects.requireNonNull(trajectory, "trajectory must not be null");
        turns = List.copyOf(turns);
        if (!(from >= 0 && from <= 1) || !(to >= 0 && to <= 1)) {
            throw new IllegalArgumentException("from and to must be in [0, 1], got " + from + " and " + to);
        }
    }
}
