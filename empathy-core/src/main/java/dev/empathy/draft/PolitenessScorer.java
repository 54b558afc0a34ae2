package dev.empathy.draft;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import dev.empathy.internal.draft.PatternCompiler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores politeness from the strategies of {@code politeness.tsv} ({@code # empathy-politeness 1}) found in a
 * draft. Immutable and thread-safe once loaded.
 *
 * <p>Records: {@code strategy<TAB>weight<TAB>scope<TAB>pattern<TAB>example<TAB>counter}. A strategy may have
 * several lines, all with the same weight; scope is {@code any} or {@code question} (the cue counts only in a
 * sentence ending with a question mark); the example must show the strategy and the counter-example
 * ({@code -} for none) must not. See {@link PolitenessScore} for the formula.
 */
final class PolitenessScorer {

    /** The format name on {@code politeness.tsv}'s first line. */
    static final String FORMAT = "empathy-politeness";

    private final List<PolitenessCue> cues;

    private PolitenessScorer(List<PolitenessCue> cues) {
        this.cues = List.copyOf(cues);
    }

    /** Reads and validates {@code politeness.tsv}; the first malformed line fails with file, line and reason. */
    static PolitenessScorer load(DataLines lines, PatternCompiler compiler) {
        List<PolitenessCue> cues = new ArrayList<>();
        Map<String, Double> weights = new HashMap<>();
        for (DataLines.Line line : lines.records()) {
            String[] f = line.fields();
            if (f.length != 6) {
                throw new InvalidDataException(lines.source(), line.number(),
                        "expected 6 TAB-separated fields (strategy, weight, scope, pattern, example, counter), found " + f.length);
            }
            String strategy = f[0].strip();
            if (!strategy.matches("[a-z][a-z0-9-]*")) {
                throw new InvalidDataException(lines.source(), line.number(), "strategy id must be lower case letters, digits and '-', found '" + strategy + "'");
            }
            double weight;
            try {
                weight = Double.parseDouble(f[1].strip());
            } catch (NumberFormatException e) {
                throw new InvalidDataException(lines.source(), line.number(), "weight must be a number, found '" + f[1].strip() + "'");
            }
            if (!Double.isFinite(weight) || Math.abs(weight) > 5) {
                throw new InvalidDataException(lines.source(), line.number(), "weight must be in [-5, 5], found " + f[1].strip());
            }
            Double earlier = weights.putIfAbsent(strategy, weight);
            if (earlier != null && earlier != weight) {
                throw new InvalidDataException(lines.source(), line.number(), "strategy '" + strategy + "' has weight " + earlier + " on an earlier line");
            }
            String scope = f[2].strip();
            if (!scope.equals("any") && !scope.equals("question")) {
                throw new InvalidDataException(lines.source(), line.number(), "scope must be 'any' or 'question', found '" + scope + "'");
            }
            if (f[4].isBlank()) {
                throw new InvalidDataException(lines.source(), line.number(), "the example must not be empty");
            }
            String counter = f[5].strip().equals("-") ? "" : f[5].strip();
            try {
                cues.add(new PolitenessCue(strategy, weight, scope.equals("question"), compiler.compile(f[3]), f[4].strip(), counter, line.number()));
            } catch (IllegalArgumentException e) {
                throw new InvalidDataException(lines.source(), line.number(), "broken pattern '" + f[3].strip() + "': " + e.getMessage());
            }
        }
        return new PolitenessScorer(cues);
    }

    /** Every cue, in file order. */
    List<PolitenessCue> cues() {
        return cues;
    }

    /** Scores the strategy hits (already outside quotes and in scope) and the findings of one draft. */
    PolitenessScore score(String draft, List<Hit<PolitenessCue>> hits, List<Finding> findings) {
        List<Hit<PolitenessCue>> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.<Hit<PolitenessCue>>comparingInt(Hit::start)
                .thenComparing(Comparator.<Hit<PolitenessCue>>comparingInt(Hit::end).reversed()));
        List<ScoreEvidence> evidence = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        double sum = 0;
        for (Hit<PolitenessCue> hit : sorted) {
            if (seen.add(hit.owner().strategy())) {
                sum += hit.owner().weight();
                evidence.add(new ScoreEvidence(hit.owner().strategy(), hit.start(), hit.end(), draft.substring(hit.start(), hit.end()),
                        hit.owner().weight(), hit.owner().weight() >= 0 ? "polite: " + hit.owner().strategy() : "impolite: " + hit.owner().strategy()));
            }
        }
        for (Finding finding : findings) {
            double weight = -finding.severity().penalty() / 20.0;
            sum += weight;
            evidence.add(new ScoreEvidence(finding.ruleId(), finding.start(), finding.end(), finding.text(), weight,
                    finding.category().id() + " language"));
        }
        evidence.sort(Comparator.comparingInt(ScoreEvidence::start));
        return new PolitenessScore(1 / (1 + Math.exp(-sum)), evidence);
    }
}
