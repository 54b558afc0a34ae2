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
 * <p>{@code mechanisms.tsv} ({@code # empathy-mechanisms 1}) records: {@code element<TAB>mechanism<TAB>weight},
 * e.g. {@code apology<TAB>emotional-reaction<TAB>1.0}; an element may feed several mechanisms, and one that is
 * not listed feeds none. See {@link EmpathyScore} for the formula.
 */
final class EmpathyScorer {

    /** The format name on {@code mechanisms.tsv}'s first line. */
    static final String FORMAT = "empathy-mechanisms";

    private record Weight(EmpathyMechanism mechanism, double weight) {
    }

    private final Map<EmpathyElement, List<Weight>> weights;

    private EmpathyScorer(Map<EmpathyElement, List<Weight>> weights) {
        this.weights = weights;
    }

    /** Reads and validates {@code mechanisms.tsv}; the first malformed line fails with file, line and reason. */
    static EmpathyScorer load(DataLines lines) {
        Map<EmpathyElement, List<Weight>> weights = new EnumMap<>(EmpathyElement.class);
        for (DataLines.Line line : lines.records()) {
            String[] f = line.fields();
            if (f.length != 3) {
                throw new InvalidDataException(lines.source(), line.number(), "expected 3 TAB-separated fields (element, mechanism, weight), found " + f.length);
            }
            EmpathyElement element = null;
            for (EmpathyElement candidate : EmpathyElement.values()) {
                if (candidate.id().equals(f[0].strip())) {
                    element = candidate;
                }
            }
            EmpathyMechanism mechanism = null;
            for (EmpathyMechanism candidate : EmpathyMechanism.values()) {
                if (candidate.id().equals(f[1].strip())) {
                    mechanism = candidate;
                }
            }
            if (element == null || mechanism == null) {
                throw new InvalidDataException(lines.source(), line.number(),
                        element == null ? "unknown element '" + f[0].strip() + "'" : "unknown mechanism '" + f[1].strip() + "'");
            }
            double weight;
            try {
                weight = Double.parseDouble(f[2].strip());
            } catch (NumberFormatException e) {
                throw new InvalidDataException(lines.source(), line.number(), "weight must be a number, found '" + f[2].strip() + "'");
            }
            if (!(weight > 0 && weight <= 5)) {
                throw new InvalidDataException(lines.source(), line.number(), "weight must be in (0, 5], found " + f[2].strip());
            }
            weights.computeIfAbsent(element, e -> new ArrayList<>()).add(new Weight(mechanism, weight));
        }
        weights.replaceAll((element, list) -> List.copyOf(list));
        return new EmpathyScorer(weights);
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
            double weight = finding.severity().penalty() / 100.0;
            penalty += weight;
            evidence.add(new ScoreEvidence(finding.ruleId(), finding.start(), finding.end(), finding.text(), -weight,
                    finding.category().id() + " language"));
        }
        evidence.sort(Comparator.comparingInt(ScoreEvidence::start));
        double er = strength(raw, EmpathyMechanism.EMOTIONAL_REACTION);
        double ip = strength(raw, EmpathyMechanism.INTERPRETATION);
        double ex = strength(raw, EmpathyMechanism.EXPLORATION);
        double value = Math.max(0, Math.min(1, (er + ip + ex) / 3 - penalty));
        return new EmpathyScore(value, er, ip, ex, evidence);
    }

    private static double strength(Map<EmpathyMechanism, Double> raw, EmpathyMechanism mechanism) {
        return 1 - Math.exp(-raw.getOrDefault(mechanism, 0.0));
    }
}
