package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    private static String[] args(Path file, String... more) {
        String[] base = {"evaluate", "--no-builtin-lexicon", "--lexicon", ClassifyCommandTest.testLexicon().toString(), file.toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void printsAccuracyMacroF1PerClassFiguresAndConfusionMatrix(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("set.tsv");
        // the test lexicon knows "annoyed" and "thank you": 3 of 4 right, the sad message reads neutral
        Files.writeString(file, "I am annoyed\tfrustration\tchat\nthank you\tgratitude\nmy order 123\tneutral\nI miss him\tsadness\n");

        CliRun run = CliRun.run("", args(file));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("== " + file + " ==\nmessages  4\naccuracy  0.750\n");
        // frustration 1, gratitude 1, neutral P 0.5 R 1 F1 0.667, sadness 0: (1 + 1 + 0.667 + 0) / 4
        assertThat(run.out()).contains("macro-F1  0.667 (mean F1 over the 4 of 9 emotions present in the gold labels)\n");
        assertThat(run.out()).contains("neutral             0.500   1.000   0.667        1          2\n");
        assertThat(run.out()).contains("sadness             0     0     0     0     0     0     0     0     1\n");
    }

    @Test
    void reportsPolarityAccuracyAndItsConfusionMatrixOnRequest(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("set.tsv");
        // predicted: frustration, gratitude, neutral, neutral; confusion is neutral polarity, sadness negative
        Files.writeString(file, "I am annoyed\tfrustration\nthank you\tgratitude\nmy order 123\tconfusion\nI miss him\tsadness\n");

        CliRun run = CliRun.run("", args(file, "--polarity"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\npolarity messages  4\npolarity accuracy  0.750\n");
        assertThat(run.out()).contains("gold \\ pred  negative  neutral positive\n"
                + "negative            1        1        0\n"
                + "neutral             0        1        0\n"
                + "positive            0        0        1\n");
    }

    @Test
    void readsAPolarityLabelledFileWithPolarity(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("polarity.tsv");
        Files.writeString(file, "I am annoyed\tnegative\nthank you\tpositive\nI miss him\tnegative\n");

        CliRun run = CliRun.run("", args(file, "--polarity", "--errors", "5"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("== " + file + " ==\npolarity messages  3\npolarity accuracy  0.667\n");
        assertThat(run.out()).endsWith("misread polarities (line, gold -> predicted, text):\n3\tnegative -> neutral\tI miss him\n");
    }

    @Test
    void listsMisclassifiedMessagesWhenAsked(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("set.tsv");
        Files.writeString(file, "I am annoyed\tfrustration\nI miss him\tsadness\n");

        CliRun run = CliRun.run("", args(file, "--errors", "5"));

        assertThat(run.out()).endsWith("misclassified (line, gold -> predicted, text):\n2\tsadness -> neutral\tI miss him\n");
    }

    @Test
    void reportsSituationAccuracyAndConfusionWhenTheFileHasASituationColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("set.tsv");
        Files.writeString(file, "my parcel still hasn't arrived\tfrustration\tdelivery-delay\n"
                + "what time do you open?\tneutral\tgeneral\nI am annoyed\tfrustration\t-\nthank you\tgratitude\trefund\n");

        CliRun run = CliRun.run("", args(file, "--errors", "5"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\nsituation messages  3\nsituation accuracy  0.667\n");
        assertThat(run.out()).contains("situation confusion matrix (rows: gold situation, columns: detected)\n");
        assertThat(run.out()).endsWith("misread situations (line, gold -> detected, text):\n4\trefund -> general\tthank you\n");
    }

    @Test
    void printsNoSituationReportWithoutASituationColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("set.tsv");
        Files.writeString(file, "I am annoyed\tfrustration\tchat\n");

        assertThat(CliRun.run("", args(file)).out()).doesNotContain("situation");
    }

    @Test
    void anUnknownLabelStopsWithFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("set.tsv");
        Files.writeString(file, "I am annoyed\tfrustration\nI am so mad\tangry\n");

        CliRun run = CliRun.run("", args(file));

        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("empathy: " + file + ":2: unknown label 'angry', expected one of anger, frustration, "
                + "anxiety, confusion, disappointment, sadness, gratitude, satisfaction, neutral\n");
    }

    @Test
    void aMissingFileIsReported(@TempDir Path dir) {
        Path file = dir.resolve("missing.tsv");

        CliRun run = CliRun.run("", args(file));

        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.err()).startsWith("empathy: " + file + ": cannot be read: ");
    }
}
