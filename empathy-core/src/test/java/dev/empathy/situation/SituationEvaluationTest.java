package dev.empathy.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SituationEvaluationTest {

    @Test
    void countsAccuracyAndConfusionByGoldAndDetected() {
        SituationEvaluation evaluation = SituationEvaluation.of(
                List.of(Situation.REFUND, Situation.REFUND, Situation.GENERAL, Situation.DEFECT),
                List.of(Situation.REFUND, Situation.GENERAL, Situation.GENERAL, Situation.OUTAGE));

        assertThat(evaluation.count()).isEqualTo(4);
        assertThat(evaluation.accuracy()).isEqualTo(0.5);
        assertThat(evaluation.confusion(Situation.REFUND, Situation.GENERAL)).isEqualTo(1);
        assertThat(evaluation.confusion(Situation.DEFECT, Situation.OUTAGE)).isEqualTo(1);
        assertThat(evaluation.confusion(Situation.OUTAGE, Situation.DEFECT)).isZero();
    }

    @Test
    void formatsAccuracyAndAMatrixWithOneRowPerSituation() {
        String report = SituationEvaluation.of(List.of(Situation.REFUND), List.of(Situation.REFUND)).format();

        assertThat(report).startsWith("situation messages  1\nsituation accuracy  1.000\n\n"
                + "situation confusion matrix (rows: gold situation, columns: detected)\n"
                + "gold \\ detected   deliv billi defec outag accou cance refun berea fraud long- repea prais gener\n");
        assertThat(report).contains("\nrefund                0     0     0     0     0     0     1     0     0     0     0     0     0\n");
        assertThat(report.lines()).hasSize(5 + Situation.values().length);
    }

    @Test
    void anEmptyEvaluationHasAccuracyZeroAndListsOfDifferentSizesAreRejected() {
        assertThat(SituationEvaluation.of(List.of(), List.of()).accuracy()).isZero();
        assertThatThrownBy(() -> SituationEvaluation.of(List.of(Situation.REFUND), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gold and detected must have the same size, got 1 and 0");
    }
}
