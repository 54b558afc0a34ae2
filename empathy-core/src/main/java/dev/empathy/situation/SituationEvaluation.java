package dev.empathy.situation;

import dev.empathy.internal.ConfusionMatrixText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How well detected situations match gold situation labels: accuracy and the confusion matrix. Immutable
 * and thread-safe.
 *
 * @param count     the number of messages with a gold situation
 * @param accuracy  the share of them whose detected situation equals the gold one, 0 when count is 0
 * @param confusion {@code confusion.get(gold.ordinal()).get(detected.ordinal())} is the number of messages
 *                  labelled {@code gold} and detected as {@code detected}; 13 x 13, in {@link Situation} order
 */
public record SituationEvaluation(int count, double accuracy, List<List<Integer>> confusion) {

    private static final Situation[] SITUATIONS = Situation.values();

    public SituationEvaluation {
        Objects.requireNonNull(confusion, "confusion must not be null");
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        if (confusion.size() != SITUATIONS.length) {
            throw new IllegalArgumentException("confusion must have " + SITUATIONS.length + " rows, got " + confusion.size());
        }
        List<List<Integer>> rows = new ArrayList<>(SITUATIONS.length);
        for (List<Integer> row : confusion) {
            if (row.size() != SITUATIONS.length) {
                throw new IllegalArgumentException("each confusion row must have " + SITUATIONS.length + " columns, got " + row.size());
            }
            rows.add(List.copyOf(row));
        }
        confusion = List.copyOf(rows);
    }

    /**
     * Compares gold situations with detected ones, position by position.
     *
     * @throws IllegalArgumentException if the lists differ in size (naming both sizes)
     * @throws NullPointerException     if a list or an element is null
     */
    public static SituationEvaluation of(List<Situation> gold, List<Situation> detected) {
        Objects.requireNonNull(gold, "gold must not be null");
        Objects.requireNonNull(detected, "detected must not be null");
        if (gold.size() != detected.size()) {
            throw new IllegalArgumentException("gold and detected must have the same size, got " + gold.size()
                    + " and " + detected.size());
        }
        int[][] matrix = new int[SITUATIONS.length][SITUATIONS.length];
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            Situation g = Objects.requireNonNull(gold.get(i), "gold situation must not be null");
            Situation d = Objects.requireNonNull(detected.get(i), "detected situation must not be null");
            matrix[g.ordinal()][d.ordinal()]++;
            if (g == d) {
                correct++;
            }
        }
        List<List<Integer>> confusion = new ArrayList<>(SITUATIONS.length);
        for (int[] row : matrix) {
            List<Integer> cells = new ArrayList<>(row.length);
            for (int cell : row) {
                cells.add(cell);
            }
            confusion.add(cells);
        }
        return new SituationEvaluation(gold.size(), gold.isEmpty() ? 0 : (double) correct / gold.size(), confusion);
    }

    /** {@return the number of messages labelled {@code gold} and detected as {@code detected}} */
    public int confusion(Situation gold, Situation detected) {
        Objects.requireNonNull(gold, "gold must not be null");
        Objects.requireNonNull(detected, "detected must not be null");
        return confusion.get(gold.ordinal()).get(detected.ordinal());
    }

    /**
     * A plain-text report: count, accuracy, and the confusion matrix (rows: gold, columns: detected; the
     * columns are headed by the first five letters of each id). Figures have three decimals; lines end
     * with {@code \n}.
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "situation messages  %d\n", count));
        out.append(String.format(Locale.ROOT, "situation accuracy  %.3f\n", accuracy));
        out.append('\n');
        out.append("situation confusion matrix (rows: gold situation, columns: detected)\n");
        ConfusionMatrixText.append(out, "gold \\ detected", 17, List.of(SITUATIONS), Situation::id, this::confusion);
        return out.toString();
    }
}
