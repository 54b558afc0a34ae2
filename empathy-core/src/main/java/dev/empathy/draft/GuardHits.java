package dev.empathy.draft;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each guard occurred in one draft, summarised so that asking whether a guard cancels a match costs
 * O(1) whatever the number of matches: per guard, the earliest start in each sentence, and the latest start
 * in the draft. Not thread-safe; one per check.
 */
final class GuardHits {

    private final Map<Long, Integer> firstStartInSentence = new HashMap<>();
    private final int[] lastStart;

    GuardHits(int guards) {
        lastStart = new int[guards];
        Arrays.fill(lastStart, -1);
    }

    void add(int guard, int start, int sentence) {
        firstStartInSentence.merge(key(guard, sentence), start, Math::min);
        lastStart[guard] = Math.max(lastStart[guard], start);
    }

    /**
     * True if one of {@code unless} occurs, in its scope, around the match {@code [start, end)} of
     * {@code sentence}, or one of {@code requires} does not.
     */
    boolean cancels(List<Guards.Guard> unless, List<Guards.Guard> requires, int start, int end, int sentence) {
        for (Guards.Guard guard : requires) {
            if (!occurs(guard, start, end, sentence)) {
                return true;
            }
        }
        for (Guards.Guard guard : unless) {
            if (occurs(guard, start, end, sentence)) {
                return true;
            }
        }
        return false;
    }

    private boolean occurs(Guards.Guard guard, int start, int end, int sentence) {
        Integer first = firstStartInSentence.get(key(guard.index(), sentence));
        return switch (guard.scope()) {
            case BEFORE -> first != null && first < start;
            case SENTENCE -> first != null;
            case AFTER -> lastStart[guard.index()] >= end;
            case DRAFT -> lastStart[guard.index()] >= 0;
        };
    }

    private static long key(int guard, int sentence) {
        return ((long) guard << 32) | (sentence & 0xFFFFFFFFL);
    }
}
