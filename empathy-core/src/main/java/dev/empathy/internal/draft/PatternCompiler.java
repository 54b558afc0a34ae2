package dev.empathy.internal.draft;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compiles the token-pattern language into {@link TokenPattern}s. Thread-safe.
 *
 * <p>A pattern is a list of elements separated by spaces; {@code ||} separates alternative patterns.
 * <table>
 *   <caption>Elements</caption>
 *   <tr><td>{@code calm}</td><td>the token "calm" (case and typographic apostrophes ignored)</td></tr>
 *   <tr><td>{@code don't}</td><td>a contraction, expanded like the text: matches "don't", "dont", "do not"</td></tr>
 *   <tr><td>{@code calm|relax}</td><td>one token out of several</td></tr>
 *   <tr><td>{@code ~calm}</td><td>any inflection of "calm" listed in {@code words.tsv}</td></tr>
 *   <tr><td>{@code @imperative}</td><td>any word of a named list in {@code words.tsv}</td></tr>
 *   <tr><td>{@code !i|we}</td><td>any word token except these</td></tr>
 *   <tr><td>{@code $word}, {@code $caps}, {@code $bangs}</td><td>any word; a shouted all-caps word; "!!" or more</td></tr>
 *   <tr><td>{@code x?}</td><td>the element is optional (after a word; {@code ??} is two question marks)</td></tr>
 *   <tr><td>{@code *2}</td><td>a gap of 0 to 2 words (at most {@value #MAX_GAP})</td></tr>
 *   <tr><td>{@code ^}</td><td>first: the match starts at the sentence's first word</td></tr>
 *   <tr><td>{@code [ ... ]}</td><td>only these elements are reported; the others are required context</td></tr>
 *   <tr><td>{@code ... -- but|instead}</td><td>last: no match when one of these words follows later in the sentence</td></tr>
 * </table>
 * A pattern has at most {@value #MAX_ELEMENTS} elements after expansion and at least one required one.
 * These limits and the absence of nesting and repetition keep matching linear in the text length.
 */
public final class PatternCompiler {

    public static final int MAX_ELEMENTS = 16;
    public static final int MAX_GAP = 4;

    private final WordData words;

    public PatternCompiler(WordData words) {
        this.words = words;
    }

    /**
     * Compiles {@code pattern}.
     *
     * @throws IllegalArgumentException with a one-line problem description when the pattern is malformed
     */
    public List<TokenPattern> compile(String pattern) {
        // split by hand on whitespace-separated "||" and "--": a regex such as \s+\|\|\s+ backtracks
        // quadratically over a long run of spaces in vendor data
        List<TokenPattern> result = new ArrayList<>();
        for (List<String> alternative : splitOn(parts(pattern), "||")) {
            List<List<String>> unless = splitOn(alternative, "--");
            if (unless.size() > 2) {
                throw new IllegalArgumentException("'--' may appear once per pattern");
            }
            Set<String> unlessAfter = Set.of();
            if (unless.size() == 2) {
                if (unless.get(1).size() != 1) {
                    throw new IllegalArgumentException("'--' must be followed by words separated by '|'");
                }
                unlessAfter = new HashSet<>();
                for (String word : unless.get(1).get(0).split("\\|", -1)) {
                    if (word.isBlank()) {
                        throw new IllegalArgumentException("'--' must be followed by words separated by '|'");
                    }
                    unlessAfter.add(WordData.normalise(word));
                }
            }
            result.add(compileOne(unless.get(0), unlessAfter));
        }
        return List.copyOf(result);
    }

    /** The parts of {@code text} between runs of ASCII whitespace (what {@code \s} matches); linear time. */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                parts.add(text.substring(start, i));
            }
        }
        return parts;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code parts} split at each part equal to {@code separator}; always at least one (possibly empty) list. */
    private static List<List<String>> splitOn(List<String> parts, String separator) {
        List<List<String>> groups = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String part : parts) {
            if (part.equals(separator)) {
                groups.add(current);
                current = new ArrayList<>();
            } else {
                current.add(part);
            }
        }
        groups.add(current);
        return groups;
    }

    private TokenPattern compileOne(List<String> parts, Set<String> unlessAfter) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        List<TokenPattern.Element> elements = new ArrayList<>();
        boolean anchored = false;
        int open = -1;
        int close = -1;
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.equals("^")) {
                if (i != 0) {
                    throw new IllegalArgumentException("'^' must come first in a pattern");
                }
                anchored = true;
            } else if (part.equals("[")) {
                if (open >= 0) {
                    throw new IllegalArgumentException("a pattern has at most one '[ ... ]' span");
                }
                open = elements.size();
            } else if (part.equals("]")) {
                if (open < 0 || close >= 0) {
                    throw new IllegalArgumentException("']' without a matching '['");
                }
                close = elements.size();
            } else if (isGap(part)) {
                int gap = part.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(part.substring(1));
                if (gap < 1 || gap > MAX_GAP) {
                    throw new IllegalArgumentException("gap '" + part + "' must be between *1 and *" + MAX_GAP);
                }
                for (int g = 0; g < gap; g++) {
                    elements.add(new TokenPattern.Element(new TokenClass(TokenClass.Kind.WORD, Set.of()), true));
                }
            } else {
                addElement(part, elements);
            }
            if (elements.size() > MAX_ELEMENTS) {
                throw new IllegalArgumentException("pattern has more than " + MAX_ELEMENTS + " elements");
            }
        }
        if (open >= 0 && close < 0) {
            throw new IllegalArgumentException("'[' without a matching ']'");
        }
        if (open < 0) {
            open = 0;
            close = elements.size();
        }
        if (close <= open) {
            throw new IllegalArgumentException("'[ ]' must enclose at least one element");
        }
        boolean required = false;
        for (int i = 0; i < elements.size(); i++) {
            boolean context = i < open || i >= close;
            if (context && elements.get(i).optional()) {
                throw new IllegalArgumentException("context outside '[ ]' cannot be optional or a gap");
            }
            required |= !elements.get(i).optional();
        }
        boolean spanRequired = false;
        for (int i = open; i < close; i++) {
            spanRequired |= !elements.get(i).optional();
        }
        if (!required || !spanRequired) {
            throw new IllegalArgumentException("pattern needs at least one required element in its reported span");
        }
        return new TokenPattern(elements, anchored, open, elements.size() - close, unlessAfter);
    }

    /** A gap: '*' and ASCII digits ("*2"). */
    private static boolean isGap(String part) {
        if (part.length() < 2 || part.charAt(0) != '*') {
            return false;
        }
        for (int i = 1; i < part.length(); i++) {
            if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private void addElement(String part, List<TokenPattern.Element> out) {
        boolean optional = part.length() > 1 && part.endsWith("?") && Character.isLetterOrDigit(part.charAt(part.length() - 2));
        String body = optional ? part.substring(0, part.length() - 1) : part;
        boolean negated = body.length() > 1 && body.startsWith("!") && (Character.isLetterOrDigit(body.charAt(1)) || body.charAt(1) == '@' || body.charAt(1) == '~');
        if (negated) {
            body = body.substring(1);
        }
        if (body.startsWith("$")) {
            TokenClass.Kind kind = switch (body) {
                case "$word" -> TokenClass.Kind.WORD;
                case "$caps" -> TokenClass.Kind.SHOUT;
                case "$bangs" -> TokenClass.Kind.BANGS;
                default -> throw new IllegalArgumentException("unknown token class '" + body + "', expected $word, $caps or $bangs");
            };
            if (negated) {
                throw new IllegalArgumentException("'" + part + "': a token class cannot be negated");
            }
            out.add(new TokenPattern.Element(new TokenClass(kind, Set.of()), optional));
            return;
        }
        String[] alternatives = body.split("\\|", -1);
        if (alternatives.length == 1 && !negated && !body.startsWith("@") && !body.startsWith("~")) {
            List<String> keys = expand(WordData.normalise(body), part);
            for (String key : keys) {
                out.add(new TokenPattern.Element(new TokenClass(TokenClass.Kind.KEYS, Set.of(key)), optional));
            }
            return;
        }
        Set<String> keys = new HashSet<>();
        for (String alternative : alternatives) {
            if (alternative.isEmpty()) {
                throw new IllegalArgumentException("'" + part + "' has an empty alternative");
            }
            if (alternative.startsWith("@")) {
                Set<String> list = words.list(alternative.substring(1));
                if (list == null) {
                    throw new IllegalArgumentException("unknown word list '" + alternative + "'");
                }
                keys.addAll(list);
            } else if (alternative.startsWith("~")) {
                Set<String> forms = words.forms(WordData.normalise(alternative.substring(1)));
                if (forms == null) {
                    throw new IllegalArgumentException("no forms listed for '" + alternative + "'");
                }
                keys.addAll(forms);
            } else {
                List<String> expanded = expand(WordData.normalise(alternative), part);
                if (expanded.size() != 1) {
                    throw new IllegalArgumentException("alternative '" + alternative + "' in '" + part
                            + "' is " + expanded.size() + " tokens; write it as a separate pattern after '||'");
                }
                keys.add(expanded.get(0));
            }
        }
        out.add(new TokenPattern.Element(new TokenClass(negated ? TokenClass.Kind.NOT_KEYS : TokenClass.Kind.KEYS, keys), optional));
    }

    private List<String> expand(String key, String part) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("'" + part + "' is empty");
        }
        List<String> expansion = words.expansion(key);
        return expansion != null ? expansion : List.of(key);
    }
}
