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

    private final Map<String, Group<T>> byFirstKey;
    private final Group<T> byFirstClass;
    private final TokenClasses classes;

    private PhraseIndex(Map<String, Group<T>> byFirstKey, Group<T> byFirstClass, TokenClasses classes) {
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
        Map<String, Group<T>> groups = new HashMap<>();
        byFirstKey.forEach((key, list) -> groups.put(key, new Group<>(list)));
        return new PhraseIndex<>(Map.copyOf(groups), new Group<>(byFirstClass), classes);
    }

    /**
     * The phrases sharing a first element, longest first. A large group (a vendor file of 100,000
     * "{any} zq1", "{any} zq2", ...) is also indexed by its phrases' second element, so that a lookup
     * tries only the phrases whose second element can match the next token: work per token stays bounded
     * by the phrases that could match, not by the size of the lexicon.
     */
    private static final class Group<T> {
        private static final int INDEX_ABOVE = 8;

        private final List<Phrase<T>> all; // longest first
        private final List<Ranked<T>> loose; // second element missing, a placeholder, or not starting with a letter or digit
        private final List<Phrase<T>> loosePhrases; // the phrases of loose, in order: the candidates when no second key is found
        private final Map<String, List<Ranked<T>>> bySecondKey; // null for a small group

        /** A phrase and its place in {@code all}, so that candidates are tried in the same order. */
        private record Ranked<T>(int rank, Phrase<T> phrase) {
        }

        Group(List<Phrase<T>> phrases) {
            List<Phrase<T>> sorted = new ArrayList<>(phrases);
            sorted.sort(Comparator.comparingInt(Phrase<T>::length).reversed());
            this.all = List.copyOf(sorted);
            if (all.size() <= INDEX_ABOVE) {
                this.loose = null;
                this.loosePhrases = null;
                this.bySecondKey = null;
                return;
            }
            List<Ranked<T>> loose = new ArrayList<>();
            Map<String, List<Ranked<T>>> bySecondKey = new HashMap<>();
            for (int rank = 0; rank < all.size(); rank++) {
                Phrase<T> phrase = all.get(rank);
                Ranked<T> ranked = new Ranked<>(rank, phrase);
                Element second = phrase.length() > 1 ? phrase.elements()[1] : null;
                if (second == null || second.key() == null || !startsWithLetterOrDigit(second.key())) {
                    loose.add(ranked); // punctuation or a symbol may be skipped or matched: always tried
                    continue;
                }
                bySecondKey.computeIfAbsent(second.key(), k -> new ArrayList<>()).add(ranked);
                if (second.keyWithoutApostrophes() != null) {
                    bySecondKey.computeIfAbsent(second.keyWithoutApostrophes(), k -> new ArrayList<>()).add(ranked);
                }
            }
            this.loose = List.copyOf(loose);
            this.loosePhrases = loose.stream().map(Ranked::phrase).toList();
            this.bySecondKey = Map.copyOf(bySecondKey);
        }

        /**
         * The phrases that may match at {@code index}, in {@link #all} order. A phrase's second element
         * (a word) can only match the first token after {@code index} that {@code matches} does not skip
         * (inner punctuation is skipped), as that token's key, its noun before "'s", or a shortened
         * stretch; every other phrase is always tried.
         */
        List<Phrase<T>> candidates(List<Token> tokens, int index) {
            if (bySecondKey == null) {
                return all;
            }
            int next = index + 1;
            while (next < tokens.size() && tokens.get(next).kind() == Token.Kind.PUNCTUATION && !isSentenceEnd(tokens.get(next))) {
                next++; // bounded: matches() walks the same punctuation for every phrase it tries
            }
            if (next >= tokens.size()) {
                return loosePhrases;
            }
            String key = tokens.get(next).key();
            List<Ranked<T>> byKey = bySecondKey.get(key);
            List<Ranked<T>> possessive = key.endsWith("'s") ? bySecondKey.get(key.substring(0, key.length() - 2)) : null;
            String two = shorten(key, 2);
            List<Ranked<T>> shortTwo = two == null ? null : bySecondKey.get(two);
            List<Ranked<T>> shortOne = two == null ? null : bySecondKey.get(shorten(key, 1));
            if (byKey == null && possessive == null && shortTwo == null && shortOne == null) {
                return loosePhrases; // the common case: no allocation, no sort (speed, issue 16)
            }
            List<Ranked<T>> found = new ArrayList<>(loose);
            addAll(found, byKey);
            addAll(found, possessive);
            addAll(found, shortTwo);
            addAll(found, shortOne);
            found.sort(Comparator.comparingInt(Ranked::rank));
            List<Phrase<T>> phrases = new ArrayList<>(found.size());
            int lastRank = -1;
            for (Ranked<T> ranked : found) {
                if (ranked.rank() != lastRank) {
                    phrases.add(ranked.phrase());
                    lastRank = ranked.rank();
                }
            }
            return phrases;
        }

        boolean isEmpty() {
            return all.isEmpty();
        }

        private static <T> void addAll(List<Ranked<T>> found, List<Ranked<T>> more) {
            if (more != null) {
                found.addAll(more);
            }
        }

        private static boolean startsWithLetterOrDigit(String key) {
            return !key.isEmpty() && Character.isLetterOrDigit(key.codePointAt(0));
        }
    }

    /** The longest match starting at {@code tokens[index]}, or null if none. */
    Match<T> longestAt(List<Token> tokens, int index) {
        Token first = tokens.get(index);
        Match<T> best = null;
        Group<T> candidates = byFirstKey.get(first.key());
        if (candidates != null) {
            best = longest(candidates.candidates(tokens, index), tokens, index, best);
        }
        String shortened = shorten(first.key(), 2);
        if (shortened != null) {
            for (String variant : new String[] {shortened, shorten(first.key(), 1)}) {
                Group<T> stretched = byFirstKey.get(variant);
                if (stretched != null) {
                    best = longest(stretched.candidates(tokens, index), tokens, index, best);
                }
            }
        }
        if (!byFirstClass.isEmpty() && first.isWord()) { // a placeholder only ever matches a word
            best = longest(byFirstClass.candidates(tokens, index), tokens, index, best);
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
