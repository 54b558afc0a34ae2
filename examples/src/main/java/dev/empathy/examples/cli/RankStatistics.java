package dev.empathy.examples.cli;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Rank statistics for the evaluate commands: Spearman's correlation and the area under the ROC curve, both
 * with tied values given their mean rank. Stateless and thread-safe.
 */
final class RankStatistics {

    private RankStatistics() {
    }

    /** 0-based ranks of {@code values}; ties get the mean of their ranks. */
    static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = (i + j) / 2.0;
            }
            i = j + 1;
        }
        return ranks;
    }

    /** Spearman's rank correlation of two equally long arrays; 0 when either is constant or has fewer than two values. */
    static double spearman(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("arrays differ in length: " + a.length + " and " + b.length);
        }
        if (a.length < 2) {
            return 0;
        }
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double ma = Arrays.stream(ra).average().orElse(0);
        double mb = Arrays.stream(rb).average().orElse(0);
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < ra.length; i++) {
            cov += (ra[i] - ma) * (rb[i] - mb);
            va += (ra[i] - ma) * (ra[i] - ma);
            vb += (rb[i] - mb) * (rb[i] - mb);
        }
        return va == 0 || vb == 0 ? 0 : cov / Math.sqrt(va * vb);
    }

    /** The probability that a random positive scores above a random negative, ties counting half; 0.5 when a side is empty. */
    static double auc(double[] positives, double[] negatives) {
        if (positives.length == 0 || negatives.length == 0) {
            return 0.5;
        }
        double[] all = new double[positives.length + negatives.length];
        System.arraycopy(positives, 0, all, 0, positives.length);
        System.arraycopy(negatives, 0, all, positives.length, negatives.length);
        double[] ranks = ranks(all);
        double sum = 0;
        for (int i = 0; i < positives.length; i++) {
            sum += ranks[i] + 1;
        }
        return (sum - positives.length * (positives.length + 1) / 2.0) / ((double) positives.length * negatives.length);
    }
}
