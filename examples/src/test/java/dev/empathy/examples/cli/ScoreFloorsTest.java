package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Regression floors for the empathy and politeness scores on real text rated outside the project
 * ({@code ../shared/eval/}, measuring only). Skipped when the data is not beside this clone.
 */
class ScoreFloorsTest {

    private static final Path EPITOME = Path.of("../../shared/eval/epitome-dev.jsonl");
    private static final Path POLITENESS = Path.of("../../shared/eval/politeness-wikipedia.tsv");

    private static double figure(String out, String label) {
        Matcher matcher = Pattern.compile(Pattern.quote(label) + "\\s+(-?[0-9.]+)").matcher(out);
        assertThat(matcher.find()).as(out).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    @Test
    void empathyAgreesWithEpitomeRatings() {
        assumeTrue(Files.isRegularFile(EPITOME), "EPITOME evaluation data not present beside this clone");
        CliRun run = CliRun.run("", "evaluate-empathy", EPITOME.toString());
        assertThat(figure(run.out(), "Spearman(empathy, summed rating)")).isGreaterThanOrEqualTo(0.45);
    }

    @Test
    void politenessSeparatesTheMostAndLeastPoliteQuarters() {
        assumeTrue(Files.isRegularFile(POLITENESS), "politeness evaluation data not present beside this clone");
        CliRun run = CliRun.run("", "evaluate-politeness", POLITENESS.toString());
        assertThat(figure(run.out(), "AUC(politeness) polite vs impolite")).isGreaterThanOrEqualTo(0.75);
    }
}
