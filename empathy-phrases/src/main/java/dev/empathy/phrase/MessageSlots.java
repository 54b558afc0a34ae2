package dev.empathy.phrase;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the {@link Slot#PRODUCT} and {@link Slot#DURATION} slots from the customer's own words where that is
 * safe: only words from a closed list ({@code message-slots.tsv}), never free text. Immutable and thread-safe.
 *
 * <pre>
 * "My parcel still hasn't arrived"              -> product "your parcel"
 * "My phone bill is wrong"                      -> nothing (a bill, not a phone)
 * "I've been waiting for three weeks"           -> duration "three weeks"
 * "I booked a car for three days"               -> nothing (no wait or fault before "for")
 * </pre>
 */
final class MessageSlots {

    static final String FORMAT = "empathy-message-slots";
    static final String RESOURCE = "/dev/empathy/phrase/en/message-slots.tsv";
    /** Only this many characters of a message are read. */
    static final int MAX_CHARS = 5_000;
    private static final int CONTEXT_CHARS = 60;
    private static final Set<String> SINGULAR = Set.of("a", "an", "one", "1");

    /** One slot value taken from the message, with the half-open span of the words it came from. */
    record Evidence(Slot slot, String value, int start, int end, String text) {
    }

    private static final class Default {
        static final MessageSlots ENGLISH = read(DataLines.resource(MessageSlots.class.getResourceAsStream(RESOURCE), RESOURCE, FORMAT, 1));
    }

    private final Pattern product;
    private final Map<String, String> spelling;
    private final Set<String> notBefore;
    private final Pattern duration;
    private final List<String> context;

    private MessageSlots(Pattern product, Map<String, String> spelling, Set<String> notBefore, Pattern duration,
                         List<String> context) {
        this.product = product;
        this.spelling = spelling;
        this.notBefore = notBefore;
        this.duration = duration;
        this.context = context;
    }

    static MessageSlots english() {
        return Default.ENGLISH;
    }

    static MessageSlots read(DataLines file) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        for (DataLines.Line line : file.records()) {
            String[] fields = line.fields();
            if (fields.length != 3) {
                throw new InvalidDataException(file.source(), line.number(),
                        "expected 3 TAB-separated fields (kind, word, example), found " + fields.length);
            }
            String kind = fields[0].strip();
            String word = fields[1].strip();
            if (!List.of("product", "modifier", "not-before", "number", "unit", "qualifier", "context").contains(kind)) {
                throw new InvalidDataException(file.source(), line.number(), "unknown kind '" + kind
                        + "', expected one of product, modifier, not-before, number, unit, qualifier, context");
            }
            if (word.isEmpty()) {
                throw new InvalidDataException(file.source(), line.number(), "empty word");
            }
            String key = word.toLowerCase(Locale.ROOT);
            if (words.computeIfAbsent(kind, k -> new ArrayList<>()).contains(key)) {
                throw new InvalidDataException(file.source(), line.number(), "duplicate " + kind + " '" + word + "'");
            }
            words.get(kind).add(key);
            if (kind.equals("product")) {
                spelling.put(key, word);
            }
        }
        Pattern product = Pattern.compile("\\b(?:my|our)\\s+(?:(" + alternation(words, "modifier") + ")\\s+)?("
                + alternation(words, "product") + ")\\b(?:\\s+(\\p{L}+))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String numbers = alternation(words, "number").replace(Pattern.quote("@digits"), "\\d{1,3}");
        Pattern duration = Pattern.compile("\\bfor\\s+(?:(" + alternation(words, "qualifier") + ")\\s+)?(?:(" + numbers
                + ")\\s+)?(" + alternation(words, "unit") + ")(s?)\\b(?!\\s+of\\b)", Pattern.CASE_INSENSITIVE);
        return new MessageSlots(product, Map.copyOf(spelling), Set.copyOf(words.getOrDefault("not-before", List.of())),
                duration, List.copyOf(words.getOrDefault("context", List.of())));
    }

    private static String alternation(Map<String, List<String>> words, String kind) {
        List<String> list = new ArrayList<>(words.getOrDefault(kind, List.of()));
        if (list.isEmpty()) {
            return "(?!)";
        }
        list.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder out = new StringBuilder();
        for (String word : list) {
            out.append(out.length() == 0 ? "" : "|").append(Pattern.quote(word).replace(" ", "\\E\\s+\\Q"));
        }
        return out.toString();
    }

    /** The slot values found in {@code message}, at most one per slot, first mention first. */
    List<Evidence> find(String message) {
        String text = message.length() > MAX_CHARS ? message.substring(0, MAX_CHARS) : message;
        List<Evidence> found = new ArrayList<>(2);
        Matcher p = product.matcher(text);
        while (p.find()) {
            String next = p.group(3);
            if (next != null && notBefore.contains(next.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String modifier = p.group(1) == null ? "" : p.group(1).toLowerCase(Locale.ROOT) + " ";
            String noun = spelling.get(p.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            int end = p.end(2);
            found.add(new Evidence(Slot.PRODUCT, "your " + modifier + noun, p.start(), end, text.substring(p.start(), end)));
            break;
        }
        Matcher d = duration.matcher(text);
        while (d.find()) {
            String number = d.group(2);
            boolean plural = !d.group(4).isEmpty();
            if (number == null ? !plural : SINGULAR.contains(number.toLowerCase(Locale.ROOT)) == plural) {
                continue;
            }
            if (!waitBefore(text, d.start())) {
                continue;
            }
            StringBuilder value = new StringBuilder();
            String qualifier = d.group(1);
            if (qualifier != null && !qualifier.toLowerCase(Locale.ROOT).startsWith("the ")) {
                value.append(qualifier.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).append(' ');
            }
            if (number != null) {
                value.append(number.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).append(' ');
            }
            value.append(d.group(3).toLowerCase(Locale.ROOT)).append(d.group(4).toLowerCase(Locale.ROOT));
            found.add(new Evidence(Slot.DURATION, value.toString(), d.start(), d.end(), text.substring(d.start(), d.end())));
            break;
        }
        return List.copyOf(found);
    }

    /** True if a context word stands in the same sentence, at most 60 characters before {@code at}. */
    private boolean waitBefore(String text, int at) {
        int from = Math.max(0, at - CONTEXT_CHARS);
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                from = i + 1;
                break;
            }
        }
        String before = text.substring(from, at).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        Set<String> tokens = new HashSet<>(List.of(before.split("[^\\p{L}']+")));
        for (String word : context) {
            if (word.endsWith("*")) {
                String stem = word.substring(0, word.length() - 1);
                for (String token : tokens) {
                    if (token.startsWith(stem)) {
                        return true;
                    }
                }
            } else if (word.indexOf(' ') >= 0 || word.startsWith("n'")) {
                if (before.contains(word)) {
                    return true;
                }
            } else if (tokens.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
