package dev.empathy.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LexiconEmotionClassifier;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever the slot values hold, a rendered statement carries no lone surrogate, no control character and
 * no invisible format character (issue 13, item 7): seeded random names and issues of up to 300 chars
 * mixing letters, emoji, lone surrogates, controls and bidirectional and zero-width marks.
 */
class RenderedTextPropertiesTest {

    private static final List<String> PIECES = List.of("Sam", "Lee", "double charge", " ", "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD",
            "\uD800", "\uDC00", "\u0000", "\u0007", "\u001B", "\u0085", "\u202E", "\u2066", "\u2069", "\u200B", "\u200D", "\u200F",
            "\uFEFF", "\u2028", "\r\n", "\t", "é", "O'Brien", "x".repeat(60));

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17, 2026})
    void renderedStatementsHoldOnlyVisibleWellFormedText(long seed) {
        Random random = new Random(seed);
        StatementSelector selector = StatementSelector.english();
        EmotionReading reading = LexiconEmotionClassifier.english().classify("This is the third time, I am so frustrated!");
        for (int i = 0; i < 200; i++) {
            SelectionContext context = SelectionContext.builder().name(value(random)).slot(Slot.ISSUE, value(random))
                    .slot(Slot.PRODUCT, value(random)).seed(i).build();
            for (Suggestion suggestion : selector.select(reading, context)) {
                assertWellFormed(suggestion.text(), "seed " + seed + ", context " + i);
            }
            assertWellFormed(selector.opening(reading, context).text(), "seed " + seed + ", context " + i);
        }
    }

    private static String value(Random random) {
        StringBuilder value = new StringBuilder();
        int pieces = random.nextInt(12);
        for (int p = 0; p < pieces; p++) {
            value.append(random.nextInt(8) == 0 ? String.valueOf((char) random.nextInt(0x10000)) : PIECES.get(random.nextInt(PIECES.size())));
        }
        return value.toString();
    }

    private static void assertWellFormed(String text, String context) {
        HostileCatalogTest.assertNoLoneSurrogate(text);
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            assertThat(type == Character.CONTROL || type == Character.FORMAT || c == '\u2028' || c == '\u2029')
                    .as("%s: U+%04X in %s", context, c, text).isFalse();
        });
    }
}
