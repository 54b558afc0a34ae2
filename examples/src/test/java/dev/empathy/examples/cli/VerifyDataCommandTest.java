package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyDataCommandTest {

    @TempDir
    Path dir;

    private Path lexicon(String exampleEmotion) throws IOException {
        return Files.writeString(dir.resolve("acme-lexicon.tsv"), "# empathy-lexicon 1\n"
                + "gobsmacked\tanger\t1.8\n"
                + "example\t" + exampleEmotion + "\tI am gobsmacked by this.\n");
    }

    @Test
    void exitsZeroWhenEveryExampleHolds() throws IOException {
        CliRun run = CliRun.run("", "verify-data", lexicon("anger").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("1 of 1 examples hold in 1 file" + System.lineSeparator());
    }

    @Test
    void exitsOneNamingTheFileAndLineOfAWrongExample() throws IOException {
        Path file = lexicon("gratitude");

        CliRun run = CliRun.run("", "verify-data", file.toString());

        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.out()).startsWith(file + ":3: reads as anger, expected gratitude: \"I am gobsmacked by this.\"")
                .contains("0 of 1 examples hold in 1 file");
    }

    @Test
    void exitsOneNamingTheLineOfAFileItCannotLoad() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "# empathy-lexicon 1\nexample\tangry\tI am cross.\n");

        CliRun run = CliRun.run("", "verify-data", file.toString());

        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.err()).startsWith("empathy: " + file + ":2: unknown emotion 'angry'");
    }

    @Test
    void exitsTwoWithoutAFile() {
        assertThat(CliRun.run("", "verify-data").exitCode()).isEqualTo(EmpathyCli.USAGE);
    }
}
