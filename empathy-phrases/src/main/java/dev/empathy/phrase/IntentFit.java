package dev.empathy.phrase;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import dev.empathy.emotion.Emotion;

/**
 * How well each intent fits each primary emotion, from {@code intent-fit.tsv}; 0 for pairs not listed,
 * which are never offered. Immutable.
 */
final class IntentFit {

    static final String FORMAT = "empathy-intent-fit";
    static final String RESOURCE = "/dev/empathy/phrase/intent-fit.tsv";

    private final double[][] weights;

    private IntentFit(double[][] weights) {
        this.weights = weights;
    }

    static IntentFit builtIn() {
        return read(DataLines.resource(IntentFit.class.getResourceAsStream(RESOURCE), RESOURCE, FORMAT, 1));
    }

    static IntentFit read(DataLines file) {
        double[][] weights = new double[Emotion.values().length][Intent.values().length];
        boolean[][] seen = new boolean[Emotion.values().length][Intent.values().length];
        for (DataLines.Line line : file.records()) {
            String[] fields = line.fields();
            if (fields.length != 3) {
                throw new InvalidDataException(file.source(), line.number(),
                        "expected 3 TAB-separated fields (emotion, intent, weight), found " + fields.length);
            }
            Emotion emotion;
            Intent intent;
            try {
                emotion = Emotion.fromId(fields[0]);
                intent = Intent.fromId(fields[1]);
            } catch (IllegalArgumentException e) {
                throw new InvalidDataException(file.source(), line.number(), e.getMessage());
            }
            double weight;
            try {
                weight = DataLines.decimal(fields[2]);
            } catch (NumberFormatException e) {
                weight = Double.NaN;
            }
            if (!(weight > 0 && weight <= 1)) {
                throw new InvalidDataException(file.source(), line.number(),
                        "weight must be a number in (0, 1], found '" + fields[2] + "'");
            }
            if (seen[emotion.ordinal()][intent.ordinal()]) {
                throw new InvalidDataException(file.source(), line.number(),
                        "duplicate pair " + emotion.id() + " / " + intent.id());
            }
            seen[emotion.ordinal()][intent.ordinal()] = true;
            weights[emotion.ordinal()][intent.ordinal()] = weight;
        }
        return new IntentFit(weights);
    }

    double weight(Emotion emotion, int intentOrdinal) {
        return weights[emotion.ordinal()][intentOrdinal];
    }
}
