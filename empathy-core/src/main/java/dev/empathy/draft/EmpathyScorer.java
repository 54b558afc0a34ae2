package dev.empathy.draft;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores empathy from the elements found in a draft, after the three mechanisms of EPITOME (Sharma et al.,
 * EMNLP 2020). Immutable and thread-safe once loaded.
 *
 * <p>{@code mechanisms.tsv} ({@code # empathy-mechanisms 1}) holds TAB-separated records of three kinds:
 * <ul>
 *   <li>{@code element<TAB>mechanism<TAB>weight}: the element feeds the mechanism, e.g.
 *       {@code apology<TAB>emotional-reaction<TAB>1.0}; an element may feed several mechanisms, and one that
 *       is not listed feeds none;</li>
 *   <li>{@code mechanism<TAB>name<TAB>weight}: the mechanism's weight in the value (1 when not listed);</li>
 *   <li>{@code penalty<TAB>category<TAB>factor}: findings of this {@link Category} lower the value by factor
 *       times their {@link Severity#penalty()} in hundredths; findings of a category not listed leave it alone.</li>
 * </ul>
 * Every weight and factor is in {@code (0, 5]}; a second record for the same pair fails. See
 * {@link EmpathyScore} for the formula.
 */
final class EmpathyScorer {

    /** The format name on {@code mechanisms.tsv}'s first line. */
    static final String FORMAT = "empathy-mechanisms";

    private record Weight(EmpathyMechanism mechanism, double weight) {
    }

    private final Map<EmpathyElement, List<Weight>> weights;
    private final Map<EmpathyMechanism, Double> mechanismWeights;
    private final Map<Category, Double> penalties;

    private EmpathyScorer(Map<EmpathyElement, List<Weight>> weights, Map<EmpathyMechanism, Double> mechanismWeights,
                          Map<Category, Double> penalties) {
        this.weights = weights;
        this.mechanismWeights = mechanismWeights;
        this.penalties = penalties;
    }

    /** Reads and validates {@code mechanisms.tsv}; the first malformed line fails with file, line and reason. */
    static EmpathyScorer load(DataLines lines) {
        Map<EmpathyElement, List<Weight>> weights = new EnumMap<>(EmpathyElement.class);
        Map<EmpathyMechanism, Double> mechanismWeights = new EnumMap<>(EmpathyMechanism.class);
        Map<Category, Double> penalties = new EnumMap<>(Category.class);
        for (DataLines.Line line : lines.records()) {
            String[] f = line.fields();
            if (f.length != 3) {
                throw new InvalidDataException(lines.source(), line.number(),
                        "expected 3 TAB-separated fields (element, mechanism, weight; mechanism, name, weight; or penalty, category, factor), found "
                                + f.length);
            }
            String kind = f[0].strip();
            double weight = weight(lines, line, f[2].strip());
            if (kind.equals("mechanism")) {
                EmpathyMechanism mechanism = mechanism(lines, line, f[1].strip());
                if (mechanismWeights.put(mechanism, weight) != null) {
                    throw new InvalidDataException(lines.source(), line.number(), "mechanism '" + mechanism.id() + "' is weighted twice");
                }
            } else if (kind.equals("penalty")) {
                Category category;
                try {
                    category = Category.fromId(f[1]);
                } catch (IllegalArgumentException e) {
                    throw new InvalidDataException(lines.source(), line.number(), e.getMessage());
                }
                if (penalties.put(category, weight) != null) {
                    throw new InvalidDataException(lines.source(), line.number(), "category '" + category.id() + "' has two penalties");
                }
            } else {
                EmpathyElement element = null;
                for (EmpathyElement candidate : EmpathyElement.values()) {
                    if (candidate.id().equals(kind)) {
                        element = candidate;
                    }
                }
                if (element == null) {
                    throw new InvalidDataException(lines.source(), line.number(), "unknown element '" + kind + "'");
                }
                weights.computeIfAbsent(element, e -> new ArrayList<>()).add(new Weight(mechanism(lines, line, f[1].strip()), weight));
            }
        }
        weights.replaceAll((element, list) -> List.copyOf(list));
        return new EmpathyScorer(weights, mechanismWeights, penalties);
    }

    private static EmpathyMechanism mechanism(DataLines lines, DataLines.Line line, String id) {
        for (EmpathyMechanism candidate : EmpathyMechanism.values()) {
            if (candidate.id().equals(id)) {
                return candidate;
            }
        }
        throw new InvalidDataException(lines.source(), line.number(), "unknown mechanism '" + id + "'");
    }

    private static double weight(DataLines lines, DataLines.Line line, String text) {
        double weight;
        try {
            weight = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InvalidDataException(lines.source(), line.number(), "weight must be a number, found '" + text + "'");
        }
        if (!(weight > 0 && weight <= 5)) {
            throw new InvalidDataException(lines.source(), line.number(), "weight must be in (0, 5], found " + text);
        }
        return weight;
    }

    EmpathyScore score(List<ElementSpan> elements, List<Finding> findings) {
        Map<EmpathyMechanism, Double> raw = new EnumMap<>(EmpathyMechanism.class);
        List<ScoreEvidence> evidence = new ArrayList<>();
        for (ElementSpan span : elements) {
            for (Weight weight : weights.getOrDefault(span.element(), List.of())) {
                raw.merge(weight.mechanism(), weight.weight(), Double::sum);
                evidence.add(new ScoreEvidence(span.element().id(), span.start(), span.end(), span.text(), weight.weight(),
                        span.element().id() + " (" + weight.mechanism().id().replace('-', ' ') + ")"));
            }
        }
        double penalty = 0;
        for (Finding finding : findings) {
            Double factor = penalties.get(finding.category());
            if (factor == null) {
                continue;
            }
            double weight = factor * finding.severity().penalty() / 100.0;
            penalty += weight;
            evidence.add(new ScoreEvidence(finding.ruleId(), finding.start(), finding.end(), finding.text(), -weight,
                    finding.category().id() + " language"));
        }
        evidence.sort(Comparator.comparingInt(ScoreEvidence::start));
        double[] strength = new double[EmpathyMechanism.values().length];
        double weighted = 0;
        double totalWeight = 0;
        for (EmpathyMechanism mechanism : EmpathyMechanism.values()) {
            strength[mechanism.ordinal()] = 1 - Math.exp(-raw.getOrDefault(mechanism, 0.0));
            double weight = mechanismWeights.getOrDefault(mechanism, 1.0);
            weighted += weight * strength[mechanism.ordinal()];
            totalWeight += weight;
        }
        double value = Math.max(0, Math.min(1, weighted / totalWeight - penalty));
        return new EmpathyScore(value, strength[EmpathyMechanism.EMOTIONAL_REACTION.ordinal()],
                strength[EmpathyMechanism.INTERPRETATION.ordinal()], strength[EmpathyMechanism.EXPLORATION.ordinal()], evidence);
    }
}
