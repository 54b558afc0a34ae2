package dev.empathy.internal.text;

import dev.empathy.internal.IoProblems;
import dev.empathy.data.InvalidDataException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Line-oriented reading of UTF-8 data without a format header (labelled corpora in TSV or JSON Lines).
 * Stateless and thread-safe.
 */
public final class Utf8Lines {

    /** Turns one non-blank line into a value, or throws {@link InvalidDataException} naming the line. */
    @FunctionalInterface
    public interface LineParser<T> {
        T parse(int lineNumber, String line);
    }

    private Utf8Lines() {
    }

    /** The bytes of {@code file}; an unreadable file fails with its name and line 0. */
    public static byte[] readAllBytes(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidDataException(file.toString(), 0, "cannot be read: " + IoProblems.reason(e), e);
        }
    }

    /** The bytes of {@code in} to its end (the caller closes it); a read error fails naming {@code source}. */
    public static byte[] readAllBytes(InputStream in, String source) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(source, "source must not be null");
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidDataException(source, 0, "cannot be read: " + IoProblems.reason(e), e);
        }
    }

    /**
     * Parses every non-blank line of {@code bytes} with {@code parser}, in order. LF, CRLF and CR end a line;
     * a leading byte-order mark is dropped; each line is decoded strictly, so malformed UTF-8 fails with its
     * 1-based line number ("is not valid UTF-8").
     */
    public static <T> List<T> parse(String source, byte[] bytes, LineParser<T> parser) {
        List<T> values = new ArrayList<>();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int lineNumber = 0;
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            lineNumber++;
            String line;
            try {
                line = decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
            } catch (CharacterCodingException e) {
                throw new InvalidDataException(source, lineNumber, "is not valid UTF-8", e);
            }
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                values.add(parser.parse(lineNumber, line));
            }
            // \r\n counts as one line break
            start = end < bytes.length && bytes[end] == '\r' && end + 1 < bytes.length && bytes[end + 1] == '\n'
                    ? end + 2 : end + 1;
        }
        return List.copyOf(values);
    }
}
