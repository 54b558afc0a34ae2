package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import dev.empathy.internal.Splits;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The numeric rules of the lexicon classifier, loaded from {@code parameters.tsv}; every key is required
 * and documented in that file.
 */
record Parameters(double neutralPrior, double recencyBoost, double contrastAfter, int negationScope,
                  int modifierWindow, double capsFactor, double exclamationStep, int exclamationMax,
                  double elongationFactor, double repeatedQuestionWeight, double repeatedQuestionStep,
                  double intensityScale, double repeatedSymbolDecay, double questionScale, double signOffFactor,
                  double sarcasmComplaintMin, double failureWeight, double failureDecay, double waitRepeatEvidence,
                  double hashtagFactor, double hypotheticalQuestion, Map<Emotion, Negation> negation) {

    /** What a negated cue of one emotion becomes: another emotion at a factor of its weight (0 cancels it). */
    record Negation(Emotion target, double factor) {

        /** {@code cue} negated by this rule: marked {@link CueModifier#NEGATED}, then cancelled or turned into the target. */
        LexiconCue negate(LexiconCue cue) {
            LexiconCue negated = cue.with(CueModifier.NEGATED);
            return target == Emotion.NEUTRAL ? negated.withWeight(0) : negated.as(target).times(factor);
        }
    }

    static final String FORMAT = "empathy-parameters";

    private static final Set<String> KEYS = Set.of("neutral.prior", "recency.boost", "contrast.after", "negation.scope",
            "modifier.window", "caps.factor", "exclamation.step", "exclamation.max", "elongation.factor",
            "question.repeated.weight", "question.repeated.step", "intensity.scale", "symbol.repeat.decay",
            "question.scale", "signoff.factor", "sarcasm.complaint.min", "failure.weight", "failure.decay",
            "wait.repeat.evidence", "hashtag.factor", "hypothetical.question");

    static Parameters load(DataLines lines) {
        Map<String, Double> values = new HashMap<>();
        Map<Emotion, Negation> negation = new EnumMap<>(Emotion.class);
        for (DataLines.Line line : lines.records()) {
            String[] fields = line.fields();
            if (fields.length != 2) {
                throw new InvalidDataException(lines.source(), line.number(), "expected 2 TAB-separated fields (key, value), found " + fields.length);
            }
            String key = fields[0].strip();
            String value = fields[1].strip();
            if (KEYS.contains(key)) {
                if (values.put(key, number(lines, line, value, 0, 100)) != null) {
                    throw new InvalidDataException(lines.source(), line.number(), "duplicate key '" + key + "'");
                }
            } else if (key.startsWith("negation.")) {
                Emotion from = emotion(lines, line, key.substring("negation.".length()));
                String[] target = Splits.onWhitespace(value);
                if (target.length != 2) {
                    throw new InvalidDataException(lines.source(), line.number(), "expected '<emotion> <factor>' for " + key + ", found '" + value + "'");
                }
                negation.put(from, new Negation(emotion(lines, line, target[0]), number(lines, line, target[1], 0, 2)));
            } else {
                throw new InvalidDataException(lines.source(), line.number(), "unknown key '" + key + "'");
            }
        }
        for (String key : KEYS) {
            if (!values.containsKey(key)) {
                throw new InvalidDataException(lines.source(), 0, "missing key '" + key + "'");
            }
        }
        for (Emotion emotion : Emotion.values()) {
            if (emotion != Emotion.NEUTRAL && !negation.containsKey(emotion)) {
                throw new InvalidDataException(lines.source(), 0, "missing key 'negation." + emotion.id() + "'");
            }
        }
        return new Parameters(values.get("neutral.prior"), values.get("recency.boost"), values.get("contrast.after"),
                values.get("negation.scope").intValue(), values.get("modifier.window").intValue(), values.get("caps.factor"),
                values.get("exclamation.step"), values.get("exclamation.max").intValue(), values.get("elongation.factor"),
                values.get("question.repeated.weight"), values.get("question.repeated.step"), values.get("intensity.scale"),
                values.get("symbol.repeat.decay"), values.get("question.scale"), values.get("signoff.factor"),
                values.get("sarcasm.complaint.min"), values.get("failure.weight"), values.get("failure.decay"),
                values.get("wait.repeat.evidence"), values.get("hashtag.factor"), values.get("hypothetical.question"),
                Map.copyOf(negation));
    }

    private static Emotion emotion(DataLines lines, DataLines.Line line, String id) {
        try {
            return Emotion.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(lines.source(), line.number(), e.getMessage());
        }
    }

    private static double number(DataLines lines, DataLines.Line line, String text, double min, double max) {
        double value;
        try {
            value = DataLines.decimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidDataException(lines.source(), line.number(), "'" + text + "' is not a number");
        }
        if (!(value >= min && value <= max)) {
            throw new InvalidDataException(lines.source(), line.number(), "value " + text + " is outside " + min + ".." + max);
        }
        return value;
    }
}
