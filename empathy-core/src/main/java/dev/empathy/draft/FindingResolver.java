package dev.empathy.draft;

import dev.empathy.emotion.EmotionReading;
import dev.empathy.internal.draft.SignOff;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The second stage of the check: turns a scan's hits into findings. In order: drops every hit in text that
 * is not the agent's voice (quoted customer text, see {@link QuotedText}) and rule hits in the sign-off;
 * drops rule hits a guard cancels ("please" before "make sure you") or that lack a guard they require;
 * drops question-only cues outside questions; keeps, per rule, the leftmost-longest hits of the rules that
 * apply to this customer's emotion; and finally drops findings inside another finding ("calm down" inside
 * "just calm down"). Linear in the number of hits, but for the sorts. Immutable and thread-safe.
 */
final class FindingResolver {

    private final List<CompiledRule> rules;
    private final int guardCount;

    /** A resolver for these rules (in file order) and the guards they name. */
    FindingResolver(List<CompiledRule> rules, Guards guards) {
        this.rules = List.copyOf(rules);
        this.guardCount = guards.all().size();
    }

    /** The findings, element-cue hits and strategy hits of {@code draft}; {@code customer} may be null. */
    Resolution resolve(String draft, Scan scan, EmotionReading customer) {
        Map<CompiledRule, List<Hit<CompiledRule>>> byRule = new IdentityHashMap<>();
        List<Hit<ElementCue>> cueHits = new ArrayList<>();
        List<Hit<PolitenessCue>> strategyHits = new ArrayList<>();
        sort(draft, scan, byRule, cueHits, strategyHits);
        List<Finding> candidates = new ArrayList<>();
        for (CompiledRule compiled : rules) {
            List<Hit<CompiledRule>> hits = byRule.get(compiled);
            DraftRule rule = compiled.rule();
            if (hits == null || !rule.when().isEmpty() && (customer == null || !rule.when().contains(customer.emotion()))) {
                continue;
            }
            for (Hit<CompiledRule> hit : Hit.leftmostLongest(hits)) {
                candidates.add(finding(rule, draft, hit));
            }
        }
        return new Resolution(dropContained(candidates), cueHits, strategyHits);
    }

    /** The matches of {@code rule} alone that survive the filters, without its {@code when} or other rules. */
    List<Finding> matchesOf(CompiledRule rule, String draft, Scan scan) {
        Map<CompiledRule, List<Hit<CompiledRule>>> byRule = new IdentityHashMap<>();
        sort(draft, scan, byRule, new ArrayList<>(), new ArrayList<>());
        List<Hit<CompiledRule>> hits = byRule.getOrDefault(rule, List.of());
        return Hit.leftmostLongest(hits).stream().map(hit -> finding(rule.rule(), draft, hit)).toList();
    }

    /** Files each hit that survives the filters under its owner's kind. */
    private void sort(String draft, Scan scan, Map<CompiledRule, List<Hit<CompiledRule>>> byRule,
                      List<Hit<ElementCue>> cueHits, List<Hit<PolitenessCue>> strategyHits) {
        QuotedText quoted = QuotedText.of(draft);
        int signOff = SignOff.start(draft);
        GuardHits guardHits = new GuardHits(guardCount);
        for (Hit<Guards.Guard> hit : scan.guardHits()) {
            if (!quoted.overlaps(hit.start(), hit.end())) {
                guardHits.add(hit.owner().index(), hit.start(), hit.sentence());
            }
        }
        for (Hit<PatternOwner> hit : scan.hits()) {
            if (quoted.overlaps(hit.start(), hit.end())) {
                continue;
            }
            PatternOwner owner = hit.owner();
            if (owner instanceof CompiledRule rule) {
                if (hit.end() <= signOff && !guardHits.cancels(rule.unless(), rule.requires(), hit.start(), hit.end(), hit.sentence())) {
                    byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(new Hit<>(rule, hit.start(), hit.end(), hit.sentence()));
                }
            } else if (owner instanceof ElementCue cue) {
                if (!cue.questionOnly() || scan.isQuestion(hit.sentence())) {
                    cueHits.add(new Hit<>(cue, hit.start(), hit.end(), hit.sentence()));
                }
            } else {
                PolitenessCue cue = (PolitenessCue) owner; // the last kind PatternOwner permits: a new kind fails here first
                if (!cue.questionOnly() || scan.isQuestion(hit.sentence())) {
                    strategyHits.add(new Hit<>(cue, hit.start(), hit.end(), hit.sentence()));
                }
            }
        }
    }

    /** Drops findings whose span lies inside another finding's span ("calm down" inside "just calm down"). */
    private static List<Finding> dropContained(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start)
                .thenComparing(Comparator.comparingInt(Finding::end).reversed())
                .thenComparing(Comparator.comparing(Finding::severity).reversed())
                .thenComparing(Finding::ruleId));
        List<Finding> kept = new ArrayList<>();
        int coveredTo = -1;
        for (Finding finding : sorted) {
            if (finding.end() <= coveredTo) {
                continue;
            }
            kept.add(finding);
            coveredTo = Math.max(coveredTo, finding.end());
        }
        return kept;
    }

    /** The finding of one hit; its suggestions start with a capital where the matched text does (but is not all caps). */
    private static Finding finding(DraftRule rule, String draft, Hit<CompiledRule> hit) {
        String text = draft.substring(hit.start(), hit.end());
        boolean capital = !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && !isAllCaps(text);
        List<String> suggestions = new ArrayList<>(rule.suggestions().size());
        for (String suggestion : rule.suggestions()) {
            suggestions.add(capital && !suggestion.isEmpty()
                    ? suggestion.substring(0, 1).toUpperCase(Locale.ROOT) + suggestion.substring(1) : suggestion);
        }
        return new Finding(rule.id(), rule.category(), rule.severity(), hit.start(), hit.end(), text, rule.message(), suggestions);
    }

    private static boolean isAllCaps(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters = true;
            }
        }
        return letters;
    }
}
