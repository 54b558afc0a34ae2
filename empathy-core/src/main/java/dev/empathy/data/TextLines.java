package dev.empathy.data;

import dev.empathy.internal.IoProblems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one UTF-8 line reader behind every file this library reads: the data files with a format line
 * ({@link DataLines}) and the labelled corpora without one (TSV and JSON Lines). Stateless and thread-safe.
 *
 * <p>Decoding is strict: malformed UTF-8 fails with {@link InvalidDataException} naming the 1-based line
 * where it occurs ("is not valid UTF-8"). LF, CRLF and CR end a line; a leading byte-order mark is dropped;
 * an unreadable file or stream fails with line 0.
 */
public final class TextLines {

    private TextLines() {
    }

    /**
     * {@return the non-blank lines of {@code file}, with their 1-based line numbers, in file order}
     *
     * @param file a UTF-8 text file
     */
    public static List<DataLines.Line> read(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        return nonBlank(file.toString(), bytes(file));
    }

    /**
     * {@return the non-blank lines of {@code in} to its end (the caller closes it), naming {@code source} in errors}
     *
     * @param in the text's UTF-8 bytes
     * @param source the name used in error messages
     */
    public static List<DataLines.Line> read(InputStream in, String source) {
        Objects.requireNonNull(source, "source must not be null");
        return nonBlank(source, bytes(in, source));
    }

    /**
     * {@return the non-blank lines of an in-memory UTF-8 text}
     *
     * @param source the name used in error messages
     * @param bytes the UTF-8 text
     */
    public static List<DataLines.Line> parse(String source, byte[] bytes) {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(bytes, "bytes must not be null");
        return nonBlank(source, bytes);
    }

    private static List<DataLines.Line> nonBlank(String source, byte[] bytes) {
        List<String> lines = lines(source, bytes);
        List<DataLines.Line> records = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                records.add(new DataLines.Line(i + 1, lines.get(i)));
            }
        }
        return List.copyOf(records);
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidDataException(file.toString(), 0, "cannot be read: " + IoProblems.reason(e), e);
        }
    }

    static byte[] bytes(InputStream in, String source) {
        Objects.requireNonNull(in, "in must not be null");
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidDataException(source, 0, "cannot be read: " + IoProblems.reason(e), e);
        }
    }

    /**
     * Every line of {@code bytes}, blank ones included, so that line {@code n} is at index {@code n - 1}; the
     * byte-order mark is dropped from the first. Decoded whole, then split without a regular expression
     * (this runs cold, at start-up).
     */
    static List<String> lines(String source, byte[] bytes) {
        List<String> lines = splitLines(decode(source, bytes));
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    private static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>(text.length() / 24 + 1);
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /**
     * The text of {@code bytes}, which must be valid UTF-8. Valid UTF-8 decodes to the same chars leniently as
     * strictly, and the JDK's lenient decoding is its fast path (a bulk copy for ASCII, where the strict decoder
     * runs a loop per char: start-up time, issue 17); only a text holding U+FFFD (a replaced malformed byte, or
     * one written as such) is decoded again strictly, to tell the two apart and report the line.
     */
    private static String decode(String source, byte[] bytes) {
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidDataException(source, lineOfFirstBadByte(bytes), "is not valid UTF-8", e);
        }
    }

    /** The 1-based line of the first malformed UTF-8 sequence, counting LF, CRLF and CR as line ends like {@link #splitLines}. */
    private static int lineOfFirstBadByte(byte[] bytes) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n' || bytes[i] == '\r') {
                try {
                    StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                if (i < bytes.length && bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }
}
