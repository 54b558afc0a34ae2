package dev.empathy.conversation;

import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.SignalType;
import java.util.ArrayList;
import java.util.List;

/** Stage 2: the customer's {@link Trajectory}, by the rules documented there. One backward pass; stateless. */
final class TrajectoryStage {

    private TrajectoryStage() {
    }

    static CustomerTrajectory of(List<TurnReading> turns, double step) {
        List<TurnReading> customer = new ArrayList<>();
        for (TurnReading turn : turns) {
            if (turn.role() == Role.CUSTOMER) {
                customer.add(turn);
            }
        }
        if (customer.isEmpty()) {
            return new CustomerTrajectory(Trajectory.STEADY, List.of(), 0, 0);
        }
        TurnReading last = customer.get(customer.size() - 1);
        double to = last.negativeIntensity();
        if (customer.size() >= 2 && isPositive(last)) {
            for (int i = customer.size() - 2; i >= 0; i--) {
                if (!isPositive(customer.get(i))) {
                    return new CustomerTrajectory(Trajectory.RESOLVED, List.of(customer.get(i).index(), last.index()),
                            customer.get(i).negativeIntensity(), to);
                }
            }
        }
        for (int i = customer.size() - 2; i >= 0; i--) {
            double from = customer.get(i).negativeIntensity();
            if (Math.abs(from - to) >= step) {
                return new CustomerTrajectory(from < to ? Trajectory.ESCALATING : Trajectory.CALMING,
                        indexes(customer.subList(i, customer.size())), from, to);
            }
        }
        return new CustomerTrajectory(Trajectory.STEADY, indexes(customer), customer.get(0).negativeIntensity(), to);
    }

    /** Gratitude or satisfaction without a sarcasm signal. */
    static boolean isPositive(TurnReading turn) {
        EmotionReading reading = turn.emotion().orElseThrow();
        return reading.emotion().isPositive() && !reading.has(SignalType.SARCASM);
    }

    private static List<Integer> indexes(List<TurnReading> turns) {
        return turns.stream().map(TurnReading::index).toList();
    }
}
