package dev.empathy.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntBiFunction;

/**
 * The plain-text confusion matrix shared by the evaluation reports: a corner label, one column per label
 * headed by its first five letters, one row per gold label, counts right-aligned in 5 characters; lines end
 * with {@code \n}. Stateless.
 */
public final class ConfusionMatrixText {

    private ConfusionMatrixText() {
    }

    /**
     * Appends the matrix of {@code labels} to {@code out}.
     *
     * @param corner     the top-left cell, e.g. {@code "gold \\ pred"}
     * @param labelWidth the width of the first column
     * @param idOf       a label's id, at least five characters long
     * @param count      how often {@code (gold, other)} occurred
     */
    public static <L> void append(StringBuilder out, String corner, int labelWidth, List<L> labels,
                                  Function<L, String> idOf, ToIntBiFunction<L, L> count) {
        String cell = "%-" + labelWidth + "s";
        out.append(String.format(Locale.ROOT, cell, corner));
        for (L label : labels) {
            out.append(String.format(Locale.ROOT, " %5s", idOf.apply(label).substring(0, 5)));
        }
        out.append('\n');
        for (L gold : labels) {
            out.append(String.format(Locale.ROOT, cell, idOf.apply(gold)));
            for (L other : labels) {
                out.append(String.format(Locale.ROOT, " %5d", count.applyAsInt(gold, other)));
            }
            out.append('\n');
        }
    }
}
