package dev.empathy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.emotion.Emotion;
import org.junit.jupiter.api.Test;

class FitTableTest {

    @Test
    void hasOneRowPerEmotionAndSituationEachWithAnOpening() {
        String[] lines = FitTable.markdown().split("\n");
        assertThat(lines).hasSize(2 + Emotion.values().length * FitTable.SITUATIONS.size());
        for (int i = 2; i < lines.length; i++) {
            assertThat(lines[i]).as(lines[i]).matches("\\| [a-z]+ \\| [a-z]+ \\(\\d\\.\\d\\d\\) \\| [a-z-]+ \\| [A-Z].* \\([a-z]{3}-\\d{3}.*\\) \\|");
        }
    }
}
