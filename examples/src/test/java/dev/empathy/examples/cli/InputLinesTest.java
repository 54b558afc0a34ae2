package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputLinesTest {

    private static List<String> readAll(byte[] bytes) {
        InputLines lines = new InputLines(new ByteArrayInputStream(bytes));
        List<String> all = new ArrayList<>();
        for (String line = lines.next(); line != null; line = lines.next()) {
            all.add(lines.number() + ":" + line);
        }
        return all;
    }

    private static List<String> readAll(String text) {
        return readAll(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void splitsOnLfCrLfAndCrKeepingBlankLines() {
        assertThat(readAll("a\nb\r\n\r\nc\rd")).containsExactly("1:a", "2:b", "3:", "4:c", "5:d");
    }

    @Test
    void aFinalLineBreakDoesNotAddALine() {
        assertThat(readAll("a\r\n")).containsExactly("1:a");
        assertThat(readAll("")).isEmpty();
    }

    @Test
    void decodesUtf8AndDropsALeadingByteOrderMark() {
        assertThat(readAll("\uFEFFcafé 😡\nok")).containsExactly("1:café 😡", "2:ok");
    }

    @Test
    void invalidUtf8FailsNamingTheLine() {
        InputLines lines = new InputLines(new ByteArrayInputStream(new byte[] {'o', 'k', '\n', (byte) 0xE2, (byte) 0x28, '\n'}));
        lines.next();

        assertThatThrownBy(lines::next).isInstanceOf(BadInputException.class).hasMessage("line 2: input is not valid UTF-8");
    }

    @Test
    void aLineHoldingTheReplacementCharacterItselfIsValid() {
        assertThat(readAll("a \uFFFD b\n\uFFFD")).containsExactly("1:a \uFFFD b", "2:\uFFFD");
        InputLines lines = new InputLines(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xC3}));
        assertThatThrownBy(lines::next).isInstanceOf(BadInputException.class).hasMessage("line 1: input is not valid UTF-8");
    }

    /** A stream that hands out at most {@code chunk} bytes per read, so lines and "\r\n" cross block edges. */
    private static InputStream trickling(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    @Test
    void linesAndEndsOfLineMayCrossTheReadsOfTheStream() {
        String text = "ab\r\ncafé\r\rx😡y\n\nlast";
        for (int chunk = 1; chunk <= 4; chunk++) {
            InputLines lines = new InputLines(trickling(text.getBytes(StandardCharsets.UTF_8), chunk));
            List<String> all = new ArrayList<>();
            for (String line = lines.next(); line != null; line = lines.next()) {
                all.add(lines.number() + ":" + line);
            }
            assertThat(all).as("chunk %d", chunk).containsExactly("1:ab", "2:café", "3:", "4:x😡y", "5:", "6:last");
        }
    }

    @Test
    void aLineLongerThanABlockIsReadWhole() {
        String longLine = "é".repeat(70_000) + "z";
        assertThat(readAll(longLine + "\nnext\n")).containsExactly("1:" + longLine, "2:next");
    }
}
