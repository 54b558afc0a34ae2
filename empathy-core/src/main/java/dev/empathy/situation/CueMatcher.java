package dev.empathy.situation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every cue of a {@link SituationCues} in a message and scores the situations. Immutable and
 * thread-safe.
 *
 * <p>Cues are indexed by their first element (exact keys in a hash map, prefixes in a table probed with the
 * hash of a word's first chars, grown a char at a time), so a message costs one look-up per word and prefix
 * length, plus the few cues that start with that word; patterns and gaps are bounded, so time is linear in
 * the message length.
 */
final class CueMatcher {

    /** A cue found in a message: word positions {@code [first, last]} of {@link MessageWords}. */
    record Match(CuePattern cue, int first, int last) {
    }

    private final Map<String, List<CuePattern>> byExactFirst = new HashMap<>();
    private final int minPrefix;
    private final int maxPrefix;
    private final PrefixTable prefixes; // cues by a prefix of their first element, looked up by a word's first chars without a substring
    /** {@code startsPrefix[start(a, b, c)]}: some first-element prefix may start with the chars a, b, c. */
    private final boolean[] startsPrefix = new boolean[1 << 16];

    CueMatcher(List<CuePattern> cues) {
        Map<String, List<CuePattern>> byPrefixFirst = new HashMap<>();
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (CuePattern cue : cues) {
            CuePattern.Element first = cue.elements().get(0);
            for (String key : first.exact()) {
                add(byExactFirst, key, cue);
            }
            for (String prefix : first.prefixes()) {
                add(byPrefixFirst, prefix, cue);
                startsPrefix[start(prefix)] = true; // prefixes have at least MIN_PREFIX (3) chars
                min = Math.min(min, prefix.length());
                max = Math.max(max, prefix.length());
            }
        }
        this.minPrefix = min;
        this.maxPrefix = max;
        this.prefixes = new PrefixTable(byPrefixFirst);
    }

    /** A loop's helper, not a lambda: this runs cold, at start-up. */
    private static void add(Map<String, List<CuePattern>> map, String key, CuePattern cue) {
        List<CuePattern> list = map.get(key);
        if (list == null) {
            list = new ArrayList<>();
            map.put(key, list);
        }
        list.add(cue);
    }

    /** Every cue found in {@code words}, by first position, each cue at most once per start. */
    List<Match> matches(MessageWords words) {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < words.size; i++) {
            String key = words.keys[i];
            tryAll(byExactFirst.get(key), words, i, matches);
            int longest = Math.min(maxPrefix, key.length());
            if (longest >= minPrefix && mayStartPrefix(key)) {
                int hash = 0; // String.hashCode of key's first `length` chars
                for (int c = 0; c < minPrefix - 1; c++) {
                    hash = 31 * hash + key.charAt(c);
                }
                for (int length = minPrefix; length <= longest; length++) {
                    hash = 31 * hash + key.charAt(length - 1);
                    List<CuePattern> cues = prefixes.get(key, length, hash);
                    if (cues != null) {
                        tryAll(cues, words, i, matches);
                    }
                }
            }
        }
        return matches;
    }

    /**
     * False if no first-element prefix starts with the first three chars of {@code key} (at least {@code minPrefix}
     * long; a hash table of those starts, so true may be wrong, false never is): most words are rejected here
     * without probing the prefix table once per length.
     */
    private boolean mayStartPrefix(String key) {
        return startsPrefix[start(key)];
    }

    /** A 16-bit hash of the first three chars of {@code key} (at least three long). */
    private static int start(String key) {
        int hash = (key.charAt(0) * 31 + key.charAt(1)) * 31 + key.charAt(2);
        return (hash ^ hash >>> 16) & 0xFFFF;
    }

    private static void tryAll(List<CuePattern> cues, MessageWords words, int start, List<Match> out) {
        if (cues == null) {
            return;
        }
        for (CuePattern cue : cues) {
            int last = matchFrom(cue.elements(), 0, words, start);
            if (last >= 0) {
                out.add(new Match(cue, start, last));
            }
        }
    }

    /**
     * The last word position of the shortest match of {@code elements[e..]} starting at word {@code i}, or -1.
     * Depth is the pattern length and each gap tries at most {@link CuePattern#MAX_GAP} + 1 widths.
     */
    private static int matchFrom(List<CuePattern.Element> elements, int e, MessageWords words, int i) {
        CuePattern.Element element = elements.get(e);
        if (element.gap()) {
            for (int skip = 0; skip <= CuePattern.MAX_GAP && i + skip < words.size; skip++) {
                if (skip > 0 && words.isBoundary(i + skip - 1)) {
                    return -1; // a gap never crosses a sentence end
                }
                int last = matchFrom(elements, e + 1, words, i + skip);
                if (last >= 0) {
                    return last;
                }
            }
            return -1;
        }
        if (i >= words.size || !element.matches(words.keys[i])) {
            return -1;
        }
        return e + 1 == elements.size() ? i : matchFrom(elements, e + 1, words, i + 1);
    }

    /**
     * The prefix map as an open-addressing table that finds {@code key.substring(0, length)} from its hash
     * ({@link String#hashCode}, computed by the caller a char at a time) without making the substring.
     */
    private static final class PrefixTable {
        private final String[] prefixes;
        private final int[] hashes;
        private final List<List<CuePattern>> cues;
        private final int mask;

        PrefixTable(Map<String, List<CuePattern>> byPrefix) {
            int capacity = Integer.highestOneBit(Math.max(4, byPrefix.size() * 3)) * 2; // load at most 1/3
            prefixes = new String[capacity];
            hashes = new int[capacity];
            cues = new ArrayList<>(Collections.nCopies(capacity, (List<CuePattern>) null));
            mask = capacity - 1;
            for (Map.Entry<String, List<CuePattern>> entry : byPrefix.entrySet()) {
                int hash = entry.getKey().hashCode();
                int slot = spread(hash) & mask;
                while (prefixes[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                prefixes[slot] = entry.getKey();
                hashes[slot] = hash;
                cues.set(slot, List.copyOf(entry.getValue()));
            }
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }

        /** The cues under {@code key.substring(0, length)}, whose hash is {@code hash}; null if none. */
        List<CuePattern> get(String key, int length, int hash) {
            int slot = spread(hash) & mask;
            String prefix;
            while ((prefix = prefixes[slot]) != null) {
                if (hashes[slot] == hash && prefix.length() == length && key.startsWith(prefix)) {
                    return cues.get(slot);
                }
                slot = (slot + 1) & mask;
            }
            return null;
        }
    }
}
