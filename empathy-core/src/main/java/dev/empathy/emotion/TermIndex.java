package dev.empathy.emotion;

import dev.empathy.emotion.TokenClasses.TokenClass;
import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Longest-match lookup of the lexicon's terms (words and token phrases: "fed up", "for {number} {timeunit}",
 * "don't") over a sentence's tokens; the lexicon, its modifiers, question openers and service failures each
 * have one. Immutable once built; matching allocates only for hits.
 *
 * <p>Lookup is forgiving in three documented ways: a token typed without its apostrophe ("dont") matches
 * an element written with one ("don't"); a possessive ("wife's") matches its noun ("wife"); and a
 * stretched token ("sooo", "pleeease") matches after runs of three or more equal letters are shortened
 * to two, then to one.
 *
 * @param <T> the value attached to each phrase
 */
final class TermIndex<T> {

    /** One element of a phrase: a literal token key (possibly punctuation) or a placeholder class. */
    record Element(String key, String keyWithoutApostrophes, TokenClass tokenClass, boolean punctuation) {
    }

    /**
     * A term (a word or phrase of the data) and its value; {@code required} is the number of its elements up to
     * and with the last one that is not punctuation (the rest are optional at a sentence's end, {@link #matches}).
     */
    record Term<T>(String text, Element[] elements, T value, int required) {
        /** The term of {@code elements}, its {@code required} count read from them. */
        Term(String text, Element[] elements, T value) {
            this(text, elements, value, required(elements));
        }

        int length() {
            return elements.length;
        }

        private static int required(Element[] elements) {
            int required = elements.length;
            while (required > 0 && elements[required - 1].punctuation()) {
                required--;
            }
            return required;
        }
    }

    /** A match at a position: how many tokens it covers, the values of all phrases that long, whether a token was stretched. */
    record Match<T>(int length, List<T> values, boolean elongated) {
    }

    private final Map<String, TermGroup<T>> byFirstKey; // never changed after construction
    /**
     * The phrases starting with a placeholder, by the classes a word belongs to ({@link TokenClasses#classesOf}):
     * entry {@code m} holds, in data order, those whose first class is {@code {any}} or in the set {@code m},
     * so that a word tries only the placeholders it can match; null when no phrase starts with one.
     */
    private final List<TermGroup<T>> byFirstClass;
    private final TokenClasses classes;
    /** Its slot in the {@link Vocabulary} that serves it ({@link #serve}), -1 if none: set once at load, before the engine is shared. */
    private int slot = -1;

    private TermIndex(Map<String, TermGroup<T>> byFirstKey, List<TermGroup<T>> byFirstClass, TokenClasses classes) {
        this.byFirstKey = byFirstKey;
        this.byFirstClass = byFirstClass;
        this.classes = classes;
    }

    /**
     * Builds the index; the groups sort and index their phrases on first use ({@link TermGroup}). One map, filled
     * in one pass, and no lambdas: this runs cold, at start-up.
     */
    static <T> TermIndex<T> of(List<Term<T>> terms, TokenClasses classes) {
        // kept a HashMap, never changed after this: its look-up compares hashes before keys (speed, issue 16)
        Map<String, TermGroup<T>> byFirstKey = new HashMap<>(terms.size() * 2);
        List<Term<T>> byFirstClass = new ArrayList<>();
        for (Term<T> phrase : terms) {
            Element first = phrase.elements()[0];
            if (first.tokenClass() != null) {
                byFirstClass.add(phrase);
            } else {
                add(byFirstKey, first.key(), phrase);
                if (first.keyWithoutApostrophes() != null) {
                    add(byFirstKey, first.keyWithoutApostrophes(), phrase);
                }
            }
        }
        return new TermIndex<>(byFirstKey, byClassSet(byFirstClass), classes);
    }

    private static <T> void add(Map<String, TermGroup<T>> byFirstKey, String key, Term<T> phrase) {
        TermGroup<T> group = byFirstKey.get(key);
        if (group == null) {
            group = new TermGroup<>(new ArrayList<>(2));
            byFirstKey.put(key, group);
        }
        group.add(phrase);
    }

    /**
     * The index of the groups the build wrote ({@link CompactTables.Index}): equal to {@link #of} of the same
     * phrases, without grouping them again; a group's phrases are made on its first look-up ({@link TermGroup}).
     */
    static <T> TermIndex<T> ofGroups(CompactTables.Index index, TermGroup.Rows<T> rows, TokenClasses classes) {
        int[] keys = index.keys();
        int[] ends = index.ends();
        Map<String, TermGroup<T>> byFirstKey = new HashMap<>(keys.length * 2); // a HashMap, as in of()
        int start = 0;
        for (int g = 0; g < keys.length; g++) {
            byFirstKey.put(rows.key(keys[g]), new TermGroup<>(rows, index.rows(), start, ends[g]));
            start = ends[g];
        }
        List<Term<T>> byFirstClass = new ArrayList<>(index.classRows().length);
        for (int row : index.classRows()) {
            byFirstClass.add(rows.term(row));
        }
        return new TermIndex<>(byFirstKey, byClassSet(byFirstClass), classes);
    }

    /** Entry {@code m}: the phrases of {@code byFirstClass} whose first class is {@code {any}} or in the set {@code m}. */
    private static <T> List<TermGroup<T>> byClassSet(List<Term<T>> byFirstClass) {
        if (byFirstClass.isEmpty()) {
            return null;
        }
        List<TermGroup<T>> groups = new ArrayList<>(TokenClasses.CLASS_SETS);
        for (int set = 0; set < TokenClasses.CLASS_SETS; set++) {
            List<Term<T>> phrases = new ArrayList<>();
            for (Term<T> phrase : byFirstClass) {
                TokenClass first = phrase.elements()[0].tokenClass();
                if (first == TokenClass.ANY || (set & TokenClasses.bit(first)) != 0) {
                    phrases.add(phrase);
                }
            }
            groups.add(new TermGroup<>(phrases));
        }
        return List.copyOf(groups);
    }

    /** The phrases by their first key, for building a {@link Vocabulary}. */
    Map<String, TermGroup<T>> groupsByFirstKey() {
        return byFirstKey;
    }

    /** Records that the vocabulary being built gives this index {@code slot} ({@link Vocabulary#of}). */
    void serve(int slot) {
        if (this.slot >= 0) {
            throw new IllegalStateException("index already served by a vocabulary");
        }
        this.slot = slot;
    }

    /**
     * False if no phrase can start at any of {@code tokens} (their {@code known} entries start none of this
     * index's phrases, none is stretched and no phrase starts with a placeholder), so a caller may skip the
     * sentence, or a sub-list of its tokens; true otherwise. Linear in the tokens, no look-up.
     */
    boolean mayMatchIn(List<Token> tokens, Vocabulary.Entry[] known) {
        if (byFirstClass != null || slot < 0 || known == null) {
            return true;
        }
        for (int t = 0; t < tokens.size(); t++) {
            if ((known[t] != null && known[t].groups[slot] != null) || tokens.get(t).stretched()) {
                return true;
            }
        }
        return false;
    }

    /** The longest match starting at {@code tokens[index]}, or null if none. */
    Match<T> longestAt(List<Token> tokens, int index) {
        return longestAt(tokens, null, index);
    }

    /**
     * The longest match starting at {@code tokens[index]}, or null if none; {@code known} is the
     * {@link Vocabulary#lookUp look-up} of {@code tokens} in the vocabulary serving this index (or null), so
     * that no key is looked up again. The same result as without it.
     */
    @SuppressWarnings("unchecked")
    Match<T> longestAt(List<Token> tokens, Vocabulary.Entry[] known, int index) {
        if (slot < 0) {
            known = null;
        }
        Token first = tokens.get(index);
        Match<T> best = null;
        TermGroup<T> candidates;
        if (known != null) {
            candidates = known[index] == null ? null : (TermGroup<T>) known[index].groups[slot];
        } else {
            candidates = byFirstKey.get(first.key());
        }
        if (candidates != null) { // grouped by the token's own key: their first elements match it (speed, issue 16)
            best = longest(candidates.candidates(tokens, index), tokens, known, index, best, 1);
        }
        if (first.stretched()) {
            for (String variant : new String[] {shorten(first.key(), 2), shorten(first.key(), 1)}) {
                TermGroup<T> stretched = byFirstKey.get(variant);
                if (stretched != null) {
                    best = longest(stretched.candidates(tokens, index), tokens, known, index, best, 0);
                }
            }
        }
        if (byFirstClass != null && first.isWord()) { // a placeholder only ever matches a word
            TermGroup<T> placeholders = byFirstClass.get(classesOf(tokens, known, index));
            if (!placeholders.isEmpty()) {
                best = longest(placeholders.candidates(tokens, index), tokens, known, index, best, 0);
            }
        }
        return best;
    }

    /** The token classes of {@code tokens[t]}, from {@code known} when given. */
    private int classesOf(List<Token> tokens, Vocabulary.Entry[] known, int t) {
        if (known == null) {
            return classes.classesOf(tokens.get(t).key());
        }
        return TokenClasses.classesOf(known[t] == null ? 0 : known[t].listedClasses, tokens.get(t).key());
    }

    /**
     * The longest of {@code best} and the matches of {@code candidates} at {@code index}; their first {@code matched}
     * elements (0 or 1) are known to match {@code tokens[index]} plainly (the group of its key), so are not tested again.
     */
    private Match<T> longest(Term<T>[] candidates, List<Token> tokens, Vocabulary.Entry[] known, int index, Match<T> best,
                             int matched) {
        for (int phraseNo = 0; phraseNo < candidates.length; phraseNo++) {
            Term<T> phrase = candidates[phraseNo];
            int result = matches(phrase, tokens, known, index, matched);
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
     * great" and the other way round. Work is bounded by twice the phrase length. The first {@code matched}
     * elements are known to match the tokens from {@code index} plainly.
     */
    private int matches(Term<T> phrase, List<Token> tokens, Vocabulary.Entry[] known, int index, int matched) {
        Element[] elements = phrase.elements();
        int e = matched;
        int t = index + matched;
        int elongated = 0;
        while (e < elements.length) {
            if (t >= tokens.size()) {
                return atSentenceEnd(phrase, e, (t - index) << 1 | elongated);
            }
            Element element = elements[e];
            Token token = tokens.get(t);
            int match = matchesToken(element, tokens, known, t);
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

    /**
     * The result of {@link #matches} when the sentence ends before element {@code e}: {@code result} if every element
     * left is punctuation (optional), else -1. No branch on it: a phrase running past the sentence end with only
     * punctuation left ("not 100" of "not 100% sure") is so rare that a branch for it, never taken while the JIT
     * profiled, made C2 deoptimise and compile the whole look-up again the first time it was (speed, issue 16).
     */
    private static int atSentenceEnd(Term<?> phrase, int e, int result) {
        int missing = (e - phrase.required()) >> 31; // -1 while a required element is left, else 0
        return result | missing;
    }

    /** -1 if no match, 0 for a plain match, 1 if the token had to be un-stretched. */
    private int matchesToken(Element element, List<Token> tokens, Vocabulary.Entry[] known, int t) {
        Token token = tokens.get(t);
        if (element.tokenClass() != null) {
            return token.isWord() && (element.tokenClass() == TokenClass.ANY
                    || (classesOf(tokens, known, t) & TokenClasses.bit(element.tokenClass())) != 0) ? 0 : -1;
        }
        String key = token.key();
        if (sameKey(key, element.key())
                || (element.keyWithoutApostrophes() != null && sameKey(key, element.keyWithoutApostrophes()))) {
            return 0;
        }
        if (!token.isWord()) {
            return -1;
        }
        // the length first: one compare rejects almost every pair without reading a char (speed, issue 16)
        if (key.length() == element.key().length() + 2 && key.endsWith("'s") && key.startsWith(element.key())) {
            return 0; // a possessive matches its noun: "wife's" matches "wife"
        }
        if (token.stretched() && (element.key().equals(shorten(key, 2)) || element.key().equals(shorten(key, 1)))) {
            return 1;
        }
        return -1;
    }

    /**
     * {@code key.equals(other)}, the lengths compared first: most keys tried against an element differ in length, and
     * that compare is inlined where the call to {@code equals} often is not (speed, issue 16).
     */
    private static boolean sameKey(String key, String other) {
        return key.length() == other.length() && key.equals(other);
    }

    static boolean isSentenceEnd(Token token) {
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
}
