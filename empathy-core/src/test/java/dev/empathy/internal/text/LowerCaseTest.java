package dev.empathy.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LowerCaseTest {

    @Test
    void lowerCasesAsciiLatinAndEmojiAsStringDoes() {
        assertThat(lower("SortIt")).isEqualTo("sortit");
        assertThat(lower("CAFÉ")).isEqualTo("café");
        assertThat(lower("😡")).isEqualTo("😡");
        assertThat(lower("")).isEmpty();
    }

    @Test
    void everyCharOfTheBasicPlaneAloneAndBesideOthersIsLowerCasedAsStringDoes() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            assertSameAsString(String.valueOf(ch));
            assertSameAsString(new String(new char[] {'A', ch, 'b', ch}));
            assertSameAsString(new String(new char[] {'\u00C9', ch, ch, '\u03A3'}));
        }
    }

    @Test
    void everySupplementaryCodePointIsLowerCasedAsStringDoes() {
        for (int codePoint = Character.MIN_SUPPLEMENTARY_CODE_POINT; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String alone = new String(Character.toChars(codePoint));
            assertSameAsString(alone);
            if (Character.toLowerCase(codePoint) != codePoint) {
                assertSameAsString("X".concat(alone).concat("Y"));
            }
        }
        assertSameAsString("a\uD83Db"); // lone surrogates
        assertSameAsString("\uDE21A");
    }

    @Test
    void charsWhoseLowerCaseDependsOnTheirContextAreLowerCasedAsStringDoes() {
        for (String text : new String[] {"ΟΔΟΣ", "ΣΟΦΟΣ ΣΟ", "Σ", "AΣ.", "İSTANBUL", "Iİ", "\uD801\uDC00\uD801\uDC01"}) {
            assertSameAsString(text);
        }
    }

    @Test
    void readsOnlyTheRunAsked() {
        char[] chars = "xxABCxx".toCharArray();
        assertThat(LowerCase.of(chars, 2, 5)).isEqualTo("abc");
        assertThat(LowerCase.of(chars, 3, 3)).isEmpty();
    }

    private static String lower(String text) {
        return LowerCase.of(text.toCharArray(), 0, text.length());
    }

    private static void assertSameAsString(String text) {
        String expected = text.toLowerCase(Locale.ROOT);
        String actual = lower(text);
        if (!actual.equals(expected)) { // the message is built only for a failure: 65,536 chars are checked
            assertThat(actual).as("lower case of [%s]", text).isEqualTo(expected);
        }
    }
}
