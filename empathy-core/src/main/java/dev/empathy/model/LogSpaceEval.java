package dev.empathy.model;

import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Evaluates a model's outcome probabilities without overflow on long messages. OpenNLP's {@code GISModel}
 * exponentiates each outcome's summed feature weights before normalising, so a message with thousands of
 * features (about 12,000 chars) gives {@code Infinity / Infinity = NaN}. For GIS models this computes the same
 * probabilities as a softmax with the largest sum subtracted first (log-space normalisation), which is finite
 * for any number of features; the other algorithms already normalise safely and are passed through.
 * Immutable and thread-safe (the model is only read).
 */
final class LogSpaceEval {

    private final MaxentModel model;
    private final Map<String, Context> predicates; // null: not a GIS model, use model.eval

    @SuppressWarnings("unchecked")
    public LogSpaceEval(MaxentModel model) {
        this.model = model;
        this.predicates = model instanceof GISModel gis ? (Map<String, Context>) gis.getDataStructures()[1] : null;
    }

    /** The probability of each outcome (by the model's outcome index) for {@code context}: finite, summing to 1. */
    public double[] probabilities(String[] context) {
        if (predicates == null) {
            return model.eval(context);
        }
        double[] sums = new double[model.getNumOutcomes()]; // GIS's uniform prior adds the same to each: no effect
        for (String feature : context) {
            Context weights = predicates.get(feature);
            if (weights != null) {
                int[] outcomes = weights.getOutcomes();
                double[] parameters = weights.getParameters();
                for (int j = 0; j < outcomes.length; j++) {
                    sums[outcomes[j]] += parameters[j];
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double sum : sums) {
            max = Math.max(max, sum);
        }
        double total = 0;
        for (int i = 0; i < sums.length; i++) {
            sums[i] = Math.exp(sums[i] - max);
            total += sums[i];
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= total;
        }
        return sums;
    }
}
