package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmpathyCliTest {

    @Test
    void withoutACommandPrintsUsageListingTheSubcommands() {
        CliRun run = CliRun.run("");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: empathy ");
        assertThat(run.out()).contains("  classify ", "  evaluate ", "  help ");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = CliRun.run("", "sing");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("empathy: Unmatched argument at index 0: 'sing' (see 'empathy --help')");
    }

    @Test
    void classifyHelpDocumentsTheExitCodes() {
        CliRun run = CliRun.run("", "classify", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--jsonl", "--pretty", "Exit codes:", "a malformed input line");
    }
}
