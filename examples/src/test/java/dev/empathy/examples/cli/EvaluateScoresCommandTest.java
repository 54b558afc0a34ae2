package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateScoresCommandTest {

    @Test
    void evaluateEmpathyReadsTheEpitomeShapeAndPrintsSpearmanPerMechanism(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rated.jsonl");
        Files.writeString(file, """
                {"seeker": "I lost my job today.", "response": "I'm so sorry. That must be really hard. What happened?", "emotional_reactions": 2, "interpretations": 2, "explorations": 2}
                {"seeker": "I lost my job today.", "response": "Get a new one.", "emotional_reactions": 0, "interpretations": 0, "explorations": 0}

                {"seeker": "I lost my job today.", "response": "I'm sorry to hear that.", "emotional_reactions": 1, "interpretations": 0, "explorations": 0}
                """);
        CliRun run = CliRun.run("", "evaluate-empathy", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("empathy on rated.jsonl: 3 replies")
                .contains("Spearman(empathy, summed rating)  1.000")
                .contains("Spearman(emotional-reaction, emotional_reactions)")
                .contains("mean empathy by rating:  0: 0.000 (1)");
    }

    @Test
    void evaluateEmpathyAcceptsAPlainRatingAndNamesTheBadLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rated.jsonl");
        Files.writeString(file, "{\"text\": \"Thanks, I understand how stressful this is.\", \"rating\": 3}\n{\"text\": \"ok\"}\n");
        CliRun run = CliRun.run("", "evaluate-empathy", file.toString());
        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.err()).contains("rated.jsonl:2: expected numbers");
    }

    @Test
    void evaluatePolitenessPrintsAucAccuracyAndSpearman(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("judged.tsv");
        Files.writeString(file, """
                Thanks so much for the edit! Could you please have a look at the references too?\tpolite\t1.2
                Why did you delete my section? Actually it was right.\timpolite\t-1.1
                Can you check the date?\tmiddle\t0.1
                """);
        CliRun run = CliRun.run("", "evaluate-politeness", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 texts, 1 polite, 1 impolite")
                .contains("AUC(politeness) polite vs impolite  1.000")
                .contains("accuracy at 0.5, polite vs impolite  1.000")
                .contains("Spearman(politeness, score), 3 texts");
    }

    @Test
    void evaluatePolitenessRejectsAnUnknownLabel(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("judged.tsv");
        Files.writeString(file, "Hello there\trude\n");
        CliRun run = CliRun.run("", "evaluate-politeness", file.toString());
        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.err()).contains("judged.tsv:1: label must be polite, impolite or middle, found 'rude'");
    }

    @Test
    void rankStatisticsGiveTiesTheirMeanRank() {
        assertThat(RankStatistics.ranks(new double[] {3, 1, 1, 2})).containsExactly(3, 0.5, 0.5, 2);
        assertThat(RankStatistics.spearman(new double[] {1, 2, 3}, new double[] {30, 20, 10})).isEqualTo(-1.0);
        assertThat(RankStatistics.auc(new double[] {0.9, 0.5}, new double[] {0.5, 0.1})).isEqualTo(0.875);
    }
}
