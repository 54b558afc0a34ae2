package dev.empathy.draft;

import java.util.List;

/**
 * What {@link FindingResolver} keeps of a scan: the findings, and the element-cue and politeness-cue hits
 * that are in the agent's own voice and in scope. Immutable.
 *
 * @param findings     in text order, none inside another
 * @param cueHits      element and time-frame cue hits, for {@link ElementFinder}
 * @param strategyHits politeness cue hits, for the politeness score
 */
record Resolution(List<Finding> findings, List<Hit<ElementCue>> cueHits, List<Hit<PolitenessCue>> strategyHits) {
    Resolution {
        findings = List.copyOf(findings);
        cueHits = List.copyOf(cueHits);
        strategyHits = List.copyOf(strategyHits);
    }
}
