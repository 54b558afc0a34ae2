package dev.empathy.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The last stage of the check: the empathy score (from the elements), the politeness score (from the
 * strategies), and the 0..100 score with the reasons that add up to it. Immutable and thread-safe.
 *
 * <p>{@value #BASE_SCORE} points to start, plus {@value #ELEMENT_POINTS} for each distinct element present,
 * plus {@value #EMPATHY_POINTS} times the empathy score, plus {@value #POLITENESS_POINTS} times (politeness
 * minus 0.5), each rounded, minus each finding's {@link Severity#penalty()}, minus {@value #MISSING_POINTS} for
 * each missing element, clamped to {@code [0, 100]}; the clamp is itself a reason.
 */
final class DraftScorer {

    static final int BASE_SCORE = 60;
    static final int ELEMENT_POINTS = 5;
    static final int EMPATHY_POINTS = 30;
    static final int POLITENESS_POINTS = 30;
    static final int MISSING_POINTS = 10;

    private final EmpathyScorer empathyScorer;
    private final PolitenessScorer politenessScorer;

    DraftScorer(EmpathyScorer empathyScorer, PolitenessScorer politenessScorer) {
        this.empathyScorer = empathyScorer;
        this.politenessScorer = politenessScorer;
    }

    /** The check of {@code draft}, scored. */
    DraftCheck score(String draft, Resolution resolved, List<ElementSpan> elements, List<MissingElement> missing) {
        List<Finding> findings = resolved.findings();
        EmpathyScore empathy = empathyScorer.score(elements, findings);
        PolitenessScore politeness = politenessScorer.score(draft, resolved.strategyHits(), findings);
        List<ScoreReason> reasons = new ArrayList<>();
        reasons.add(new ScoreReason(BASE_SCORE, "starting score"));
        Set<EmpathyElement> present = new LinkedHashSet<>();
        elements.forEach(span -> present.add(span.element()));
        for (EmpathyElement element : present) {
            reasons.add(new ScoreReason(ELEMENT_POINTS, "contains " + element.id()));
        }
        reasons.add(new ScoreReason((int) Math.round(EMPATHY_POINTS * empathy.value()),
                "empathy " + Decimals.twoPlaces(empathy.value())
                        + " (emotional reaction " + Decimals.twoPlaces(empathy.emotionalReaction())
                        + ", interpretation " + Decimals.twoPlaces(empathy.interpretation())
                        + ", exploration " + Decimals.twoPlaces(empathy.exploration()) + ")"));
        reasons.add(new ScoreReason((int) Math.round(POLITENESS_POINTS * (politeness.value() - 0.5)),
                "politeness " + Decimals.twoPlaces(politeness.value())));
        for (Finding finding : findings) {
            reasons.add(new ScoreReason(-finding.severity().penalty(),
                    finding.category().id() + " language (" + finding.ruleId() + ", " + finding.severity().id() + ")"));
        }
        for (MissingElement element : missing) {
            reasons.add(new ScoreReason(-MISSING_POINTS, "missing " + element.element().id() + ": " + element.reason()));
        }
        int total = reasons.stream().mapToInt(ScoreReason::points).sum();
        int score = Math.max(0, Math.min(100, total));
        if (score != total) {
            reasons.add(new ScoreReason(score - total, total > 100 ? "capped at 100" : "floored at 0"));
        }
        return new DraftCheck(draft, findings, elements, missing, score, reasons, empathy, politeness);
    }
}
