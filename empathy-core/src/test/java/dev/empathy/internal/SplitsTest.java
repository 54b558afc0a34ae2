package dev.empathy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitsTest {

    private static final List<String> TEXTS = List.of("", " ", "   ", "a", "a b", "a   b", " a b", "a b ", "  a  b  ",
            "# empathy-lexicon 1", "#\tempathy-rules\t2", "a\u000Bb\fc\rd\ne", "a\u2003b", "frustration 0.6", "a|b c",
            "a \tb", "a\t b", "\ta", "a\r\n", " \u000B ", "can\u2019t  wait", "a \u00A0 b");

    @Test
    void onWhitespaceGivesWhatSplitOnBackslashSPlusGives() {
        for (String text : TEXTS) {
            assertThat(Splits.onWhitespace(text)).as("'%s'", text).containsExactly(text.split("\\s+"));
        }
    }

    @Test
    void onSpacesGivesWhatSplitOnSpacePlusGives() {
        for (String text : TEXTS) {
            assertThat(Splits.onSpaces(text)).as("'%s'", text).containsExactly(text.split(" +"));
        }
    }

    @Test
    void collapseSpacesGivesWhatReplaceAllGives() {
        for (String text : TEXTS) {
            assertThat(Splits.collapseSpaces(text)).as("'%s'", text).isEqualTo(text.replaceAll(" +", " "));
        }
        assertThat(Splits.collapseSpaces("late  again   today")).isEqualTo("late again today");
    }

    @Test
    void collapseWhitespaceGivesWhatReplaceAllOnBackslashSPlusGives() {
        for (String text : TEXTS) {
            assertThat(Splits.collapseWhitespace(text)).as("'%s'", text).isEqualTo(text.replaceAll("\\s+", " "));
        }
        assertThat(Splits.collapseWhitespace("on  hold\tagain")).isEqualTo("on hold again");
    }
}
