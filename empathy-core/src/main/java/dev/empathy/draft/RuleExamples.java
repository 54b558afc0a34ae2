package dev.empathy.draft;

import java.util.List;
import java.util.Objects;

/**
 * How a rule's examples are run: the matches of one rule alone, without overlap resolution across rules and
 * without the rule's customer-emotion limit ({@link DraftRule#when()}), so that each example tests its own
 * rule. Used by the build's rule tests and by {@code dev.empathy.verify.DataVerifier}. Stateless.
 */
public final class RuleExamples {

    private RuleExamples() {
    }

    /**
     * {@return the findings of rule {@code ruleId} of {@code checker} alone on {@code draft}}
     *
     * @throws IllegalArgumentException if {@code checker} has no rule {@code ruleId}
     */
    public static List<Finding> matches(DraftChecker checker, String ruleId, String draft) {
        Objects.requireNonNull(checker, "checker must not be null");
        Objects.requireNonNull(ruleId, "ruleId must not be null");
        Objects.requireNonNull(draft, "draft must not be null");
        return checker.matchRule(ruleId, draft);
    }
}
