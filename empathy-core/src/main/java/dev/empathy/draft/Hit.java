package dev.empathy.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One match of a pattern in a draft: whose pattern it is, its half-open UTF-16 span in the draft, and the
 * index of the sentence it is in. Immutable.
 *
 * @param <O> the owner's type: a {@link PatternOwner} or a {@link Guards.Guard}
 */
record Hit<O>(O owner, int start, int end, int sentence) {

    /** The leftmost-longest hits that do not overlap each other, in text order (an input of 0 or 1 hit as is). */
    static <O> List<Hit<O>> leftmostLongest(List<Hit<O>> hits) {
        if (hits.size() <= 1) {
            return hits;
        }
        List<Hit<O>> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.<Hit<O>>comparingInt(Hit::start).thenComparing(Comparator.<Hit<O>>comparingInt(Hit::end).reversed()));
        List<Hit<O>> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Hit<O> hit : sorted) {
            if (hit.start() >= lastEnd) {
                kept.add(hit);
                lastEnd = hit.end();
            }
        }
        return kept;
    }

    /** This hit with its span widened to {@code [start, end)}. */
    Hit<O> withSpan(int newStart, int newEnd) {
        return new Hit<>(owner, newStart, newEnd, sentence);
    }
}
