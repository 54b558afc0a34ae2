package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression floors for the built-in lexicon classifier on data it was not built from. These guard the
 * published figures; they are never a reason to tune a lexicon entry to an example of either set.
 */
class EvaluationFloorsTest {

    /** GoEmotions dev, mapped to our nine emotions: external data present only beside this project's clone. */
    private static final Path GOEMOTIONS = Path.of("../../shared/eval/goemotions-dev-mapped.tsv");
    /** Real customer tweets to support accounts (text, emotion, situation): present only beside this clone. */
    private static final Path TWCS = Path.of("../../shared/eval/twcs-dev.tsv");

    @Test
    void heldOutInHouseSplitStaysAboveItsFloor() throws Exception {
        List<LabelledMessage> messages;
        try (InputStream in = getClass().getResourceAsStream("/corpus/emotion-test.tsv")) {
            messages = LabelledMessages.readTsv(in, "emotion-test.tsv");
        }
        EmotionEvaluation evaluation = EmotionEvaluation.of(LexiconEmotionClassifier.english(), messages);
        assertThat(evaluation.macroF1()).as(evaluation.format()).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void goEmotionsDevMeetsTheTargetWhenPresent() {
        assumeTrue(Files.isRegularFile(GOEMOTIONS), "GoEmotions evaluation data not present beside this clone");
        EmotionEvaluation evaluation = EmotionEvaluation.of(LexiconEmotionClassifier.english(),
                LabelledMessages.readTsv(GOEMOTIONS));
        assertThat(evaluation.macroF1()).as(evaluation.format()).isGreaterThanOrEqualTo(0.48);
    }

    @Test
    void realSupportTweetsStayAboveTheirFloorWhenPresent() {
        assumeTrue(Files.isRegularFile(TWCS), "twcs-dev evaluation data not present beside this clone");
        List<LabelledMessage> messages = LabelledMessages.readTsv(TWCS);
        EmotionEvaluation evaluation = EmotionEvaluation.of(LexiconEmotionClassifier.english(), messages);
        assertThat(evaluation.accuracy()).as(evaluation.format()).isGreaterThanOrEqualTo(0.70);
        assertThat(evaluation.macroF1()).as(evaluation.format()).isGreaterThanOrEqualTo(0.60);
    }
}
