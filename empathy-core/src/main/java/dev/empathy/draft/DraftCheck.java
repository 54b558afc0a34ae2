package dev.empathy.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of checking one draft. Immutable and thread-safe.
 *
 * @param draft    the draft as checked; every offset refers to it
 * @param findings dismissive language, in text order
 * @param elements the empathy elements found, in text order
 * @param missing  the elements this customer needs and the draft lacks, with reasons; empty when the
 *                 customer is unknown
 * @param score    the empathy score, {@code [0, 100]}; see {@link DraftChecker} for the formula
 * @param reasons  the terms of the score; their points add up to {@code score}
 * @param empathy    how much empathy the draft shows, {@code [0, 1]}, with its mechanisms and spans
 * @param politeness how polite the draft reads, {@code [0, 1]}, with its strategies and spans
 */
public record DraftCheck(String draft, List<Finding> findings, List<ElementSpan> elements, List<MissingElement> missing,
                         int score, List<ScoreReason> reasons, EmpathyScore empathy, PolitenessScore politeness) {

    public DraftCheck {
        Objects.requireNonNull(draft, "draft must not be null");
        Objects.requireNonNull(empathy, "empathy must not be null");
        Objects.requireNonNull(politeness, "politeness must not be null");
        findings = List.copyOf(findings);
        elements = List.copyOf(elements);
        missing = List.copyOf(missing);
        reasons = List.copyOf(reasons);
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be in [0, 100], got " + score);
        }
    }

    /** {@return true if no rule matched} */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /**
     * Replaces {@code finding}'s span with its suggestion number {@code suggestionIndex}. An empty suggestion
     * deletes the span and one space next to it. Later findings move by the change in length; findings that
     * overlap the span are dropped.
     *
     * <table>
     *   <caption>Examples</caption>
     *   <tr><td>"Please calm down, we are on it." + "I understand"</td><td>"Please I understand, we are on it."</td></tr>
     *   <tr><td>"You simply click Save." + "" (delete)</td><td>"You click Save."</td></tr>
     * </table>
     *
     * @throws IllegalArgumentException if {@code finding} is not one of {@link #findings()} or the index is
     *                                  not one of its suggestions
     */
    public Revision apply(Finding finding, int suggestionIndex) {
        Objects.requireNonNull(finding, "finding must not be null");
        if (!findings.contains(finding)) {
            throw new IllegalArgumentException("finding " + finding.ruleId() + " at " + finding.start() + " is not one of this check's findings");
        }
        if (suggestionIndex < 0 || suggestionIndex >= finding.suggestions().size()) {
            throw new IllegalArgumentException("suggestionIndex " + suggestionIndex + " is out of range: finding "
                    + finding.ruleId() + " has " + finding.suggestions().size() + " suggestions");
        }
        String replacement = finding.suggestions().get(suggestionIndex);
        int start = finding.start();
        int end = finding.end();
        if (replacement.isEmpty()) {
            if (start > 0 && draft.charAt(start - 1) == ' ' && (end == draft.length() || draft.charAt(end) == ' ' || !Character.isLetterOrDigit(draft.charAt(end)))) {
                start--;
            } else if (end < draft.length() && draft.charAt(end) == ' ') {
                end++;
            }
        }
        String text = draft.substring(0, start) + replacement + draft.substring(end);
        int delta = replacement.length() - (end - start);
        List<Finding> remaining = new ArrayList<>();
        for (Finding other : findings) {
            if (other.equals(finding)) {
                continue;
            }
            if (other.end() <= start) {
                remaining.add(other);
            } else if (other.start() >= end) {
                remaining.add(other.shift(delta));
            }
        }
        return new Revision(text, remaining);
    }
}
