package dev.empathy.emotion;

import static dev.empathy.emotion.Emotion.ANGER;
import static dev.empathy.emotion.Emotion.FRUSTRATION;
import static dev.empathy.emotion.Emotion.GRATITUDE;
import static dev.empathy.emotion.Emotion.NEUTRAL;
import static dev.empathy.emotion.Emotion.SADNESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.empathy.emotion.EmotionEvaluation.ClassMetrics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmotionEvaluationTest {

    // gold:      anger anger       anger frustration frustration gratitude neutral neutral
    // predicted: anger frustration anger frustration neutral     gratitude neutral anger
    private static final List<Emotion> GOLD = List.of(ANGER, ANGER, ANGER, FRUSTRATION, FRUSTRATION, GRATITUDE, NEUTRAL, NEUTRAL);
    private static final List<Emotion> PREDICTED = List.of(ANGER, FRUSTRATION, ANGER, FRUSTRATION, NEUTRAL, GRATITUDE, NEUTRAL, ANGER);

    private final EmotionEvaluation evaluation = EmotionEvaluation.of(GOLD, PREDICTED);

    @Test
    void accuracyIsTheShareOfExactMatches() {
        assertThat(evaluation.count()).isEqualTo(8);
        assertThat(evaluation.accuracy()).isEqualTo(5.0 / 8);
    }

    @Test
    void perClassFiguresFollowFromTheConfusionCounts() {
        // anger: 2 right of 3 predicted (one neutral message predicted anger), 2 of 3 gold found
        assertThat(evaluation.metrics(ANGER)).isEqualTo(new ClassMetrics(ANGER, 2.0 / 3, 2.0 / 3, 2.0 / 3, 3, 3));
        assertThat(evaluation.metrics(FRUSTRATION)).isEqualTo(new ClassMetrics(FRUSTRATION, 0.5, 0.5, 0.5, 2, 2));
        assertThat(evaluation.metrics(GRATITUDE)).isEqualTo(new ClassMetrics(GRATITUDE, 1.0, 1.0, 1.0, 1, 1));
        assertThat(evaluation.metrics(NEUTRAL)).isEqualTo(new ClassMetrics(NEUTRAL, 0.5, 0.5, 0.5, 2, 2));
        assertThat(evaluation.metrics(SADNESS)).isEqualTo(new ClassMetrics(SADNESS, 0, 0, 0, 0, 0));
    }

    @Test
    void macroF1AveragesOverTheEmotionsPresentInGold() {
        // (2/3 + 1/2 + 1 + 1/2) / 4
        assertThat(evaluation.classesInGold()).isEqualTo(4);
        assertThat(evaluation.macroF1()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void aPredictedEmotionAbsentFromGoldLowersRecallButIsNotAveraged() {
        EmotionEvaluation result = EmotionEvaluation.of(List.of(ANGER, ANGER), List.of(ANGER, SADNESS));

        assertThat(result.metrics(SADNESS)).isEqualTo(new ClassMetrics(SADNESS, 0, 0, 0, 0, 1));
        assertThat(result.metrics(ANGER)).isEqualTo(new ClassMetrics(ANGER, 1.0, 0.5, 2.0 / 3, 2, 1));
        assertThat(result.macroF1()).isEqualTo(2.0 / 3);
        assertThat(result.accuracy()).isEqualTo(0.5);
    }

    @Test
    void confusionMatrixCountsGoldRowsAgainstPredictedColumns() {
        assertThat(evaluation.confusion(ANGER, ANGER)).isEqualTo(2);
        assertThat(evaluation.confusion(ANGER, FRUSTRATION)).isEqualTo(1);
        assertThat(evaluation.confusion(FRUSTRATION, NEUTRAL)).isEqualTo(1);
        assertThat(evaluation.confusion(NEUTRAL, ANGER)).isEqualTo(1);
        assertThat(evaluation.confusion(FRUSTRATION, ANGER)).isZero();
        assertThat(evaluation.confusion().get(ANGER.ordinal())).containsExactly(2, 1, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void anEmptyEvaluationScoresZero() {
        EmotionEvaluation empty = EmotionEvaluation.of(List.of(), List.of());

        assertThat(empty.count()).isZero();
        assertThat(empty.accuracy()).isZero();
        assertThat(empty.macroF1()).isZero();
    }

    @Test
    void evaluatesAClassifierOnLabelledMessages() {
        EmotionClassifier byKeyword = message -> message.contains("thanks")
                ? new EmotionReading(GRATITUDE, 0.5, 0.5, EmotionScores.of(Map.of(GRATITUDE, 1.0)), List.of(), List.of(), List.of())
                : EmotionReading.neutral();
        List<LabelledMessage> messages = List.of(
                new LabelledMessage("thanks so much", GRATITUDE, 1),
                new LabelledMessage("thanks for nothing", FRUSTRATION, 2),
                new LabelledMessage("order 123", NEUTRAL, 3));

        EmotionEvaluation result = EmotionEvaluation.of(byKeyword, messages);

        assertThat(result.confusion(FRUSTRATION, GRATITUDE)).isEqualTo(1);
        assertThat(result.accuracy()).isEqualTo(2.0 / 3);
        // gratitude P 1/2 R 1 F1 2/3; frustration 0; neutral 1: (2/3 + 0 + 1) / 3
        assertThat(result.macroF1()).isCloseTo(5.0 / 9, within(1e-12));
    }

    @Test
    void rejectsListsOfDifferentSizes() {
        assertThatThrownBy(() -> EmotionEvaluation.of(List.of(ANGER), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gold and predicted must have the same size, got 1 and 0");
    }

    @Test
    void isImmutable() {
        assertThatThrownBy(() -> evaluation.confusion().get(0).set(0, 99)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> evaluation.classes().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void formatPrintsSummaryTableAndConfusionMatrix() {
        assertThat(EmotionEvaluation.of(List.of(ANGER, ANGER), List.of(ANGER, SADNESS)).format()).isEqualTo("""
                messages  2
                accuracy  0.500
                macro-F1  0.667 (mean F1 over the 1 of 9 emotions present in the gold labels)

                emotion         precision  recall      f1  support  predicted
                anger               1.000   0.500   0.667        2          1
                frustration         0.000   0.000   0.000        0          0
                anxiety             0.000   0.000   0.000        0          0
                confusion           0.000   0.000   0.000        0          0
                disappointment      0.000   0.000   0.000        0          0
                sadness             0.000   0.000   0.000        0          1
                gratitude           0.000   0.000   0.000        0          0
                satisfaction        0.000   0.000   0.000        0          0
                neutral             0.000   0.000   0.000        0          0

                confusion matrix (rows: gold label, columns: predicted)
                gold \\ pred     anger frust anxie confu disap sadne grati satis neutr
                anger               1     0     0     0     0     1     0     0     0
                frustration         0     0     0     0     0     0     0     0     0
                anxiety             0     0     0     0     0     0     0     0     0
                confusion           0     0     0     0     0     0     0     0     0
                disappointment      0     0     0     0     0     0     0     0     0
                sadness             0     0     0     0     0     0     0     0     0
                gratitude           0     0     0     0     0     0     0     0     0
                satisfaction        0     0     0     0     0     0     0     0     0
                neutral             0     0     0     0     0     0     0     0     0
                """);
    }
}
