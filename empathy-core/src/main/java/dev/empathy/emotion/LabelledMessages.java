package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import dev.empathy.data.TextLines;
import dev.empathy.internal.EnumIds;
import dev.empathy.internal.json.JsonObjectParser;
import dev.empathy.situation.Situation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one reader of labelled corpora for training and evaluation, in either of two formats. Stateless;
 * thread-safe.
 *
 * <ul>
 *   <li><b>TSV</b>: UTF-8, no header, one message a line, {@code text<TAB>label[<TAB>situation][<TAB>anything...]}.
 *       A third column holding a {@link Situation#id()} is the gold situation; {@code -} there means "no
 *       situation label"; any other third column (e.g. a channel) is ignored, as are all columns after it.
 *       Lines starting with {@code #} are messages like any other (hashtags are customer text).</li>
 *   <li><b>JSON Lines</b>: one JSON object a line, {@code {"text": "...", "label": "frustration"}}, with an
 *       optional {@code "situation": "delivery-delay"} ({@code "-"} or absent: no situation label; any other
 *       value must be a {@link Situation#id()}); other keys are ignored ({@code "channel"}, {@code "id"}).
 *       The JSON is read strictly (RFC 8259: no comments, no trailing commas, no duplicate keys).</li>
 * </ul>
 *
 * <p>Both: blank lines are skipped; labels are {@link Emotion#id()}s, case and surrounding white space
 * ignored; the text is kept exactly as written. An unknown label, a missing text or label (no TAB; a
 * missing or non-string JSON field), a blank text, malformed JSON or invalid UTF-8 fails the whole read
 * with an {@link InvalidDataException} naming the file, the line and the problem, e.g.
 * {@code "tickets.jsonl:7: unknown label 'angry', expected one of anger, ..."}: nothing is guessed or skipped.
 */
public final class LabelledMessages {

    /** One line of a corpus, as its format reads it. */
    private interface LineFormat {
        LabelledMessage parse(String source, DataLines.Line line);
    }

    private static final LineFormat TSV = LabelledMessages::tsvLine;
    private static final LineFormat JSONL = LabelledMessages::jsonLine;

    private LabelledMessages() {
    }

    /**
     * Reads {@code file} as JSON Lines when its name ends in {@code .jsonl} or {@code .ndjson} (any case),
     * otherwise as TSV.
     *
     * @throws InvalidDataException naming the file and line of the first problem, or line 0 when the file
     *                              cannot be read
     */
    public static List<LabelledMessage> read(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? readJsonl(file) : readTsv(file);
    }

    /** Reads a labelled TSV file. */
    public static List<LabelledMessage> readTsv(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        return messages(file.toString(), TextLines.read(file), TSV);
    }

    /** Reads labelled TSV from {@code in} to its end (the caller closes it); {@code source} names it in errors. */
    public static List<LabelledMessage> readTsv(InputStream in, String source) {
        return messages(source, TextLines.read(in, source), TSV);
    }

    /** As {@link #readTsv(InputStream, String)}, from an in-memory text. */
    public static List<LabelledMessage> parseTsv(String tsv, String source) {
        Objects.requireNonNull(tsv, "tsv must not be null");
        return messages(source, TextLines.parse(source, tsv.getBytes(StandardCharsets.UTF_8)), TSV);
    }

    /** Reads a JSON Lines file. */
    public static List<LabelledMessage> readJsonl(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        return messages(file.toString(), TextLines.read(file), JSONL);
    }

    /** Reads JSON Lines from {@code in} to its end (the caller closes it); {@code source} names it in errors. */
    public static List<LabelledMessage> readJsonl(InputStream in, String source) {
        return messages(source, TextLines.read(in, source), JSONL);
    }

    /** As {@link #readJsonl(InputStream, String)}, from an in-memory text. */
    public static List<LabelledMessage> parseJsonl(String jsonl, String source) {
        Objects.requireNonNull(jsonl, "jsonl must not be null");
        return messages(source, TextLines.parse(source, jsonl.getBytes(StandardCharsets.UTF_8)), JSONL);
    }

    private static List<LabelledMessage> messages(String source, List<DataLines.Line> lines, LineFormat format) {
        List<LabelledMessage> messages = new ArrayList<>(lines.size());
        for (DataLines.Line line : lines) {
            messages.add(format.parse(source, line));
        }
        return List.copyOf(messages);
    }

    private static LabelledMessage tsvLine(String source, DataLines.Line line) {
        String[] fields = line.fields();
        if (fields.length < 2) {
            throw new InvalidDataException(source, line.number(), "expected text<TAB>label, found no TAB");
        }
        return message(source, line.number(), fields[0], fields[1], () -> fields.length > 2 ? situationColumn(fields[2]) : null);
    }

    private static LabelledMessage jsonLine(String source, DataLines.Line line) {
        Map<String, Object> object;
        try {
            object = JsonObjectParser.parseObject(line.text());
        } catch (JsonObjectParser.JsonSyntaxException e) {
            throw new InvalidDataException(source, line.number(), "invalid JSON: " + e.getMessage());
        }
        String text = stringField(object, "text", source, line.number());
        if (text.isBlank()) {
            throw new InvalidDataException(source, line.number(), "text is empty");
        }
        String label = stringField(object, "label", source, line.number());
        return message(source, line.number(), text, label, () -> situationField(object, source, line.number()));
    }

    /** The checks both formats share, in this order: a text, a label, the situation, a known label. */
    private static LabelledMessage message(String source, int lineNumber, String text, String labelField,
                                           Supplier<Situation> situationField) {
        if (text.isBlank()) {
            throw new InvalidDataException(source, lineNumber, "text is empty");
        }
        String label = labelField.strip();
        if (label.isEmpty()) {
            throw new InvalidDataException(source, lineNumber, "label is empty");
        }
        Situation situation = situationField.get();
        try {
            return new LabelledMessage(text, EnumIds.fromId(Emotion.class, Emotion::id, "label", label), lineNumber, situation);
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(source, lineNumber, e.getMessage());
        }
    }

    /** The situation a third TSV column names, or null for {@code -} or a column that is not a situation id. */
    private static Situation situationColumn(String column) {
        return EnumIds.find(Situation.class, Situation::id, column).orElse(null);
    }

    private static Situation situationField(Map<String, Object> object, String source, int lineNumber) {
        if (!object.containsKey("situation")) {
            return null;
        }
        String id = stringField(object, "situation", source, lineNumber).strip();
        if (id.equals("-")) {
            return null;
        }
        try {
            return Situation.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(source, lineNumber, e.getMessage());
        }
    }

    private static String stringField(Map<String, Object> object, String key, String source, int lineNumber) {
        if (!object.containsKey(key)) {
            throw new InvalidDataException(source, lineNumber, "missing \"" + key + "\"");
        }
        if (!(object.get(key) instanceof String value)) {
            throw new InvalidDataException(source, lineNumber, "\"" + key + "\" must be a string");
        }
        return value;
    }
}
