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
 * <p>Lookup is forgiving in two documented ways: a token typed without its apostrophe ("dont") matches
 * an element written with one ("don't"); and a stretched token ("sooo", "pleeease") matches after runs of
 * three or more equal letters are shortened to two, then to one.
 *
 * @param <T> the value attached to each phrase
 */
final class PhraseIndex<T> {

    /** One element of a phrase: a literal token key or a placeholder class. */
    record Element(String key, String keyWithoutApostrophes, TokenClass tokenClass) {
    }

    /** A phrase and its value. */
    record Phrase<T>(String text, Element[] elements, T value) {
        int length() {
            return elements.length;
        }
    }

    /** A match at a position: how many tokens it covers, the values of all phrases of that length, whether stretched. */
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
        for (String part : phrase.strip().split("\\s+")) {
            TokenClass tokenClass = TokenClass.ofPlaceholder(part);
            if (tokenClass != null) {
                elements.add(new Element(null, null, tokenClass));
                continue;
            }
            for (Token token : TextAnalyzer.tokens(part)) {
                String stripped = stripApostrophes(token.key());
                elements.add(new Element(token.key(), stripped.equals(token.key()) ? null : stripped, null));
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
            if (best != null && phrase.length() < best.length()) {
                break; // sorted longest first: nothing longer follows
            }
            int elongated = matches(phrase, tokens, index);
            if (elongated < 0) {
                continue;
            }
            if (best == null || phrase.length() > best.length()) {
                List<T> values = new ArrayList<>(2);
                values.add(phrase.value());
                best = new Match<>(phrase.length(), values, elongated > 0);
            } else if (!best.values().contains(phrase.value())) {
                best.values().add(phrase.value());
            }
        }
        return best;
    }

    /** -1 if no match, 0 for a plain match, 1 if a stretched token was needed. */
    private int matches(Phrase<T> phrase, List<Token> tokens, int index) {
        Element[] elements = phrase.elements();
        if (index + elements.length > tokens.size()) {
            return -1;
        }
        int elongated = 0;
        for (int e = 0; e < elements.length; e++) {
            Element element = elements[e];
            Token token = tokens.get(index + e);
            if (element.tokenClass() != null) {
                if (!token.isWord() || !classes.matches(element.tokenClass(), token.key())) {
                    return -1;
                }
                continue;
            }
            String key = token.key();
            if (key.equals(element.key())
                    || (element.keyWithoutApostrophes() != null && key.equals(element.keyWithoutApostrophes()))) {
                continue;
            }
            String two = shorten(key, 2);
            if (two != null && (two.equals(element.key()) || element.key().equals(shorten(key, 1)))) {
                elongated = 1;
                continue;
            }
            return -1;
        }
        return elongated;
    }

    /** {@code key} with runs of 3+ equal letters cut to {@code keep} letters, or null if it has no such run. */
    static String shorten(String key, int keep) {
        int length = key.length();
        boolean hasRun = false;
        for (int i = 2; i < length; i++) {
            char c = key.charAt(i);
            if (Character.isLetter(c) && c == key.charAt(i - 1) && c == key.charAt(i - 2)) {
                hasRun = true;
                break;
            }
        }
        if (!hasRun) {
            return null;
        }
        StringBuilder out = new StringBuilder(length);
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = key.charAt(i);
            run = i > 0 && c == key.charAt(i - 1) ? run + 1 : 1;
            if (run <= keep || !Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String stripApostrophes(String key) {
        return key.indexOf('\'') < 0 ? key : key.replace("'", "");
    }
}
