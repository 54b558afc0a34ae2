package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The README's exit-code contract: 0 done, 1 bad input (file and line named), 2 usage error on one line. */
class ExitCodesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "suggest --channel fax        | empathy suggest: --channel: unknown channel 'fax', expected one of chat, email, phone, social (see 'empathy suggest --help')",
            "suggest --count 50           | empathy suggest: --count must be between 1 and 20, got 50 (see 'empathy suggest --help')",
            "suggest --count 0            | empathy suggest: --count must be between 1 and 20, got 0 (see 'empathy suggest --help')",
            "check --min-severity extreme | empathy check: --min-severity: unknown severity 'extreme', expected one of low, medium, high (see 'empathy check --help')",
            "classify --no-such-option    | empathy classify: Unknown option: '--no-such-option' (see 'empathy classify --help')",
            "train --blend x.tsv --out m  | empathy train: Unknown option: '--blend' (see 'empathy train --help')",
            "train --model builtin x.tsv --out m | empathy train: Unknown option: '--model' (see 'empathy train --help')",
    })
    void aBadOptionValueIsAUsageErrorOnOneLine(String args, String message) {
        CliRun run = CliRun.run("hello\n", args.strip().split(" +"));
        assertThat(run.exitCode()).isEqualTo(EmpathyCli.USAGE);
        assertThat(run.err().strip()).isEqualTo(message);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void evaluateRejectsANegativeErrorCountBeforeReadingAnything() {
        CliRun run = CliRun.run("", "evaluate", "--errors", "-1", "/nonexistent.tsv");
        assertThat(run.exitCode()).isEqualTo(EmpathyCli.USAGE);
        assertThat(run.err().strip()).isEqualTo("empathy evaluate: --errors must be 0 or more, got -1 (see 'empathy evaluate --help')");
    }

    @Test
    void evaluateFoldsCannotBeCombinedWithAModel(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("l.tsv");
        Files.writeString(file, "I am furious\tanger\nThanks\tgratitude\n");
        CliRun run = CliRun.run("", "evaluate", "--folds", "2", "--blend", file.toString());
        assertThat(run.exitCode()).isEqualTo(EmpathyCli.USAGE);
        assertThat(run.err()).contains("--folds trains its own models: it cannot be used with --model or --blend");
    }

    @Test
    void evaluateDraftsNamesTheSplitsAFileHasWhenTheOneAskedForIsAbsent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.tsv");
        Files.writeString(file, "# empathy-drafts 1\na\tdev\tchat\tPlease [[calm down|minimising]].\nb\theldout\tchat\tThanks!\n");
        CliRun run = CliRun.run("", "evaluate-drafts", file.toString(), "--split", "nosuch");
        assertThat(run.exitCode()).isEqualTo(EmpathyCli.USAGE);
        assertThat(run.err()).contains("--split: no drafts of split 'nosuch' in " + file + ", its splits are dev, heldout");
    }

    @Test
    void aMissingFileIsBadInputNamingTheFileAndTheReason() {
        CliRun run = CliRun.run("", "evaluate", "/nonexistent-empathy-file.tsv");
        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("empathy: /nonexistent-empathy-file.tsv: cannot be read: no such file");
    }

    @Test
    void aDirectoryIsBadInputNamingTheReason(@TempDir Path dir) {
        CliRun run = CliRun.run("", "train", dir.toString(), "--out", dir.resolve("m.bin").toString());
        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.err()).startsWith("empathy: " + dir + ": cannot be read: ").doesNotContain("Exception");
    }

    @Test
    void versionNamesTheLibraryAndEveryBuiltInDataFileWithItsFormatAndDigest() {
        CliRun run = CliRun.run("", "--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.lines()[0]).matches("empathy \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(run.out()).containsPattern("lexicon +empathy-lexicon 1, sha256 [0-9a-f]{12}, \\d+ bytes")
                .containsPattern("rules +empathy-rules 1, sha256 [0-9a-f]{12}")
                .containsPattern("catalog +empathy-statements 1, sha256 [0-9a-f]{12}")
                .containsPattern("model +empathy-model \\d, sha256 [0-9a-f]{12}")
                .doesNotContain("not on the class path");
    }

    @Test
    void everyHelpTextIsMadeOfWholeSentences() {
        picocli.CommandLine cli = EmpathyCli.commandLine(new java.io.ByteArrayInputStream(new byte[0]),
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter()));
        cli.getSubcommands().forEach((name, command) -> {
            if (name.equals("help")) {
                return; // picocli's own
            }
            for (String line : command.getCommandSpec().usageMessage().description()) {
                assertThat(line).as(name + " description").matches("[A-Z-].*[.)]");
            }
            command.getCommandSpec().options().forEach(option -> {
                for (String line : option.description()) {
                    assertThat(line).as(name + " " + option.longestName()).matches(".*[.)]");
                }
            });
        });
    }
}
