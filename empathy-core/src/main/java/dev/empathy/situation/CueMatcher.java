package dev.empathy.situation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every cue of a {@link SituationCues} in a message and scores the situations. Immutable and
 * thread-safe.
 *
 * <p>Every word a cue names exactly has an id (a {@link KeyTable}); a message's words are looked up once each
 * and the cues then match on ids: a pattern element is a bit set of word ids plus its prefixes, if any, and a
 * cue is found by its first element (cues by the id of a first word, and the first-element prefixes by a hash of
 * a word's first three chars, tested with {@code startsWith}). So a message costs one look-up per word, plus
 * the few cues that start with that word; patterns and gaps are bounded, so time is linear in the message
 * length. Set-up builds all of it once; the reading path touches only arrays (speed,
 * issue 16).
 */
final class CueMatcher {

    /**
     * A cue found in a message: word positions {@code [first, last]} of {@link MessageWords}.
     *
     * @param cue      the cue
     * @param cueIndex the cue's index among the matcher's cues, {@code [0, cueCount())}: one per distinct cue
     * @param first    its first word position
     * @param last     its last word position
     */
    record Match(CuePattern cue, int cueIndex, int first, int last) {
    }

    /** The word id of {@code "."}, a sentence end other than a question. */
    static final int FULL_STOP = 0;

    /** The word id of {@code "?"}, a question's end (which a pattern may name). */
    static final int QUESTION_MARK = 1;

    private final KeyTable wordIds; // ".", "?" and every exact key of every element: ids into the bit sets
    private final Cue[][] byExactFirst; // by word id: the cues whose first element names that word; null if none
    /**
     * By {@link #start} of a word: the first-element prefixes that start with its first three chars (or collide with
     * them), shortest first, each with its cues; null for most starts. A word's prefixes are found by testing these.
     */
    private final PrefixCues[][] prefixesByStart = new PrefixCues[START_BUCKETS][];
    private final int cueCount;

    CueMatcher(List<CuePattern> cues) {
        Map<String, Integer> words = new LinkedHashMap<>();
        words.put(".", FULL_STOP);
        words.put("?", QUESTION_MARK);
        for (CuePattern cue : cues) {
            for (CuePattern.Element element : cue.elements()) {
                for (String key : element.exact()) {
                    words.putIfAbsent(key, words.size());
                }
            }
        }
        this.wordIds = new KeyTable(new ArrayList<>(words.keySet()));
        Map<CuePattern, Cue> compiled = new IdentityHashMap<>(); // one Cue, one index, per distinct cue
        Map<Integer, List<Cue>> byExact = new LinkedHashMap<>();
        Map<String, List<Cue>> byPrefix = new LinkedHashMap<>();
        for (CuePattern pattern : cues) {
            Cue cue = compiled.get(pattern);
            if (cue == null) {
                cue = new Cue(pattern, compiled.size(), words);
                compiled.put(pattern, cue);
            }
            CuePattern.Element first = pattern.elements().get(0);
            for (String key : first.exact()) {
                add(byExact, words.get(key), cue);
            }
            for (String prefix : first.prefixes()) {
                add(byPrefix, prefix, cue);
            }
        }
        this.cueCount = compiled.size();
        this.byExactFirst = new Cue[words.size()][];
        for (Map.Entry<Integer, List<Cue>> entry : byExact.entrySet()) {
            byExactFirst[entry.getKey()] = entry.getValue().toArray(new Cue[0]);
        }
        List<PrefixCues> prefixes = new ArrayList<>();
        for (Map.Entry<String, List<Cue>> entry : byPrefix.entrySet()) {
            prefixes.add(new PrefixCues(entry.getKey(), entry.getValue().toArray(new Cue[0])));
        }
        prefixes.sort(PrefixCues.SHORTEST_FIRST); // stable: equally long prefixes never both start one word
        for (PrefixCues prefix : prefixes) {
            int start = start(prefix.prefix); // prefixes have at least MIN_PREFIX (3) chars
            PrefixCues[] bucket = prefixesByStart[start];
            bucket = bucket == null ? new PrefixCues[1] : Arrays.copyOf(bucket, bucket.length + 1);
            bucket[bucket.length - 1] = prefix;
            prefixesByStart[start] = bucket;
        }
    }

    /** A loop's helper, not a lambda: this runs cold, at start-up. */
    private static <K> void add(Map<K, List<Cue>> map, K key, Cue cue) {
        List<Cue> list = map.get(key);
        if (list == null) {
            list = new ArrayList<>();
            map.put(key, list);
        }
        list.add(cue);
    }

    /** {@return the number of distinct cues, the bound of {@link Match#cueIndex}} */
    int cueCount() {
        return cueCount;
    }

    /** Every cue found in {@code words}, by first position, each cue at most once per start. */
    List<Match> matches(MessageWords words) {
        int[] ids = idsOf(words);
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < words.size; i++) {
            int id = ids[i];
            if (id >= 0 && byExactFirst[id] != null) {
                tryAll(byExactFirst[id], words, ids, i, matches);
            }
            String key = words.keys[i];
            PrefixCues[] candidates = key.length() >= CuePattern.MIN_PREFIX ? prefixesByStart[start(key)] : null;
            if (candidates != null) {
                tryPrefixes(candidates, key, words, ids, i, matches);
            }
        }
        return matches;
    }

    /** The word id of each word of {@code words}; {@link KeyTable#ABSENT} for a word no cue names exactly. */
    private int[] idsOf(MessageWords words) {
        int[] ids = new int[words.size];
        for (int i = 0; i < words.size; i++) {
            ids[i] = wordIds.id(words.keys[i]);
        }
        return ids;
    }

    /** Tries the cues whose first element has a prefix of {@code key} among {@code candidates}, shortest prefix first. */
    private static void tryPrefixes(PrefixCues[] candidates, String key, MessageWords words, int[] ids, int start, List<Match> out) {
        for (PrefixCues candidate : candidates) {
            if (key.startsWith(candidate.prefix)) {
                tryAll(candidate.cues, words, ids, start, out);
            }
        }
    }

    /** The number of {@link #start} values: a 12-bit hash. */
    private static final int START_BUCKETS = 1 << 12;

    /** A 12-bit hash of the first three chars of {@code key} (at least three long). */
    private static int start(String key) {
        int hash = (key.charAt(0) * 31 + key.charAt(1)) * 31 + key.charAt(2);
        return (hash ^ hash >>> 12) & (START_BUCKETS - 1);
    }

    /** Adds a match for each of {@code cues}, whose first element matches word {@code start}, that matches on from there. */
    private static void tryAll(Cue[] cues, MessageWords words, int[] ids, int start, List<Match> out) {
        for (Cue cue : cues) {
            Step[] rest = cue.rest;
            int last = rest.length == 0 ? start : matchFrom(rest, 0, words, ids, start + 1);
            if (last >= 0) {
                out.add(new Match(cue.pattern, cue.index, start, last));
            }
        }
    }

    /**
     * The last word position of the shortest match of {@code steps[s..]} starting at word {@code i}, or -1: the
     * words one by one, and a gap by {@link #matchGap}. Depth is the number of gaps in the pattern.
     */
    private static int matchFrom(Step[] steps, int s, MessageWords words, int[] ids, int i) {
        while (true) {
            Step step = steps[s];
            if (step.gap) {
                return matchGap(steps, s, words, ids, i);
            }
            if (i >= words.size || !step.matches(ids[i], words.keys[i])) {
                return -1;
            }
            if (s + 1 == steps.length) {
                return i;
            }
            s++;
            i++;
        }
    }

    /** As {@link #matchFrom} for the gap {@code steps[s]}: it tries at most {@link CuePattern#MAX_GAP} + 1 widths. */
    private static int matchGap(Step[] steps, int s, MessageWords words, int[] ids, int i) {
        // the loop's bound computed once and every read inside it in bounds: the JIT's checks hoisted out of the loop
        // then always hold (a bound of MAX_GAP alone made them fail near the message's end, and recompile; issue 16)
        int widest = Math.min(CuePattern.MAX_GAP, words.size - 1 - i);
        for (int skip = 0; skip <= widest; skip++) {
            int last = matchFrom(steps, s + 1, words, ids, i + skip);
            if (last >= 0) {
                return last;
            }
            if (isSentenceEnd(ids[i + skip])) {
                return -1; // a gap never crosses a sentence end: a wider one would skip this word
            }
        }
        return -1;
    }

    private static boolean isSentenceEnd(int id) {
        return id == FULL_STOP || id == QUESTION_MARK;
    }

    /** A first-element prefix and the cues whose first element has it, in file order. */
    private static final class PrefixCues {
        /** Shorter prefixes first, as a word's prefixes are tried. */
        static final Comparator<PrefixCues> SHORTEST_FIRST = new Comparator<PrefixCues>() {
            @Override
            public int compare(PrefixCues a, PrefixCues b) {
                return Integer.compare(a.prefix.length(), b.prefix.length());
            }
        };

        final String prefix;
        final Cue[] cues;

        PrefixCues(String prefix, Cue[] cues) {
            this.prefix = prefix;
            this.cues = cues;
        }
    }

    /** A cue as the matcher runs it: its pattern and the steps after the first element, which found it. */
    private static final class Cue {
        final CuePattern pattern;
        final int index;
        final Step[] rest;

        Cue(CuePattern pattern, int index, Map<String, Integer> wordIds) {
            this.pattern = pattern;
            this.index = index;
            List<CuePattern.Element> elements = pattern.elements();
            this.rest = new Step[elements.size() - 1];
            for (int e = 1; e < elements.size(); e++) {
                rest[e - 1] = new Step(elements.get(e), wordIds);
            }
        }
    }

    /** One element of a pattern on word ids: a gap, or a bit set of word ids plus prefixes. */
    private static final class Step {
        final boolean gap;
        private final long[] exact; // bit `id` set for each word id the element names exactly
        private final String[] prefixes;

        Step(CuePattern.Element element, Map<String, Integer> wordIds) {
            this.gap = element.gap();
            this.exact = new long[gap ? 0 : (wordIds.size() + 63) >>> 6];
            for (String key : element.exact()) {
                int id = wordIds.get(key);
                exact[id >>> 6] |= 1L << id;
            }
            this.prefixes = element.prefixes().toArray(new String[0]);
        }

        /** True if the word {@code key}, whose id is {@code id} ({@link KeyTable#ABSENT} if none), matches. */
        boolean matches(int id, String key) {
            if (id >= 0 && (exact[id >>> 6] & 1L << id) != 0) {
                return true;
            }
            return prefixes.length != 0 && startsWithAny(key);
        }

        private boolean startsWithAny(String key) {
            for (String prefix : prefixes) {
                if (key.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }
}
