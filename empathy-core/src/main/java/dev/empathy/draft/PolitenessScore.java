package dev.empathy.draft;

import java.util.List;
import java.util.Objects;

/**
 * How polite a draft reads, in {@code [0, 1]} (0.5: neither), with the politeness strategies behind it.
 * Immutable and thread-safe.
 *
 * <p>The strategies follow Danescu-Niculescu-Mizil et al., "A computational approach to politeness with
 * application to social factors" (ACL 2013): gratitude, apologising, "please" inside a sentence, hedges,
 * greetings, counterfactual modals ("could you") raise it; direct questions ("why did you"), a direct start
 * ("so", "but"), factuality ("actually"), a second-person start, a sentence-initial "please" and negative words
 * lower it. Each strategy present counts once with its weight ({@code politeness.tsv}); each dismissive finding
 * subtracts its {@link Severity#penalty()} in twentieths; {@link #value()} is the logistic function of the sum.
 *
 * @param value    the politeness score, {@code [0, 1]}
 * @param evidence the first span of each strategy present and every finding, in text order
 */
public record PolitenessScore(double value, List<ScoreEvidence> evidence) {

    /**
     * Creates the record, checking its components.
     *
     * @param value the politeness score, {@code [0, 1]}
     * @param evidence the first span of each strategy present and every finding, in text order
     */
    public PolitenessScore {
        EmpathyScore.checkUnit("value", value);
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence must not be null"));
    }
}
