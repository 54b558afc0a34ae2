package dev.empathy.situation;

import dev.empathy.internal.Splits;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One cue of a situation cue file: a short token pattern with a weight. Immutable and thread-safe.
 *
 * <p>Pattern syntax, one position per space-separated element, matched against consecutive word tokens
 * (lower case, apostrophes dropped, so {@code hasn't} also matches "hasnt" and "hasn’t"):
 * <ul>
 *   <li>{@code refund} one word exactly;</li>
 *   <li>{@code deliver+} the word with simple English inflections: deliver, delivers, delivered, delivering
 *       ("charge+" gives charges, charged, charging; "reply+" gives replies, replied);</li>
 *   <li>{@code hack*} any word starting with "hack" (at least 3 letters before the star);</li>
 *   <li>{@code late|delayed|behind} any of these alternatives, each of the three kinds above;</li>
 *   <li>{@code ..} a gap of up to {@value #MAX_GAP} words (never across {@code . ! ?});</li>
 *   <li>{@code ?} a literal question mark (the only punctuation a pattern may name).</li>
 * </ul>
 *
 * @param situation the situation the cue points to
 * @param weight    the evidence it adds, non-zero; negative weights count against the situation
 * @param elements  the positions, first and last never a gap
 * @param line      the 1-based line in its file, for reports
 */
record CuePattern(Situation situation, double weight, List<Element> elements, int line) {

    /** The most words a {@code ..} gap skips. */
    static final int MAX_GAP = 3;

    /** Letters a prefix element needs before its star. */
    static final int MIN_PREFIX = 3;

    CuePattern {
        elements = List.copyOf(elements);
    }

    /**
     * One position of a pattern: a set of exact keys, a set of prefixes, or a gap.
     *
     * @param exact    exact keys (already folded), possibly empty
     * @param prefixes prefixes (already folded), possibly empty
     * @param gap      true for a {@code ..} gap (then both sets are empty)
     */
    record Element(Set<String> exact, List<String> prefixes, boolean gap) {
        Element {
            exact = Set.copyOf(exact);
            prefixes = List.copyOf(prefixes);
        }

        boolean matches(String key) {
            if (exact.contains(key)) {
                return true;
            }
            for (String prefix : prefixes) {
                if (key.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Thrown by {@link #parse} with a reason; the file reader adds file and line. */
    static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message);
        }
    }

    /** Parses {@code pattern} (see the class comment). */
    static CuePattern parse(Situation situation, double weight, String pattern, int line) throws SyntaxException {
        String[] parts = Splits.onSpaces(pattern.strip());
        if (parts.length == 0 || parts[0].isEmpty()) {
            throw new SyntaxException("pattern is empty");
        }
        List<Element> elements = new ArrayList<>(parts.length);
        for (String part : parts) {
            if (part.equals("..")) {
                elements.add(new Element(Set.of(), List.of(), true));
                continue;
            }
            Set<String> exact = new LinkedHashSet<>();
            List<String> prefixes = new ArrayList<>();
            for (String alternative : part.split("\\|", -1)) {
                addAlternative(alternative, exact, prefixes);
            }
            elements.add(new Element(exact, prefixes, false));
        }
        if (elements.get(0).gap() || elements.get(elements.size() - 1).gap()) {
            throw new SyntaxException("a pattern cannot start or end with the gap '..'");
        }
        for (int i = 1; i < elements.size(); i++) {
            if (elements.get(i).gap() && elements.get(i - 1).gap()) {
                throw new SyntaxException("two gaps '.. ..' in a row; one gap skips up to " + MAX_GAP + " words");
            }
        }
        return new CuePattern(situation, weight, elements, line);
    }

    private static void addAlternative(String alternative, Set<String> exact, List<String> prefixes) throws SyntaxException {
        if (alternative.isEmpty()) {
            throw new SyntaxException("empty alternative in '|' list");
        }
        if (alternative.equals("?")) {
            exact.add("?");
            return;
        }
        boolean prefix = alternative.endsWith("*");
        boolean inflected = alternative.endsWith("+");
        String word = prefix || inflected ? alternative.substring(0, alternative.length() - 1) : alternative;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '\'' && c != '\u2019') {
                throw new SyntaxException("'" + alternative + "': a word may hold only letters, digits and apostrophes,"
                        + " with one trailing '*' (prefix) or '+' (inflections)");
            }
        }
        String key = fold(word);
        if (key.isEmpty()) {
            throw new SyntaxException("'" + alternative + "' has no letters");
        }
        if (prefix) {
            if (key.length() < MIN_PREFIX) {
                throw new SyntaxException("prefix '" + alternative + "' needs at least " + MIN_PREFIX + " letters before '*'");
            }
            prefixes.add(key);
        } else if (inflected) {
            exact.addAll(inflections(key));
        } else {
            exact.add(key);
        }
    }

    /** The matching key of a word: lower case ({@link Locale#ROOT}) without apostrophes. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.indexOf('\'') < 0 && lower.indexOf('\u2019') < 0 && lower.indexOf('\u2018') < 0) {
            return lower;
        }
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c != '\'' && c != '\u2019' && c != '\u2018') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@link #fold} of a token's key ({@code Token.key()}: already lower case by {@link Locale#ROOT}, typographic
     * apostrophes already {@code '}): the key without its apostrophes, the key itself when it has none. Lower-casing
     * a lower-cased string changes nothing, so this is {@code fold(key)} without the second pass.
     */
    static String foldKey(String key) {
        return key.indexOf('\'') < 0 ? key : withoutApostrophes(key);
    }

    /** {@code key} without its {@code '} chars: a plain loop, not {@code String.replace}, whose code the JIT would copy into each reader (speed, issue 16). */
    private static String withoutApostrophes(String key) {
        char[] chars = key.toCharArray();
        int n = 0;
        for (char c : chars) {
            if (c != '\'') {
                chars[n++] = c;
            }
        }
        return new String(chars, 0, n);
    }

    /** {@code word} and its regular inflections (-s, -es, -ed, -ing; e dropped, y to i, final consonant doubled). */
    static Set<String> inflections(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        forms.add(word + "s");
        forms.add(word + "es");
        forms.add(word + "ed");
        forms.add(word + "ing");
        int n = word.length();
        char last = word.charAt(n - 1);
        if (last == 'e') {
            String stem = word.substring(0, n - 1);
            forms.add(word + "d");
            forms.add(stem + "ing");
        } else if (last == 'y' && n > 1 && !isVowel(word.charAt(n - 2))) {
            String stem = word.substring(0, n - 1);
            forms.add(stem + "ies");
            forms.add(stem + "ied");
        } else if (n > 2 && !isVowel(last) && isVowel(word.charAt(n - 2)) && !isVowel(word.charAt(n - 3))
                && last != 'w' && last != 'x' && last != 'y') {
            forms.add(word + last + "ed");
            forms.add(word + last + "ing");
        }
        return forms;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
