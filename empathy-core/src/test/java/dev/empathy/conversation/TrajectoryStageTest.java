package dev.empathy.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.EmotionScores;
import dev.empathy.emotion.Signal;
import dev.empathy.emotion.SignalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The trajectory rules of {@link Trajectory}, on readings given exactly (no classifier involved). */
class TrajectoryStageTest {

    /** Customer turns with these readings, e.g. {@code "frustration 0.3"}, {@code "gratitude 0.4"}, {@code "neutral"}; "agent" for an agent turn. */
    private static List<TurnReading> thread(String... turns) {
        List<TurnReading> readings = new ArrayList<>();
        for (String spec : turns) {
            int index = readings.size();
            if (spec.equals("agent")) {
                readings.add(new TurnReading(index, Turn.agent("a"), Optional.empty(),
                        Optional.of(dev.empathy.draft.DraftChecker.english().check("a")), OptionalInt.empty()));
                continue;
            }
            String[] parts = spec.split(" ");
            Emotion emotion = Emotion.fromId(parts[0]);
            double intensity = parts.length > 1 ? Double.parseDouble(parts[1]) : 0;
            List<Signal> signals = parts.length > 2 ? List.of(new Signal(SignalType.SARCASM, 0, 1, "x")) : List.of();
            EmotionReading reading = new EmotionReading(emotion, intensity, 0.5, EmotionScores.neutral(), List.of(), List.of(), signals);
            readings.add(new TurnReading(index, Turn.customer("x"), Optional.of(reading), Optional.empty(), OptionalInt.empty()));
        }
        return readings;
    }

    private static CustomerTrajectory trajectory(String... turns) {
        return TrajectoryStage.of(thread(turns), ConversationReader.TRAJECTORY_STEP);
    }

    @Test
    void escalatingWhenTheLastTurnIsAtLeastAStepMoreNegativeThanTheNearestTurnThatDiffers() {
        CustomerTrajectory t = trajectory("neutral", "agent", "frustration 0.3", "agent", "anger 0.7");
        assertThat(t.trajectory()).isEqualTo(Trajectory.ESCALATING);
        assertThat(t.turns()).containsExactly(2, 4);
        assertThat(t.from()).isEqualTo(0.3);
        assertThat(t.to()).isEqualTo(0.7);
    }

    @Test
    void calmingWhenTheLastTurnIsAtLeastAStepLessNegative() {
        CustomerTrajectory t = trajectory("anger 0.8", "agent", "frustration 0.4");
        assertThat(t.trajectory()).isEqualTo(Trajectory.CALMING);
        assertThat(t.turns()).containsExactly(0, 2);
    }

    @Test
    void theNearestDifferingTurnDecidesNotTheFirst() {
        // 0.2 -> 0.8 -> 0.5: the nearest earlier turn differing by >= 0.15 is 0.8, so the customer is calming
        assertThat(trajectory("frustration 0.2", "frustration 0.8", "frustration 0.5").trajectory()).isEqualTo(Trajectory.CALMING);
        // 0.5 -> 0.2 -> 0.6: the nearest differing turn is 0.2, so escalating again
        assertThat(trajectory("frustration 0.5", "frustration 0.2", "frustration 0.6").trajectory()).isEqualTo(Trajectory.ESCALATING);
        // 0.2 -> 0.5 -> 0.55: 0.5 is within a step of 0.55, so the walk goes on to 0.2: escalating, turns 0..2
        CustomerTrajectory slow = trajectory("frustration 0.2", "frustration 0.5", "frustration 0.55");
        assertThat(slow.trajectory()).isEqualTo(Trajectory.ESCALATING);
        assertThat(slow.turns()).containsExactly(0, 1, 2);
    }

    @Test
    void steadyWhenNoEarlierTurnDiffersByAStep() {
        CustomerTrajectory t = trajectory("frustration 0.4", "agent", "frustration 0.5", "agent", "anger 0.45");
        assertThat(t.trajectory()).isEqualTo(Trajectory.STEADY);
        assertThat(t.turns()).containsExactly(0, 2, 4);
        assertThat(trajectory("anger 0.9").trajectory()).isEqualTo(Trajectory.STEADY);
        assertThat(trajectory("agent").turns()).isEmpty();
    }

    @Test
    void positiveEmotionsCountAsZeroNegativity() {
        // gratitude after gratitude is not resolved (no problem before it) and not calming
        assertThat(trajectory("gratitude 0.6", "agent", "satisfaction 0.4").trajectory()).isEqualTo(Trajectory.STEADY);
    }

    @Test
    void resolvedWhenTheCustomerEndsWithThanksAfterAProblemOrAQuestion() {
        CustomerTrajectory t = trajectory("anger 0.7", "agent", "frustration 0.4", "agent", "gratitude 0.5");
        assertThat(t.trajectory()).isEqualTo(Trajectory.RESOLVED);
        assertThat(t.turns()).containsExactly(2, 4);
        assertThat(trajectory("neutral", "agent", "satisfaction 0.3").trajectory()).isEqualTo(Trajectory.RESOLVED);
    }

    @Test
    void sarcasticThanksIsNotResolvedAndCountsAsNegative() {
        assertThat(trajectory("frustration 0.5", "agent", "gratitude 0.5 sarcastic").trajectory()).isEqualTo(Trajectory.STEADY);
        assertThat(trajectory("neutral", "agent", "gratitude 0.6 sarcastic").trajectory()).isEqualTo(Trajectory.ESCALATING);
    }
}
