package dev.empathy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConversationExampleTest {

    @Test
    void theReadmeConversationExampleRunsAndPrintsTheReading() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            ConversationExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        String[] lines = output.split("\n");

        assertThat(lines[0]).isEqualTo("ESCALATING [0, 2]");
        assertThat(lines[1]).isEqualTo("turn 2 ASKS_AGAIN OptionalInt[0]");
        assertThat(lines[2]).isEqualTo("turn 2 SAYS_SO OptionalInt.empty");
        assertThat(lines[3]).isEqualTo("agent turn 1: MINIMISING_CALM_DOWN");
        assertThat(lines[4]).isEqualTo("longest wait PT1H30M, waiting now PT2H, needs an answer: true");
        assertThat(lines[5]).isNotBlank();
    }

    @Test
    void theReadmeShowsExactlyWhatTheExamplePrints() throws Exception {
        java.nio.file.Path readme = java.nio.file.Path.of("../README.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(readme), "README.md not beside the module");
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            ConversationExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = captured.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
        assertThat(java.nio.file.Files.readString(readme)).contains("```\n" + printed + "```\n");
    }
}
