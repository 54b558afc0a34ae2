package dev.empathy.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Stage 4: the customer's waits ({@link WaitTimes}), in one forward pass. Stateless. */
final class WaitStage {

    private WaitStage() {
    }

    static WaitTimes measure(List<TurnReading> turns, Instant asOf) {
        List<Wait> answered = new ArrayList<>();
        boolean waiting = false;
        int from = -1;          // first timed customer turn of the open run, or -1
        Instant since = null;
        for (TurnReading reading : turns) {
            Turn turn = reading.turn();
            if (turn.role() == Role.CUSTOMER) {
                waiting = true;
                if (from < 0 && turn.time().isPresent()) {
                    from = reading.index();
                    since = turn.time().get();
                }
            } else if (waiting) {
                if (from >= 0 && turn.time().isPresent()) {
                    answered.add(new Wait(from, OptionalInt.of(reading.index()), Duration.between(since, turn.time().get())));
                }
                waiting = false;
                from = -1;
                since = null;
            }
        }
        Optional<Wait> current = Optional.empty();
        if (waiting && from >= 0) {
            Duration duration = asOf.isBefore(since) ? Duration.ZERO : Duration.between(since, asOf);
            current = Optional.of(new Wait(from, OptionalInt.empty(), duration));
        }
        return answered.isEmpty() && current.isEmpty() ? WaitTimes.none() : new WaitTimes(answered, current);
    }
}
