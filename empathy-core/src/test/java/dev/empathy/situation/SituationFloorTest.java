package dev.empathy.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.empathy.emotion.LabelledMessage;
import dev.empathy.emotion.LabelledMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression floor for the built-in situation cues on real customer tweets labelled outside this project
 * ({@code ../shared/eval/twcs-dev.tsv} beside the clone; skipped when absent). It guards the published
 * figure; it is never a reason to add a cue for one message of that set.
 */
class SituationFloorTest {

    private static final Path TWCS_DEV = Path.of("../../shared/eval/twcs-dev.tsv");

    @Test
    void twcsDevSituationAccuracyStaysAboveItsFloorWhenPresent() {
        assumeTrue(Files.isRegularFile(TWCS_DEV), "twcs-dev evaluation data not present beside this clone");
        List<Situation> gold = new ArrayList<>();
        List<Situation> detected = new ArrayList<>();
        for (LabelledMessage message : LabelledMessages.readTsv(TWCS_DEV)) {
            if (message.hasSituation()) {
                gold.add(message.situation());
                detected.add(SituationDetector.english().detect(message.text()).situation());
            }
        }
        SituationEvaluation evaluation = SituationEvaluation.of(gold, detected);
        assertThat(evaluation.count()).isGreaterThan(500);
        assertThat(evaluation.accuracy()).as(evaluation.format()).isGreaterThanOrEqualTo(0.80);
    }
}
