package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of a {@link TermIndex} sharing a first element, longest first. A large group (a vendor file of 100,000
 * "{any} zq1", "{any} zq2", ...) is also indexed by its phrases' second element, so that a lookup
 * tries only the phrases whose second element can match the next token: work per token stays bounded
 * by the phrases that could match, not by the size of the lexicon.
 */
final class TermGroup<T> {

    private static final int INDEX_ABOVE = 8;
    /** At most this many loose phrases copied under second keys in all ({@link Sorted#mergedBySecondKey}). */
    private static final int MERGED_AT_MOST = 1 << 16;
    private static final Comparator<TermIndex.Term<?>> LONGEST_FIRST = new LongestFirst();
    private static final Comparator<Ranked<?>> BY_RANK = new ByRank();

    private final List<TermIndex.Term<T>> phrases; // as given (or added while the index is built), in data order; null for rows
    private final Rows<T> source; // the phrases' rows, for a group read from the compact form; null otherwise
    private final int[] rows;
    private final int from;
    private final int to;
    private Sorted<T> sorted; // built on first use; a race builds it twice, equal (its fields are final, so it is safely published)

    /** Where a group read from the compact form finds its phrases ({@link CompactTables}). */
    interface Rows<T> {
        /** {@return the phrase of row {@code row}} */
        TermIndex.Term<T> term(int row);

        /** {@return the phrases of the rows {@code rows[from, to)}, in that order} */
        List<TermIndex.Term<T>> terms(int[] rows, int from, int to);

        /** {@return the string of pool index {@code poolIndex}, a group's first key} */
        String key(int poolIndex);
    }

    /**
     * The phrases longest first, and for a large group the index by second element. Immutable (its arrays are never
     * written once built). The candidates are arrays, not lists: the look-up reads them with no interface call, where
     * lists of three classes made each read a dispatch (speed, issue 16).
     */
    private static final class Sorted<T> {
        final TermIndex.Term<T>[] all; // longest first
        final List<Ranked<T>> loose; // second element missing, a placeholder, or not starting with a letter or digit
        final TermIndex.Term<T>[] looseTerms; // the terms of loose, in order: the candidates when no second key is found
        final Map<String, List<Ranked<T>>> bySecondKey; // null for a small group
        /**
         * By second key, the candidates when the next token's key is it (no possessive, no stretch): {@code loose} and
         * that key's phrases, merged once here rather than at every look-up (speed, issue 16); null for a small group,
         * or when the lists would be too large to keep ({@link #MERGED_AT_MOST} entries).
         */
        final Map<String, TermIndex.Term<T>[]> mergedBySecondKey;

        private Sorted(TermIndex.Term<T>[] all, List<Ranked<T>> loose, TermIndex.Term<T>[] looseTerms,
                       Map<String, List<Ranked<T>>> bySecondKey, Map<String, TermIndex.Term<T>[]> mergedBySecondKey) {
            this.all = all;
            this.loose = loose;
            this.looseTerms = looseTerms;
            this.bySecondKey = bySecondKey;
            this.mergedBySecondKey = mergedBySecondKey;
        }

        /**
         * Sorts and indexes {@code phrases}. A static method, not a constructor: C2 inlines every constructor a
         * method has run, however rarely, and this runs once per group, so as a constructor it was compiled into
         * every look-up ({@link TermGroup#candidates}, 4.4 kB of bytecode) (speed, issue 16).
         */
        static <T> Sorted<T> of(List<TermIndex.Term<T>> phrases) {
            List<TermIndex.Term<T>> sorted = new ArrayList<>(phrases);
            if (sorted.size() > 1) {
                sorted.sort(LONGEST_FIRST); // stable: equally long phrases keep their order
            }
            TermIndex.Term<T>[] all = array(sorted);
            if (all.length <= INDEX_ABOVE) {
                return new Sorted<>(all, null, null, null, null);
            }
            List<Ranked<T>> loose = new ArrayList<>();
            List<TermIndex.Term<T>> looseTerms = new ArrayList<>();
            Map<String, List<Ranked<T>>> bySecondKey = new HashMap<>();
            for (int rank = 0; rank < all.length; rank++) {
                TermIndex.Term<T> phrase = all[rank];
                Ranked<T> ranked = new Ranked<>(rank, phrase);
                TermIndex.Element second = phrase.length() > 1 ? phrase.elements()[1] : null;
                if (second == null || second.key() == null || !startsWithLetterOrDigit(second.key())) {
                    loose.add(ranked); // punctuation or a symbol may be skipped or matched: always tried
                    looseTerms.add(phrase);
                    continue;
                }
                add(bySecondKey, second.key(), ranked);
                if (second.keyWithoutApostrophes() != null) {
                    add(bySecondKey, second.keyWithoutApostrophes(), ranked);
                }
            }
            List<Ranked<T>> looseRanked = List.copyOf(loose);
            // bySecondKey: never changed after this; a HashMap for speed
            return new Sorted<>(all, looseRanked, array(looseTerms), bySecondKey, mergedBySecondKey(looseRanked, bySecondKey));
        }

        /** {@link #mergedBySecondKey}: null when {@code loose} copied under every key would pass {@link #MERGED_AT_MOST}. */
        private static <T> Map<String, TermIndex.Term<T>[]> mergedBySecondKey(List<Ranked<T>> loose,
                                                                              Map<String, List<Ranked<T>>> bySecondKey) {
            if ((long) loose.size() * bySecondKey.size() > MERGED_AT_MOST) {
                return null;
            }
            Map<String, TermIndex.Term<T>[]> merged = new HashMap<>(bySecondKey.size() * 2);
            for (Map.Entry<String, List<Ranked<T>>> entry : bySecondKey.entrySet()) {
                merged.put(entry.getKey(), merged(loose, entry.getValue(), null, null, null));
            }
            return merged; // never changed after this; a HashMap for speed
        }

        private static <T> void add(Map<String, List<Ranked<T>>> bySecondKey, String key, Ranked<T> ranked) {
            List<Ranked<T>> list = bySecondKey.get(key);
            if (list == null) {
                list = new ArrayList<>();
                bySecondKey.put(key, list);
            }
            list.add(ranked);
        }
    }

    /** A phrase and its place in {@code all}, so that candidates are tried in the same order. */
    private record Ranked<T>(int rank, TermIndex.Term<T> phrase) {
    }

    /** By place in {@code all}. A class, not {@code Comparator.comparingInt}, made once: linking a lambda costs start-up time (see {@link CueStage}). */
    private static final class ByRank implements Comparator<Ranked<?>> {
        @Override
        public int compare(Ranked<?> a, Ranked<?> b) {
            return Integer.compare(a.rank(), b.rank());
        }
    }

    /** Longer phrases (more elements) first. */
    private static final class LongestFirst implements Comparator<TermIndex.Term<?>> {
        @Override
        public int compare(TermIndex.Term<?> a, TermIndex.Term<?> b) {
            return Integer.compare(b.length(), a.length());
        }
    }

    /** A group of {@code phrases}; sorting and indexing wait for the first look-up (start-up time, issue 17). */
    TermGroup(List<TermIndex.Term<T>> phrases) {
        this.phrases = phrases;
        this.source = null;
        this.rows = null;
        this.from = 0;
        this.to = 0;
    }

    /**
     * The group of the phrases of {@code rows[from, to)} in {@code source}, in that order; they too are made on the
     * first look-up, so that a group never looked up costs no object but this one (start-up time, issue 17).
     */
    TermGroup(Rows<T> source, int[] rows, int from, int to) {
        this.phrases = null;
        this.source = source;
        this.rows = rows;
        this.from = from;
        this.to = to;
    }

    private Sorted<T> sorted() {
        Sorted<T> built = sorted;
        return built != null ? built : sort();
    }

    /**
     * Builds {@link #sorted} on the first look-up. Its own method, out of {@link #candidates}: once each group
     * has been looked up this never runs again, and the JIT need not compile it into every look-up (issue 16).
     */
    private Sorted<T> sort() {
        Sorted<T> built = Sorted.of(phrases());
        sorted = built;
        return built;
    }

    private List<TermIndex.Term<T>> phrases() {
        return phrases != null ? phrases : source.terms(rows, from, to);
    }

    /**
     * The phrases that may match at {@code index}, longest first: a shared array, which the caller only reads. A
     * phrase's second element (a word) can only match the first token after {@code index} that {@code matches} does
     * not skip (inner punctuation is skipped), as that token's key, its noun before "'s", or a shortened stretch;
     * every other phrase is always tried.
     */
    TermIndex.Term<T>[] candidates(List<Token> tokens, int index) {
        Sorted<T> sorted = sorted();
        if (sorted.bySecondKey == null) {
            return sorted.all;
        }
        int next = index + 1;
        while (next < tokens.size() && tokens.get(next).kind() == Token.Kind.PUNCTUATION && !TermIndex.isSentenceEnd(tokens.get(next))) {
            next++; // bounded: matches() walks the same punctuation for every phrase it tries
        }
        if (next >= tokens.size()) {
            return sorted.looseTerms;
        }
        Token second = tokens.get(next);
        String key = second.key();
        if (!second.stretched() && !key.endsWith("'s") && sorted.mergedBySecondKey != null) {
            // the common case: one look-up, no allocation, no sort (speed, issue 16)
            TermIndex.Term<T>[] merged = sorted.mergedBySecondKey.get(key);
            return merged == null ? sorted.looseTerms : merged;
        }
        return mergedCandidates(sorted, second);
    }

    /**
     * {@link #candidates} when the second word is a possessive or stretched, or the group too large to keep its merged
     * lists: merged at each look-up. Its own method, out of {@link #candidates}: the JIT need not compile its
     * shortening, sorting and copying into the common look-up (speed, issue 16).
     */
    private static <T> TermIndex.Term<T>[] mergedCandidates(Sorted<T> sorted, Token second) {
        Map<String, List<Ranked<T>>> bySecondKey = sorted.bySecondKey;
        String key = second.key();
        boolean possessive = key.endsWith("'s");
        List<Ranked<T>> byKey = bySecondKey.get(key);
        if (!possessive && !second.stretched()) {
            return byKey == null ? sorted.looseTerms : merged(sorted.loose, byKey, null, null, null);
        }
        // A possessive or stretched second word: always merged, even when no variant is found (the same phrases as
        // looseTerms then). No branch here asks whether a rare variant was found: a branch never taken while the
        // JIT profiled would make it compile this method again the first time it is (issue 16).
        return merged(sorted.loose, byKey,
                possessive ? bySecondKey.get(key.substring(0, key.length() - 2)) : null,
                second.stretched() ? bySecondKey.get(TermIndex.shorten(key, 2)) : null,
                second.stretched() ? bySecondKey.get(TermIndex.shorten(key, 1)) : null);
    }

    /**
     * The phrases of {@code loose} and of the lists found by second key, in rank order, each once (a phrase
     * may be listed under its key and under its key without apostrophes). The lists are each in rank order.
     */
    private static <T> TermIndex.Term<T>[] merged(List<Ranked<T>> loose, List<Ranked<T>> byKey, List<Ranked<T>> possessive,
                                                  List<Ranked<T>> shortTwo, List<Ranked<T>> shortOne) {
        List<Ranked<T>> found = new ArrayList<>(loose);
        addAll(found, byKey);
        addAll(found, possessive);
        addAll(found, shortTwo);
        addAll(found, shortOne);
        found.sort(BY_RANK);
        List<TermIndex.Term<T>> phrases = new ArrayList<>(found.size());
        int lastRank = -1;
        for (int i = 0; i < found.size(); i++) {
            Ranked<T> ranked = found.get(i);
            if (ranked.rank() != lastRank) {
                phrases.add(ranked.phrase());
                lastRank = ranked.rank();
            }
        }
        return array(phrases);
    }

    /** The phrases of {@code list} as an array, in order. */
    @SuppressWarnings("unchecked")
    private static <T> TermIndex.Term<T>[] array(List<TermIndex.Term<T>> list) {
        return list.toArray(new TermIndex.Term[0]);
    }

    /** Adds a phrase while the index is being built (the list given to the constructor must be mutable); never after. */
    void add(TermIndex.Term<T> phrase) {
        phrases.add(phrase);
    }

    boolean isEmpty() {
        return phrases != null ? phrases.isEmpty() : from == to;
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
