package dev.empathy.emotion;

import dev.empathy.data.InvalidDataException;
import dev.empathy.internal.text.Utf8Lines;
import dev.empathy.internal.json.JsonObjectParser;
import dev.empathy.situation.Situation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads labelled corpora for training and evaluation, in either of two formats. Stateless; thread-safe.
 *
 * <ul>
 *   <li><b>TSV</b>: {@code text<TAB>label[<TAB>ignored...]}, one message a line; see
 *       {@link LabelledMessage#readTsv(Path)}.</li>
 *   <li><b>JSON Lines</b>: one JSON object a line, {@code {"text": "...", "label": "frustration"}}, with an
 *       optional {@code "situation": "delivery-delay"} ({@code "-"} or absent: no situation label; any other
 *       value must be a {@link Situation#id()}); other keys are ignored ({@code "channel"}, {@code "id"});
 *       blank lines are skipped. The JSON is read
 *       strictly (RFC 8259: no comments, no trailing commas, no duplicate keys).</li>
 * </ul>
 *
 * <p>Labels are {@link Emotion#id()}s, case and surrounding white space ignored. An unknown label, a
 * missing or non-string {@code text} or {@code label}, a blank text, malformed JSON or invalid UTF-8
 * fails the whole read with an {@link InvalidDataException} naming the file, the line and the problem,
 * e.g. {@code "tickets.jsonl:7: unknown label 'angry', expected one of anger, ..."}: nothing is guessed or
 * skipped.
 */
public final class LabelledMessages {

    private LabelledMessages() {
    }

    /**
     * Reads {@code file} as JSON Lines when its name ends in {@code .jsonl} or {@code .ndjson} (any case),
     * otherwise as TSV.
     *
     * @throws InvalidDataException naming the file and line of the first problem
     */
    public static List<LabelledMessage> read(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? readJsonl(file) : LabelledMessage.readTsv(file);
    }

    /**
     * Reads a JSON Lines file.
     *
     * @throws InvalidDataException naming the file and line of the first problem, or line 0 when the file
     *                              cannot be read
     */
    public static List<LabelledMessage> readJsonl(Path file) {
        return Utf8Lines.parse(file.toString(), Utf8Lines.readAllBytes(file), (number, line) -> parseLine(file.toString(), number, line));
    }

    /** Reads JSON Lines from {@code in} to its end (the caller closes it); {@code source} names it in errors. */
    public static List<LabelledMessage> readJsonl(InputStream in, String source) {
        return Utf8Lines.parse(source, Utf8Lines.readAllBytes(in, source), (number, line) -> parseLine(source, number, line));
    }

    /** As {@link #readJsonl(InputStream, String)}, from an in-memory text. */
    public static List<LabelledMessage> parseJsonl(String jsonl, String source) {
        Objects.requireNonNull(jsonl, "jsonl must not be null");
        return readJsonl(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), source);
    }

    private static LabelledMessage parseLine(String source, int lineNumber, String line) {
        Map<String, Object> object;
        try {
            object = JsonObjectParser.parseObject(line);
        } catch (JsonObjectParser.JsonSyntaxException e) {
            throw new InvalidDataException(source, lineNumber, "invalid JSON: " + e.getMessage());
        }
        String text = stringField(object, "text", source, lineNumber);
        if (text.isBlank()) {
            throw new InvalidDataException(source, lineNumber, "text is empty");
        }
        String label = stringField(object, "label", source, lineNumber).strip();
        if (label.isEmpty()) {
            throw new InvalidDataException(source, lineNumber, "label is empty");
        }
        Situation situation = situationField(object, source, lineNumber);
        for (Emotion emotion : Emotion.values()) {
            if (emotion.id().equalsIgnoreCase(label)) {
                return new LabelledMessage(text, emotion, lineNumber, situation);
            }
        }
        throw new InvalidDataException(source, lineNumber, "unknown label '" + label + "', expected one of "
                + Arrays.stream(Emotion.values()).map(Emotion::id).collect(Collectors.joining(", ")));
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
