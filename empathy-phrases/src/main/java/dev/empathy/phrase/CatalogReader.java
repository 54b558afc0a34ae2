package dev.empathy.phrase;

import dev.empathy.situation.Situation;
import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import dev.empathy.emotion.Emotion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one catalog file ({@code # empathy-statements 1}) into entries, failing on the first malformed
 * line with file, line and problem. See {@link PhraseCatalog} for the format.
 */
final class CatalogReader {

    static final String FORMAT = "empathy-statements";
    static final int VERSION = 1;
    static final String SLOT_DEFAULT = "slot-default";
    /** An {@code example<TAB>statement-id<TAB>customer message} line: a customer the statement fits (run by the build). */
    static final String EXAMPLE = "example";

    private static final Pattern RANGE = Pattern.compile("(\\d(?:\\.\\d+)?)-(\\d(?:\\.\\d+)?)");
    private static final int FIELDS = 9;
    /** The longest statement id accepted, in chars. */
    static final int MAX_ID_LENGTH = 100;

    private CatalogReader() {
    }

    static List<Entry> read(DataLines file, int maxStatementLength) {
        String source = file.source();
        Locale locale = locale(file);
        Map<Slot, String> defaults = new EnumMap<>(Slot.class);
        List<DataLines.Line> statementLines = new ArrayList<>();
        for (DataLines.Line line : file.records()) {
            String[] fields = line.fields();
            if (fields[0].equals(SLOT_DEFAULT)) {
                readDefault(source, line, fields, defaults);
            } else if (fields[0].equals(EXAMPLE)) {
                if (fields.length != 3 || fields[1].isBlank() || fields[2].isBlank()) {
                    throw new InvalidDataException(source, line.number(),
                            "expected 3 TAB-separated fields (example, statement id, customer message), found " + fields.length);
                }
            } else {
                statementLines.add(line);
            }
        }
        List<Entry> entries = new ArrayList<>(statementLines.size());
        Map<String, String> sourceById = new HashMap<>();
        for (DataLines.Line line : statementLines) {
            Entry entry = readStatement(source, locale, line, defaults, maxStatementLength);
            String previous = sourceById.putIfAbsent(entry.statement.id(), entry.statement.source());
            if (previous != null) {
                throw new InvalidDataException(source, line.number(),
                        "duplicate id '" + entry.statement.id() + "', already defined at " + previous);
            }
            entries.add(entry);
        }
        return entries;
    }

    private static Locale locale(DataLines file) {
        String tag = file.locale();
        if (tag.isEmpty()) {
            throw new InvalidDataException(file.source(), 0, "missing '# locale:' comment, e.g. '# locale: en'");
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return locale;
        } catch (IllformedLocaleException e) {
            throw new InvalidDataException(file.source(), 0,
                    "invalid locale '" + tag + "', expected a BCP 47 language tag such as 'en' or 'pt-BR'");
        }
    }

    private static void readDefault(String source, DataLines.Line line, String[] fields, Map<Slot, String> defaults) {
        if (fields.length != 3 || fields[2].isBlank()) {
            throw new InvalidDataException(source, line.number(),
                    "expected 3 TAB-separated fields (slot-default, slot, text), found " + fields.length);
        }
        Slot slot;
        try {
            slot = Slot.fromId(fields[1]);
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(source, line.number(), e.getMessage());
        }
        if (defaults.putIfAbsent(slot, fields[2].strip()) != null) {
            throw new InvalidDataException(source, line.number(), "duplicate default for slot {" + slot.id() + "}");
        }
    }

    private static Entry readStatement(String source, Locale locale, DataLines.Line line, Map<Slot, String> defaults,
                                       int maxStatementLength) {
        String[] fields = line.fields();
        int number = line.number();
        if (fields.length != FIELDS) {
            throw new InvalidDataException(source, number, "expected " + FIELDS
                    + " TAB-separated fields (id, intent, suits, never-for, intensity, formality, channels, situations, text), found "
                    + fields.length);
        }
        String id = fields[0];
        if (id.length() > MAX_ID_LENGTH) {
            throw new InvalidDataException(source, number, "id is " + id.length() + " chars long, the most is " + MAX_ID_LENGTH);
        }
        if (!isId(id)) {
            throw new InvalidDataException(source, number,
                    "invalid id '" + id + "', expected lower-case letters and digits separated by '-'");
        }
        Intent intent = parse(source, number, fields[1], "intent", Intent::fromId);
        EnumSet<Emotion> neverFor = fields[3].equals("-") ? EnumSet.noneOf(Emotion.class)
                : list(source, number, fields[3], "emotion in never-for", Emotion.class, Emotion::fromId);
        Set<Emotion> suits;
        if (fields[2].equals("*")) {
            suits = EnumSet.complementOf(neverFor);
        } else {
            suits = list(source, number, fields[2], "emotion in suits", Emotion.class, Emotion::fromId);
            for (Emotion emotion : suits) {
                if (neverFor.contains(emotion)) {
                    throw new InvalidDataException(source, number,
                            "emotion '" + emotion.id() + "' is both in suits and in never-for");
                }
            }
        }
        var range = RANGE.matcher(fields[4]);
        double min = range.matches() ? Double.parseDouble(range.group(1)) : -1;
        double max = range.matches() ? Double.parseDouble(range.group(2)) : -1;
        if (!(min >= 0 && min <= max && max <= 1)) {
            throw new InvalidDataException(source, number, "invalid intensity range '" + fields[4]
                    + "', expected min-max with 0 <= min <= max <= 1, e.g. 0.2-1.0");
        }
        Set<Formality> formalities = all(source, number, fields[5], "formality", Formality.class, Formality::fromId);
        Set<Channel> channels = all(source, number, fields[6], "channel", Channel.class, Channel::fromId);
        Set<Situation> situations = list(source, number, fields[7], "situation", Situation.class, Situation::fromId);
        String text = fields[8].strip();
        if (text.isEmpty()) {
            throw new InvalidDataException(source, number, "text must not be empty");
        }
        if (text.length() > maxStatementLength) {
            throw new InvalidDataException(source, number, "text is " + text.length() + " chars long, the most is " + maxStatementLength);
        }
        Template template;
        try {
            template = Template.compile(text, defaults);
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(source, number, e.getMessage());
        }
        Statement statement = new Statement(id, locale, intent, suits, neverFor, min, max, formalities, channels,
                situations, text, source + ":" + number);
        return new Entry(statement, template);
    }

    /**
     * Lower-case ASCII letters and digits in groups separated by single '-' ("apology-delay-2"). Checked by
     * hand: the regex {@code [a-z0-9]+(?:-[a-z0-9]+)*} recurses once per group and overflowed the stack
     * on an id of 5,000 groups.
     */
    static boolean isId(String id) {
        boolean afterDash = true; // at the start, as after a '-': a letter or digit must follow
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterDash = false;
            } else if (c == '-' && !afterDash) {
                afterDash = true;
            } else {
                return false;
            }
        }
        return !afterDash;
    }

    private static <E extends Enum<E>> Set<E> all(String source, int number, String field, String what, Class<E> type,
                                                  java.util.function.Function<String, E> parser) {
        return field.equals("*") ? EnumSet.allOf(type) : list(source, number, field, what, type, parser);
    }

    private static <E extends Enum<E>> EnumSet<E> list(String source, int number, String field, String what, Class<E> type,
                                                   java.util.function.Function<String, E> parser) {
        EnumSet<E> values = EnumSet.noneOf(type);
        for (String item : field.split(",", -1)) {
            if (item.isBlank()) {
                throw new InvalidDataException(source, number, "empty item in '" + field + "' (" + what + ")");
            }
            values.add(parse(source, number, item, what, parser));
        }
        return values;
    }

    private static <T> T parse(String source, int number, String value, String what,
                               java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            // the enums' messages read "unknown <kind> '<value>', expected one of ..."; name the column instead
            // the last "expected": the value itself may hold the word ('expected-thanks')
            String expected = e.getMessage().substring(Math.max(0, e.getMessage().lastIndexOf("expected one of")));
            int in = what.indexOf(" in ");
            String problem = in < 0 ? "unknown " + what + " '" + value + "'"
                    : "unknown " + what.substring(0, in) + " '" + value + "'" + what.substring(in);
            throw new InvalidDataException(source, number, problem + ", " + expected);
        }
    }
}
