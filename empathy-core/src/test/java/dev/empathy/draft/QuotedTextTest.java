package dev.empathy.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which chars of a draft are quoted, so that they are not the agent's voice. */
class QuotedTextTest {

    @Test
    void aLineStartingWithAngleBracketIsQuotedToItsEnd() {
        String text = "Thanks.\n  > calm down, you said\nWe will fix it.";
        QuotedText quoted = QuotedText.of(text);
        assertThat(quotedChars(text, quoted)).isEqualTo("  > calm down, you said");
    }

    @Test
    void straightAndCurlyQuotePairsAreQuotedOnOneLineOnly() {
        String text = "You wrote \"calm down\" and \u201Cnot my job\u201D; then \"an open one\nthat never closes\".";
        assertThat(quotedChars(text, QuotedText.of(text))).isEqualTo("\"calm down\"\u201Cnot my job\u201D");
    }

    @Test
    void aCurlyOpeningQuoteIsClosedOnlyByACurlyClosingQuote() {
        String text = "\u201Chalf \" open";
        assertThat(quotedChars(text, QuotedText.of(text))).isEmpty();
    }

    @Test
    void overlapsIsTrueWhenAnyCharOfTheSpanIsQuoted() {
        String text = "ab \"cd\" ef";
        QuotedText quoted = QuotedText.of(text);
        assertThat(quoted.overlaps(0, 3)).isFalse();
        assertThat(quoted.overlaps(0, 4)).isTrue();
        assertThat(quoted.overlaps(6, 10)).isTrue();
        assertThat(quoted.overlaps(7, 10)).isFalse();
    }

    private static String quotedChars(String text, QuotedText quoted) {
        StringBuilder out = new StringBuilder();
        IntStream.range(0, text.length()).filter(i -> quoted.overlaps(i, i + 1)).forEach(i -> out.append(text.charAt(i)));
        return out.toString();
    }
}
