package dev.empathy.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Answers "does any finding overlap [start, end)?" in O(log n): starts sorted, with the running maximum end. Immutable. */
final class FindingSpans {

    private final int[] starts;
    private final int[] maxEndUpTo;

    FindingSpans(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start));
        starts = new int[sorted.size()];
        maxEndUpTo = new int[sorted.size()];
        int maxEnd = Integer.MIN_VALUE;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = sorted.get(i).start();
            maxEnd = Math.max(maxEnd, sorted.get(i).end());
            maxEndUpTo[i] = maxEnd;
        }
    }

    boolean overlaps(int start, int end) {
        int low = 0; // find the number of findings starting before end
        int high = starts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < end) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low > 0 && maxEndUpTo[low - 1] > start;
    }
}
