package dev.empathy.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each of {@link Chars}' tests answers as the {@link Character} method it names, for every char. */
class CharsTest {

    @Test
    void everyCharIsClassedAsCharacterClassesIt() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(Chars.isLetterOrDigit(c)).as("isLetterOrDigit %04x", i).isEqualTo(Character.isLetterOrDigit(c));
            assertThat(Chars.isUpperCase(c)).as("isUpperCase %04x", i).isEqualTo(Character.isUpperCase(c));
            assertThat(Chars.isLowerCase(c)).as("isLowerCase %04x", i).isEqualTo(Character.isLowerCase(c));
            assertThat(Chars.isHandleChar(c)).as("isHandleChar %04x", i)
                    .isEqualTo(c == '_' || (c < 128 && Character.isLetterOrDigit(c)));
        }
    }
}
