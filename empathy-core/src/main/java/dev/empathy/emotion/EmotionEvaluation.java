package dev.empathy.emotion;

import dev.empathy.internal.ConfusionMatrixText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How well predicted emotions match gold labels: accuracy, macro-F1, per-class precision, recall and F1,
 * and the confusion matrix. Immutable and thread-safe.
 *
 * <p>Definitions, for each emotion {@code e}: precision = correct {@code e} predictions / all {@code e}
 * predictions; recall = correct {@code e} predictions / gold {@code e} messages (its support); F1 = their
 * harmonic mean. A ratio with a zero denominator counts as 0 (a class never predicted has precision 0).
 *
 * <p><b>Macro-F1</b> is the unweighted mean of F1 over the emotions that occur in the gold labels
 * (support &gt; 0). Emotions absent from the gold labels are left out of the mean, so a test set without,
 * say, sadness is not scored against a class it cannot contain; wrong predictions of such an emotion still
 * count, because they lower the recall of the gold emotions they were made on. With all nine emotions in
 * the gold labels this is the plain mean over the nine.
 *
 * @param count     the number of labelled messages
 * @param accuracy  the share of messages whose prediction equals the gold label, 0 when count is 0
 * @param macroF1   the mean F1 over emotions present in the gold labels, 0 when count is 0
 * @param classes   one entry per emotion, in {@link Emotion} declaration order (all nine, also absent ones)
 * @param confusion the confusion matrix: {@code confusion.get(gold.ordinal()).get(predicted.ordinal())} is
 *                  the number of messages labelled {@code gold} and predicted {@code predicted}; 9 x 9
 */
public record EmotionEvaluation(int count, double accuracy, double macroF1, List<ClassMetrics> classes,
                                List<List<Integer>> confusion) {

    private static final Emotion[] EMOTIONS = Emotion.values();

    /**
     * The figures for one emotion. Immutable and thread-safe.
     *
     * @param emotion   the emotion
     * @param precision correct predictions of it / all predictions of it, 0 when never predicted
     * @param recall    correct predictions of it / its support, 0 when its support is 0
     * @param f1        harmonic mean of precision and recall, 0 when both are 0
     * @param support   the number of gold messages with this label
     * @param predicted the number of messages predicted as this emotion
     */
    public record ClassMetrics(Emotion emotion, double precision, double recall, double f1, int support,
                               int predicted) {
        public ClassMetrics {
            Objects.requireNonNull(emotion, "emotion must not be null");
            if (support < 0 || predicted < 0) {
                throw new IllegalArgumentException("support and predicted must be >= 0, got " + support + " and " + predicted);
            }
        }
    }

    public EmotionEvaluation {
        Objects.requireNonNull(classes, "classes must not be null");
        Objects.requireNonNull(confusion, "confusion must not be null");
        classes = List.copyOf(classes);
        if (classes.size() != EMOTIONS.length) {
            throw new IllegalArgumentException("classes must hold one entry per emotion (" + EMOTIONS.length + "), got " + classes.size());
        }
        for (int i = 0; i < EMOTIONS.length; i++) {
            if (classes.get(i).emotion() != EMOTIONS[i]) {
                throw new IllegalArgumentException("classes must be in Emotion order, found " + classes.get(i).emotion().id() + " at " + i);
            }
        }
        if (confusion.size() != EMOTIONS.length) {
            throw new IllegalArgumentException("confusion must have " + EMOTIONS.length + " rows, got " + confusion.size());
        }
        List<List<Integer>> rows = new ArrayList<>(EMOTIONS.length);
        for (List<Integer> row : confusion) {
            if (row.size() != EMOTIONS.length) {
                throw new IllegalArgumentException("each confusion row must have " + EMOTIONS.length + " columns, got " + row.size());
            }
            rows.add(List.copyOf(row));
        }
        confusion = List.copyOf(rows);
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
    }

    /**
     * Compares gold labels with predictions, position by position.
     *
     * @throws IllegalArgumentException if the lists differ in size (naming both sizes)
     */
    public static EmotionEvaluation of(List<Emotion> gold, List<Emotion> predicted) {
        Objects.requireNonNull(gold, "gold must not be null");
        Objects.requireNonNull(predicted, "predicted must not be null");
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted must have the same size, got " + gold.size()
                    + " and " + predicted.size());
        }
        int n = EMOTIONS.length;
        int[][] matrix = new int[n][n];
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            Emotion g = Objects.requireNonNull(gold.get(i), "gold label must not be null");
            Emotion p = Objects.requireNonNull(predicted.get(i), "predicted label must not be null");
            matrix[g.ordinal()][p.ordinal()]++;
            if (g == p) {
                correct++;
            }
        }
        List<ClassMetrics> classes = new ArrayList<>(n);
        double f1Sum = 0;
        int present = 0;
        for (Emotion emotion : EMOTIONS) {
            int k = emotion.ordinal();
            int truePositives = matrix[k][k];
            int support = 0;
            int predictedCount = 0;
            for (int j = 0; j < n; j++) {
                support += matrix[k][j];
                predictedCount += matrix[j][k];
            }
            double precision = ratio(truePositives, predictedCount);
            double recall = ratio(truePositives, support);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            classes.add(new ClassMetrics(emotion, precision, recall, f1, support, predictedCount));
            if (support > 0) {
                f1Sum += f1;
                present++;
            }
        }
        List<List<Integer>> confusion = new ArrayList<>(n);
        for (int[] row : matrix) {
            List<Integer> cells = new ArrayList<>(n);
            for (int cell : row) {
                cells.add(cell);
            }
            confusion.add(cells);
        }
        return new EmotionEvaluation(gold.size(), ratio(correct, gold.size()), present == 0 ? 0 : f1Sum / present,
                classes, confusion);
    }

    /** Classifies every message with {@code classifier} and compares the primary emotion with its label. */
    public static EmotionEvaluation of(EmotionClassifier classifier, List<LabelledMessage> messages) {
        Objects.requireNonNull(classifier, "classifier must not be null");
        Objects.requireNonNull(messages, "messages must not be null");
        List<Emotion> gold = new ArrayList<>(messages.size());
        List<Emotion> predicted = new ArrayList<>(messages.size());
        for (LabelledMessage message : messages) {
            gold.add(message.label());
            predicted.add(classifier.classify(message.text()).emotion());
        }
        return of(gold, predicted);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    /** {@return the figures for {@code emotion}} */
    public ClassMetrics metrics(Emotion emotion) {
        return classes.get(Objects.requireNonNull(emotion, "emotion must not be null").ordinal());
    }

    /** {@return the number of messages labelled {@code gold} and predicted as {@code predicted}} */
    public int confusion(Emotion gold, Emotion predicted) {
        Objects.requireNonNull(gold, "gold must not be null");
        Objects.requireNonNull(predicted, "predicted must not be null");
        return confusion.get(gold.ordinal()).get(predicted.ordinal());
    }

    /** {@return the number of emotions that occur in the gold labels: the classes macro-F1 averages over} */
    public int classesInGold() {
        int present = 0;
        for (ClassMetrics metrics : classes) {
            if (metrics.support() > 0) {
                present++;
            }
        }
        return present;
    }

    /**
     * A plain-text report: count, accuracy, macro-F1, a table of per-class precision, recall, F1 and
     * support, and the confusion matrix with gold labels as rows and predictions as columns. Figures have
     * three decimals; lines end with {@code \n}.
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "messages  %d\n", count));
        out.append(String.format(Locale.ROOT, "accuracy  %.3f\n", accuracy));
        out.append(String.format(Locale.ROOT, "macro-F1  %.3f (mean F1 over the %d of 9 emotions present in the gold labels)\n",
                macroF1, classesInGold()));
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%-15s %9s %7s %7s %8s %10s\n", "emotion", "precision", "recall", "f1",
                "support", "predicted"));
        for (ClassMetrics metrics : classes) {
            out.append(String.format(Locale.ROOT, "%-15s %9.3f %7.3f %7.3f %8d %10d\n", metrics.emotion().id(),
                    metrics.precision(), metrics.recall(), metrics.f1(), metrics.support(), metrics.predicted()));
        }
        out.append('\n');
        out.append("confusion matrix (rows: gold label, columns: predicted)\n");
        ConfusionMatrixText.append(out, "gold \\ pred", 15, List.of(EMOTIONS), Emotion::id, this::confusion);
        return out.toString();
    }
}
