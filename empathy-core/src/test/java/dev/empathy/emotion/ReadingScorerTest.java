package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReadingScorerTest {

    private static final Comparator<Signal> BY_START_THEN_END = new Comparator<>() {
        @Override
        public int compare(Signal a, Signal b) {
            int byStart = Integer.compare(a.start(), b.start());
            return byStart != 0 ? byStart : Integer.compare(a.end(), b.end());
        }
    };

    private static Signal signal(SignalType type, int start, int end) {
        return new Signal(type, start, end, "x".repeat(end - start));
    }

    @Test
    void signalsAreSortedByStartThenEndKeepingTheOrderOfEqualOnes() {
        List<Signal> signals = new ArrayList<>(List.of(
                signal(SignalType.URGENCY, 5, 9), signal(SignalType.LONG_WAIT, 0, 4),
                signal(SignalType.SARCASM, 5, 9), signal(SignalType.ESCALATION_RISK, 5, 7)));
        ReadingScorer.sortInTextOrder(signals);
        assertThat(signals).extracting(Signal::type).containsExactly(SignalType.LONG_WAIT, SignalType.ESCALATION_RISK,
                SignalType.URGENCY, SignalType.SARCASM);
    }

    @Test
    void signalsAreSortedAsAStableListSortWouldFewOrMany() {
        Random random = new Random(16);
        for (int round = 0; round < 500; round++) {
            int size = random.nextInt(40);
            List<Signal> signals = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                int start = random.nextInt(6);
                signals.add(signal(SignalType.values()[random.nextInt(SignalType.values().length)], start,
                        start + 1 + random.nextInt(3)));
            }
            List<Signal> expected = new ArrayList<>(signals);
            expected.sort(BY_START_THEN_END);
            ReadingScorer.sortInTextOrder(signals);
            assertThat(signals).as("round %d, %d signals", round, size).containsExactlyElementsOf(expected);
            // equal signals are equal records: the order of equal ones is checked by identity
            for (int i = 0; i < size; i++) {
                assertThat(signals.get(i)).isSameAs(expected.get(i));
            }
        }
    }
}
