package dev.empathy.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextLinesTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void returnsTheNonBlankLinesWithTheirNumbersForEveryLineEnd() {
        assertThat(TextLines.parse("t.tsv", utf8("one\n\ntwo\r\nthree\rfour\n  \n")))
                .containsExactly(new DataLines.Line(1, "one"), new DataLines.Line(3, "two"),
                        new DataLines.Line(4, "three"), new DataLines.Line(5, "four"));
    }

    @Test
    void dropsTheByteOrderMarkOfTheFirstLineOnly() {
        assertThat(TextLines.parse("t.tsv", utf8("\uFEFFhello\n\uFEFFworld")))
                .containsExactly(new DataLines.Line(1, "hello"), new DataLines.Line(2, "\uFEFFworld"));
    }

    @Test
    void keepsCustomerTextAsWrittenUnlikeAFormattedDataFile() {
        assertThat(TextLines.parse("t.tsv", utf8("#hashtag\tfrustration\u200B\n")))
                .containsExactly(new DataLines.Line(1, "#hashtag\tfrustration\u200B"));
    }

    @Test
    void reportsMalformedUtf8WithItsLine() {
        byte[] bytes = {'o', 'k', '\n', '\r', '\n', 'b', (byte) 0xC3, '\n'};

        assertThatThrownBy(() -> TextLines.parse("t.tsv", bytes))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("t.tsv:3: is not valid UTF-8");
    }

    @Test
    void reportsAnUnreadableStreamOrFileAtLineZero() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> TextLines.read(broken, "t.tsv"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("t.tsv: cannot be read: ");
        Path missing = Path.of("target", "no-such-file.tsv");
        assertThatThrownBy(() -> TextLines.read(missing))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith(missing + ": cannot be read: ");
        assertThat(TextLines.read(new ByteArrayInputStream(new byte[0]), "empty.tsv")).isEmpty();
    }
}
