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
        String[] lines = captured.toString(StandardCharsets.UTF_8).split("\n");

        assertThat(lines[0]).isEqualTo("ESCALATING [0, 2]");
        assertThat(lines[1]).isEqualTo("turn 2 ASKS_AGAIN OptionalInt[0]");
        assertThat(lines[2]).isEqualTo("turn 2 SAYS_SO OptionalInt.empty");
        assertThat(lines[3]).isEqualTo("agent turn 1: MINIMISING_CALM_DOWN");
        assertThat(lines[4]).isEqualTo("longest wait PT1H30M, waiting now PT2H, needs an answer: true");
        assertThat(lines[5]).isNotBlank();
    }
}
