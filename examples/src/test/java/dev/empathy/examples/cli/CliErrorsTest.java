package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Issue 13, items 11 and 12: an error names the input line and the problem, never the input; no stack
 * trace unless {@code --debug}; duplicate JSON keys are rejected.
 */
class CliErrorsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            classify | SECRETpassw0rdHunter2                      | unexpected character or word at column 22
            check    | {"text": furious about the refund}         | unexpected character or word at column 17
            suggest  | {"text": "I am SECRETpassw0rdHunter2       | unexpected end of line at column 37
            classify | {"text": "a", "text": "SECRETpassw0rd"}     | duplicate key at column 21
            check    | {"text": "SECRETpassw0rd"} {"text": "x"}   | unexpected content after the JSON value at column 28
            check    | {"text": "SECRETpassw0rd"} SECRETpassw0rd  | unexpected character or word at column 42
            """)
    void aMalformedJsonLineIsNamedWithoutQuotingIt(String command, String line, String problem) {
        CliRun run = CliRun.run("{\"text\": \"fine\"}\n" + line + "\n", command, "--jsonl");

        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.err()).isEqualTo("empathy: line 2: not valid JSON: " + problem + "\n");
        assertThat(run.err()).doesNotContain("SECRET").doesNotContain("furious");
    }

    @ParameterizedTest
    @ValueSource(strings = {"channel", "situation", "formality"})
    void anUnknownFieldValueIsNotRepeated(String field) {
        CliRun run = CliRun.run("{\"text\": \"late again\", \"" + field + "\": \"SECRETpassw0rd\"}\n", "suggest", "--jsonl");

        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.err()).startsWith("empathy: line 1: " + field + ": unknown value, expected one of ").doesNotContain("SECRET");
    }

    @Test
    void theTextsThatUsedToCrashReadWithoutAStackTrace() {
        CliRun run = CliRun.run("extremely ".repeat(1510) + "angry\n" + "furious ".repeat(1548) + "\n", "classify", "--blend");

        assertThat(run.exitCode()).isEqualTo(EmpathyCli.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).hasSize(2);
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @CommandLine.ParentCommand
        EmpathyCli parent;

        @Override
        public Integer call() {
            InputLines lines = parent.lines();
            lines.next();
            lines.next();
            throw new IllegalStateException("the customer wrote SECRETpassw0rd");
        }
    }

    private static CliRun runBoom(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = EmpathyCli.commandLine(new ByteArrayInputStream("a\nb\n".getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err));
        commandLine.addSubcommand("boom", new Boom());
        return new CliRun(commandLine.execute(args), out.toString(), err.toString());
    }

    @Test
    void anUnexpectedFailureNamesItsClassAndLineButNotItsMessage() {
        CliRun run = runBoom("boom");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(EmpathyCli.INTERNAL_ERROR);
        assertThat(run.err()).isEqualTo("empathy: internal error on input line 2 (java.lang.IllegalStateException);"
                + " run with --debug for the stack trace\n");
    }

    @Test
    void debugAddsTheStackTrace() {
        CliRun run = runBoom("--debug", "boom");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(EmpathyCli.INTERNAL_ERROR);
        assertThat(run.err()).startsWith("empathy: internal error on input line 2 (java.lang.IllegalStateException)\n")
                .contains("\tat dev.empathy.examples.cli.CliErrorsTest$Boom.call");
    }
}
