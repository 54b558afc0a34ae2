package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word classes a lexicon phrase may name as placeholders: {@code {number}}, {@code {ordinal}},
 * {@code {timeunit}} and {@code {any}}. Loaded from {@code token-classes.tsv}. Immutable.
 */
final class TokenClasses {

    /** A placeholder class. */
    enum TokenClass {
        NUMBER, ORDINAL, TIMEUNIT, ANY;

        final String placeholder = "{" + name().toLowerCase(Locale.ROOT) + "}";

        static TokenClass ofPlaceholder(String text) {
            for (TokenClass tokenClass : values()) {
                if (tokenClass.placeholder.equals(text)) {
                    return tokenClass;
                }
            }
            return null;
        }
    }

    static final String FORMAT = "empathy-token-classes";

    /** The number of sets of {@link #bit bits} that {@link #classesOf} may return: every subset of number, ordinal and timeunit. */
    static final int CLASS_SETS = 8;

    private final Map<String, Integer> classesOfWord; // the classes each listed word belongs to, as bits

    private TokenClasses(Map<TokenClass, Set<String>> words) {
        Map<String, Integer> classesOfWord = new HashMap<>();
        for (Map.Entry<TokenClass, Set<String>> entry : words.entrySet()) { // loops, not lambdas: start-up time
            for (String word : entry.getValue()) {
                Integer bits = classesOfWord.get(word);
                classesOfWord.put(word, (bits == null ? 0 : bits) | bit(entry.getKey()));
            }
        }
        this.classesOfWord = classesOfWord; // never changed after this; a HashMap for speed
    }

    /** The bit of a class other than {@code ANY} in a set of classes ({@link #classesOf}). */
    static int bit(TokenClass tokenClass) {
        return switch (tokenClass) {
            case NUMBER -> 1;
            case ORDINAL -> 2;
            case TIMEUNIT -> 4;
            case ANY -> throw new IllegalArgumentException("{any} matches every word and has no bit");
        };
    }

    /**
     * The classes other than {@code ANY} that a token key belongs to, as {@link #bit bits} (below
     * {@link #CLASS_SETS}): {@code matches(c, key)} is true exactly for the classes in the set (and ANY).
     */
    int classesOf(String key) {
        Integer listed = classesOfWord.get(key);
        return classesOf(listed == null ? 0 : listed, key);
    }

    /** As {@link #classesOf(String)}, given the key's listed classes ({@link #listedClasses}, 0 if none): no look-up. */
    static int classesOf(int listed, String key) {
        if (key.isEmpty() || (char) (key.charAt(0) - '0') > 9) {
            return listed; // a number and a digit ordinal ("3rd") start with a digit; most words do not (speed, issue 16)
        }
        int set = listed;
        if (isDigits(key)) {
            set |= bit(TokenClass.NUMBER);
        } else if (isDigitOrdinal(key)) {
            set |= bit(TokenClass.ORDINAL);
        }
        return set;
    }

    /** {@return each word the data lists, with its classes as bits} (read once, to build a {@link Vocabulary}) */
    Map<String, Integer> listedClasses() {
        return Map.copyOf(classesOfWord);
    }

    static TokenClasses load(DataLines lines) {
        Map<TokenClass, Set<String>> words = new EnumMap<>(TokenClass.class);
        for (TokenClass tokenClass : TokenClass.values()) {
            words.put(tokenClass, new HashSet<>());
        }
        for (DataLines.Line line : lines.records()) {
            String[] fields = line.fields();
            if (fields.length != 2) {
                throw new InvalidDataException(lines.source(), line.number(), "expected 2 TAB-separated fields (class, word), found " + fields.length);
            }
            TokenClass tokenClass = TokenClass.ofPlaceholder("{" + fields[0].strip() + "}");
            if (tokenClass == null || tokenClass == TokenClass.ANY) {
                throw new InvalidDataException(lines.source(), line.number(), "unknown token class '" + fields[0] + "', expected number, ordinal or timeunit");
            }
            words.get(tokenClass).add(fields[1].strip().toLowerCase(Locale.ROOT));
        }
        return new TokenClasses(words);
    }

    /** True if a token key belongs to {@code tokenClass}; digits always count as numbers. */
    boolean matches(TokenClass tokenClass, String key) {
        return tokenClass == TokenClass.ANY || (classesOf(key) & bit(tokenClass)) != 0;
    }

    private static boolean isDigits(String key) {
        return isDigits(key, key.length());
    }

    /** True if {@code key}'s first {@code length} chars, 1 to 9 of them, are all ASCII digits. */
    private static boolean isDigits(String key, int length) {
        if (length == 0 || length > 9) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if ((char) (key.charAt(i) - '0') > 9) { // not an ASCII digit; one test, not two: "90's" once made the JIT recompile (issue 16)
                return false;
            }
        }
        return true;
    }

    private static boolean isDigitOrdinal(String key) {
        return key.length() >= 3 && key.length() <= 6
                && isDigits(key, key.length() - 2) // first: a word's first char rejects it (no substring: run per word, issue 16)
                && (key.endsWith("st") || key.endsWith("nd") || key.endsWith("rd") || key.endsWith("th"));
    }
}
