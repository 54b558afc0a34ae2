package dev.empathy.emotion;

import dev.empathy.data.InvalidDataException;
import dev.empathy.internal.text.Utf8Lines;
import dev.empathy.situation.Situation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A customer message with its gold emotion label, as read from a labelled corpus. Immutable and
 * thread-safe.
 *
 * <p>Labelled TSV, the format {@link #readTsv(Path)} reads: UTF-8, no header, one message per line,
 * {@code text<TAB>label[<TAB>situation][<TAB>anything...]}. The label is an {@link Emotion#id()} (case and
 * surrounding white space ignored). A third column holding a {@link Situation#id()} is the gold situation;
 * {@code -} there means "no situation label"; any other third column (e.g. a channel) is ignored, as are
 * all columns after it. Blank lines are
 * skipped; lines starting with {@code #} are messages like any other (hashtags are customer text). Every
 * other problem (no TAB, empty text, empty or unknown label, invalid UTF-8) fails the whole read with an
 * {@link InvalidDataException} naming the file and line: a line is never guessed or skipped.
 *
 * @param text  the message exactly as written in the file, never blank
 * @param label the gold emotion
 * @param line      the 1-based line number in the file it came from, or 0 when it was not read from a file
 * @param situation the gold situation, or null when the message has none (no situation column, or {@code -})
 */
public record LabelledMessage(String text, Emotion label, int line, Situation situation) {

    /** A message without a situation label. */
    public LabelledMessage(String text, Emotion label, int line) {
        this(text, label, line, null);
    }

    /** True if the message has a gold situation. */
    public boolean hasSituation() {
        return situation != null;
    }

    public LabelledMessage {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(label, "label must not be null");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
    }

    /**
     * Reads a labelled TSV file.
     *
     * @throws InvalidDataException naming the file and line of the first malformed line, or line 0 when
     *                              the file cannot be read
     */
    public static List<LabelledMessage> readTsv(Path file) {
        return Utf8Lines.parse(file.toString(), Utf8Lines.readAllBytes(file), (number, line) -> parseLine(file.toString(), number, line));
    }

    /**
     * Reads labelled TSV from {@code in} to its end (the caller closes it); {@code source} names it in
     * errors.
     *
     * @throws InvalidDataException naming {@code source} and the line of the first malformed line
     */
    public static List<LabelledMessage> readTsv(InputStream in, String source) {
        return Utf8Lines.parse(source, Utf8Lines.readAllBytes(in, source), (number, line) -> parseLine(source, number, line));
    }

    /** As {@link #readTsv(InputStream, String)}, from an in-memory text. */
    public static List<LabelledMessage> parseTsv(String tsv, String source) {
        Objects.requireNonNull(tsv, "tsv must not be null");
        return readTsv(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), source);
    }

    private static LabelledMessage parseLine(String source, int lineNumber, String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length < 2) {
            throw new InvalidDataException(source, lineNumber, "expected text<TAB>label, found no TAB");
        }
        if (fields[0].isBlank()) {
            throw new InvalidDataException(source, lineNumber, "text is empty");
        }
        String label = fields[1].strip();
        if (label.isEmpty()) {
            throw new InvalidDataException(source, lineNumber, "label is empty");
        }
        for (Emotion emotion : Emotion.values()) {
            if (emotion.id().equalsIgnoreCase(label)) {
                return new LabelledMessage(fields[0], emotion, lineNumber, fields.length > 2 ? situationColumn(fields[2]) : null);
            }
        }
        throw new InvalidDataException(source, lineNumber, "unknown label '" + label + "', expected one of "
                + Arrays.stream(Emotion.values()).map(Emotion::id).collect(Collectors.joining(", ")));
    }

    /** The situation a third TSV column names, or null for {@code -} or a column that is not a situation id. */
    private static Situation situationColumn(String column) {
        String id = column.strip();
        for (Situation situation : Situation.values()) {
            if (situation.id().equalsIgnoreCase(id)) {
                return situation;
            }
        }
        return null;
    }
}
