package dev.empathy.emotion;

import dev.empathy.emotion.TokenClasses.TokenClass;
import dev.empathy.internal.text.TextAnalyzer;
import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Longest-match lookup of token phrases ("fed up", "for {number} {timeunit}", "don't") over a
 * sentence's tokens. Immutable once built; matching allocates only for hits.
 *
 * <p>Lookup is forgiving in three documented ways: a token typed without its apostrophe ("dont") matches
 * an element written with one ("don't"); a possessive ("wife's") matches its noun ("wife"); and a
 * stretched token ("sooo", "pleeease") matches after runs of three or more equal letters are shortened
 * to two, then to one.
 *
 * @param <T> the value attached to each phrase
 */
final class PhraseIndex<T> {

    /** One element of a phrase: a literal token key (possibly punctuation) or a placeholder class. */
    record Element(String key, String keyWithoutApostrophes, TokenClass tokenClass, boolean punctuation) {
    }

    /** A phrase and its value. */
    record Phrase<T>(String text, Element[] elements, T value) {
        int length() {
            return elements.length;
        }
    }

    /** A match at a position: how many tokens it covers, the values of all phrases that long, whether a token was stretched. */
    record Match<T>(int length, List<T> values, boolean elongated) {
    }

    private final Map<String, List<Phrase<T>>> byFirstKey;
    private final List<Phrase<T>> byFirstClass;
    private final TokenClasses classes;

    private PhraseIndex(Map<String, List<Phrase<T>>> byFirstKey, List<Phrase<T>> byFirstClass, TokenClasses classes) {
        this.byFirstKey = byFirstKey;
        this.byFirstClass = byFirstClass;
        this.classes = classes;
    }

    /**
     * Parses a phrase as the lexicon writes it: space-separated parts, each a placeholder such as
     * {@code {number}} or text that is tokenised like a message. Returns null if it yields no token.
     */
    static Element[] parse(String phrase) {
        List<Element> elements = new ArrayList<>();
        for (String part : words(phrase)) {
            TokenClass tokenClass = TokenClass.ofPlaceholder(part);
            if (tokenClass != null) {
                elements.add(new Element(null, null, tokenClass, false));
                continue;
            }
            if (isPlainWord(part)) { // the tokenizer would give this one word token: skip it (start-up time)
                String stripped = stripApostrophes(part);
                elements.add(new Element(part, stripped.equals(part) ? null : stripped, null, false));
                continue;
            }
            for (Token token : TextAnalyzer.tokens(part)) {
                String stripped = stripApostrophes(token.key());
                elements.add(new Element(token.key(), stripped.equals(token.key()) ? null : stripped, null,
                        token.kind() == Token.Kind.PUNCTUATION));
            }
        }
        return elements.isEmpty() ? null : elements.toArray(new Element[0]);
    }

    static <T> PhraseIndex<T> of(List<Phrase<T>> phrases, TokenClasses classes) {
        Map<String, List<Phrase<T>>> byFirstKey = new HashMap<>();
        List<Phrase<T>> byFirstClass = new ArrayList<>();
        for (Phrase<T> phrase : phrases) {
            Element first = phrase.elements()[0];
            if (first.tokenClass() != null) {
                byFirstClass.add(phrase);
            } else {
                byFirstKey.computeIfAbsent(first.key(), k -> new ArrayList<>()).add(phrase);
                if (first.keyWithoutApostrophes() != null) {
                    byFirstKey.computeIfAbsent(first.keyWithoutApostrophes(), k -> new ArrayList<>()).add(phrase);
                }
            }
        }
        Comparator<Phrase<T>> longestFirst = Comparator.comparingInt(Phrase<T>::length).reversed();
        byFirstKey.replaceAll((key, list) -> {
            list.sort(longestFirst);
            return List.copyOf(list);
        });
        byFirstClass.sort(longestFirst);
        return new PhraseIndex<>(Map.copyOf(byFirstKey), List.copyOf(byFirstClass), classes);
    }

    /** The longest match starting at {@code tokens[index]}, or null if none. */
    Match<T> longestAt(List<Token> tokens, int index) {
        Token first = tokens.get(index);
        Match<T> best = null;
        List<Phrase<T>> candidates = byFirstKey.get(first.key());
        if (candidates != null) {
            best = longest(candidates, tokens, index, best);
        }
        String shortened = shorten(first.key(), 2);
        if (shortened != null) {
            for (String variant : new String[] {shortened, shorten(first.key(), 1)}) {
                List<Phrase<T>> stretched = byFirstKey.get(variant);
                if (stretched != null) {
                    best = longest(stretched, tokens, index, best);
                }
            }
        }
        if (!byFirstClass.isEmpty()) {
            best = longest(byFirstClass, tokens, index, best);
        }
        return best;
    }

    private Match<T> longest(List<Phrase<T>> candidates, List<Token> tokens, int index, Match<T> best) {
        for (Phrase<T> phrase : candidates) {
            int result = matches(phrase, tokens, index);
            if (result < 0) {
                continue;
            }
            int consumed = result >> 1;
            boolean elongated = (result & 1) == 1;
            if (best == null || consumed > best.length()) {
                List<T> values = new ArrayList<>(2);
                values.add(phrase.value());
                best = new Match<>(consumed, values, elongated);
            } else if (consumed == best.length() && !best.values().contains(phrase.value())) {
                best.values().add(phrase.value());
            }
        }
        return best;
    }

    /**
     * -1 if {@code phrase} does not match at {@code index}; otherwise {@code consumed << 1 | elongated}.
     * Punctuation is optional inside a phrase on both sides: "great, just great" matches "great just
     * great" and the other way round. Work is bounded by twice the phrase length.
     */
    private int matches(Phrase<T> phrase, List<Token> tokens, int index) {
        Element[] elements = phrase.elements();
        int e = 0;
        int t = index;
        int elongated = 0;
        while (e < elements.length) {
            Element element = elements[e];
            if (t >= tokens.size()) {
                if (element.punctuation()) {
                    e++;
                    continue;
                }
                return -1;
            }
            Token token = tokens.get(t);
            int match = matchesToken(element, token);
            if (match >= 0) {
                elongated |= match;
                e++;
                t++;
            } else if (element.punctuation()) {
                e++;
            } else if (e > 0 && token.kind() == Token.Kind.PUNCTUATION && !isSentenceEnd(token)) {
                t++;
            } else {
                return -1;
            }
        }
        return (t - index) << 1 | elongated;
    }

    /** -1 if no match, 0 for a plain match, 1 if the token had to be un-stretched. */
    private int matchesToken(Element element, Token token) {
        if (element.tokenClass() != null) {
            return token.isWord() && classes.matches(element.tokenClass(), token.key()) ? 0 : -1;
        }
        String key = token.key();
        if (key.equals(element.key())
                || (element.keyWithoutApostrophes() != null && key.equals(element.keyWithoutApostrophes()))) {
            return 0;
        }
        if (!token.isWord()) {
            return -1;
        }
        if (key.endsWith("'s") && key.length() == element.key().length() + 2 && key.startsWith(element.key())) {
            return 0; // a possessive matches its noun: "wife's" matches "wife"
        }
        String two = shorten(key, 2);
        if (two != null && (two.equals(element.key()) || element.key().equals(shorten(key, 1)))) {
            return 1;
        }
        return -1;
    }

    private static boolean isSentenceEnd(Token token) {
        char c = token.key().charAt(0);
        return c == '.' || c == '!' || c == '?';
    }

    /**
     * {@code key} with every run of three or more equal letters cut to {@code keep} letters ("annoyyyyed"
     * gives "annoyyed" or "annoyed"; the double "nn" stays), or null if it has no such run.
     */
    static String shorten(String key, int keep) {
        int length = key.length();
        StringBuilder out = null;
        int i = 0;
        while (i < length) {
            char c = key.charAt(i);
            int runEnd = i + 1;
            while (runEnd < length && key.charAt(runEnd) == c) {
                runEnd++;
            }
            int run = runEnd - i;
            if (run >= 3 && Character.isLetter(c)) {
                if (out == null) {
                    out = new StringBuilder(length).append(key, 0, i);
                }
                for (int k = 0; k < keep; k++) {
                    out.append(c);
                }
            } else if (out != null) {
                out.append(key, i, runEnd);
            }
            i = runEnd;
        }
        return out == null ? null : out.toString();
    }

    /** The white-space separated parts of {@code text}; no regular expression (this runs ~4,000 times at start-up). */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>(4);
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i));
            }
        }
        return words;
    }

    /** Lower-case ASCII letters and digits, with apostrophes only between them: "don't", "3rd", "wifi". */
    private static boolean isPlainWord(String part) {
        int length = part.length();
        for (int i = 0; i < length; i++) {
            char c = part.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            boolean innerApostrophe = c == '\'' && i > 0 && i < length - 1 && part.charAt(i - 1) != '\'';
            if (!letterOrDigit && !innerApostrophe) {
                return false;
            }
        }
        return length > 0;
    }

    static String stripApostrophes(String key) {
        return key.indexOf('\'') < 0 ? key : key.replace("'", "");
    }
}
