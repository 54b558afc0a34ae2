package dev.empathy.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.empathy.emotion.LexiconEmotionClassifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reproducers of issue 13, item 10: line numbers, numbers and invisible characters in data files. */
class HostileDataLinesTest {

    @Test
    void aBadByteInACarriageReturnOnlyFileIsReportedOnItsLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("# empathy-lexicon 1\r# locale: en\rangry\tanger\t2\r".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'b', 'a', (byte) 0xC3, (byte) 0x28, '\t', 'a', 'n', 'g', 'e', 'r', '\t', '1', '\r'});

        assertThatThrownBy(() -> DataLines.read(new ByteArrayInputStream(bytes.toByteArray()), "cr.tsv", "empathy-lexicon", 1))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("cr.tsv:4: is not valid UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x1.8p1", "2.5f", "1e0d", "NaN", "Infinity", "+1", ".5", "1.", "1_0", "١"})
    void aLexiconWeightMustBeAPlainDecimalNumber(String weight) {
        assertThatThrownBy(() -> lexicon("fuming\tanger\t" + weight + "\n"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("vendor.tsv:3: weight '" + weight + "' is not a number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "2.5", "0.75", "25e-1", "2.5E0"})
    void plainDecimalWeightsAreRead(String weight) {
        assertThat(lexicon("fuming\tanger\t" + weight + "\n").classify("I am fuming").cues()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFEFF", "\u0000", "\u001B", "\u007F", "\u0085", "\u202E", "\u2066", "\u200B", "\u200F", "\u2028"})
    void aTermWithAnInvisibleOrControlCharacterIsRejectedWithItsLineAndColumn(String invisible) {
        assertThatThrownBy(() -> lexicon("fum" + invisible + "ing\tanger\t2\n"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage(String.format("vendor.tsv:3: character U+%04X at column 4: data files may not hold control,"
                        + " bidirectional or zero-width characters (other than TAB)", (int) invisible.charAt(0)));
    }

    @Test
    void emojiJoinersStayAllowed() {
        assertThat(lexicon("\uD83E\uDD26\u200D\u2640\uFE0F\tfrustration\t1\n").size()).isPositive();
    }

    private static LexiconEmotionClassifier lexicon(String records) {
        String text = "# empathy-lexicon 1\n# locale: en\n" + records;
        return LexiconEmotionClassifier.builder()
                .addLexicon(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "vendor.tsv").build();
    }
}
