package dev.empathy.conversation;

import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.Signal;
import dev.empathy.emotion.SignalType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Stage 3: repeated contact. A customer turn <b>says so</b> when its reading has a {@code REPEATED_CONTACT}
 * signal; it <b>asks again</b> when it and an earlier customer turn each have at least
 * {@link ConversationReader#MIN_REPEAT_WORDS} content words ({@link ContentWords}) and the Jaccard similarity of
 * their content-word sets is at least {@link ConversationReader#REPEAT_SIMILARITY}.
 *
 * <p>Linear time, no comparison of all pairs: each turn's word set gets {@value #HASHES} min-hashes (seeded, so
 * the result is deterministic), grouped into {@value #BANDS} bands of {@value #ROWS}. A map from each band's key
 * to the latest turn that had it yields at most {@value #BANDS} candidates per turn, and only those are compared
 * exactly (iterating the smaller set). Two turns at similarity 0.5 share a band with probability
 * {@code 1 - (1 - 0.5^2)^16} ≈ 0.99, at 0.7 or more above 0.9999. The work of one call is counted in
 * {@link Result#operations()} for tests.
 */
final class RepeatStage {

    static final int HASHES = 32;
    static final int ROWS = 2;
    static final int BANDS = HASHES / ROWS;
    private static final long[] SEEDS = seeds();

    /** What was found, and how many hash and set operations it took. */
    record Result(List<RepeatedContact> contacts, long operations) {
    }

    private RepeatStage() {
    }

    static Result find(List<TurnReading> turns, int minWords, double minSimilarity) {
        List<RepeatedContact> found = new ArrayList<>();
        Map<Long, Integer> latestByBand = new HashMap<>();
        Map<Integer, Set<String>> wordsByTurn = new HashMap<>();
        long operations = 0;
        long[] minHashes = new long[HASHES];
        for (TurnReading turn : turns) {
            if (turn.role() != Role.CUSTOMER) {
                continue;
            }
            Set<String> words = ContentWords.of(turn.turn().text());
            operations += words.size();
            if (words.size() >= minWords) {
                operations += (long) words.size() * HASHES;
                minHash(words, minHashes);
                int best = -1;
                double bestSimilarity = 0;
                long[] keys = new long[BANDS];
                for (int band = 0; band < BANDS; band++) {
                    keys[band] = bandKey(band, minHashes);
                    Integer candidate = latestByBand.get(keys[band]);
                    operations++;
                    if (candidate == null || candidate == best) {
                        continue;
                    }
                    Set<String> other = wordsByTurn.get(candidate);
                    operations += Math.min(words.size(), other.size());
                    double similarity = jaccard(words, other);
                    if (similarity >= minSimilarity && (similarity > bestSimilarity || similarity == bestSimilarity && candidate > best)) {
                        best = candidate;
                        bestSimilarity = similarity;
                    }
                }
                if (best >= 0) {
                    found.add(new RepeatedContact(turn.index(), RepeatedContact.Kind.ASKS_AGAIN, OptionalInt.of(best),
                            bestSimilarity, List.of()));
                }
                for (long key : keys) {
                    latestByBand.put(key, turn.index());
                }
                wordsByTurn.put(turn.index(), words);
            }
            EmotionReading reading = turn.emotion().orElseThrow();
            List<Signal> signals = reading.signals().stream().filter(s -> s.type() == SignalType.REPEATED_CONTACT).toList();
            operations += reading.signals().size();
            if (!signals.isEmpty()) {
                found.add(new RepeatedContact(turn.index(), RepeatedContact.Kind.SAYS_SO, OptionalInt.empty(), 0, signals));
            }
        }
        return new Result(found, operations);
    }

    static double jaccard(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String word : small) {
            if (large.contains(word)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static void minHash(Set<String> words, long[] into) {
        java.util.Arrays.fill(into, Long.MAX_VALUE);
        for (String word : words) {
            long base = mix(word.hashCode() * 0x9E3779B97F4A7C15L + word.length());
            for (int k = 0; k < HASHES; k++) {
                long h = mix(base ^ SEEDS[k]);
                if (h < into[k]) {
                    into[k] = h;
                }
            }
        }
    }

    private static long bandKey(int band, long[] minHashes) {
        long key = band * 0xC2B2AE3D27D4EB4FL;
        for (int row = 0; row < ROWS; row++) {
            key = mix(key ^ minHashes[band * ROWS + row]);
        }
        return key;
    }

    /** The 64-bit finaliser of MurmurHash3: a fixed, well-spread mix. */
    private static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x2545F4914F6CDD1DL;
        for (int k = 0; k < HASHES; k++) {
            state = mix(state + 0x9E3779B97F4A7C15L);
            seeds[k] = state;
        }
        return seeds;
    }
}
