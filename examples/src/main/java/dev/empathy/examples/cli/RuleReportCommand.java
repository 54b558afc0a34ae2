package dev.empathy.examples.cli;

import dev.empathy.data.InvalidDataException;
import dev.empathy.draft.DraftChecker;
import dev.empathy.draft.DraftEvaluation;
import dev.empathy.draft.DraftRule;
import dev.empathy.draft.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rule-report --replies FILE --drafts FILE}: for each draft rule, how often it fires on real agent
 * replies (which should pass) and on good drafts (no labelled span), and how many labelled dismissive spans it
 * finds, so that a noisy rule is seen before it ships. Rules that never fire are left out unless {@code --all}.
 */
@Command(name = "rule-report", mixinStandardHelpOptions = true,
        description = {"Per draft rule: replies it flags, good drafts it flags and labelled spans it finds.",
                "Replies (--replies): JSON Lines {\"id\", \"text\"} (name ending in .jsonl) or one reply per line.",
                "Drafts (--drafts): a labelled drafts file as evaluate-drafts reads it (TSV or .jsonl).",
                "Noisiest rules first: replies flagged, then good drafts flagged."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:reported", "1:a malformed input or rules file", "2:usage error"})
final class RuleReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--replies", paramLabel = "FILE", description = "Real replies that should pass.")
    Path replies;

    @Option(names = "--drafts", paramLabel = "FILE", description = "Labelled drafts (good ones have no span).")
    Path drafts;

    @Mixin
    RulesOptions rulesOptions;


    @Option(names = "--all", description = "List every rule, also those that never fire.")
    boolean all;

    private static final class Row {
        int replies;
        int good;
        int found;
        int outside;
    }

    @Override
    public Integer call() {
        if (replies == null && drafts == null) {
            throw EmpathyCli.usageError(spec, "give --replies FILE, --drafts FILE or both");
        }
        DraftChecker checker = rulesOptions.checker();
        Map<String, Row> rows = new HashMap<>();
        checker.rules().forEach(rule -> rows.put(rule.id(), new Row()));
        int replyCount = 0;
        int repliesFlagged = 0;
        if (replies != null) {
            for (String reply : readReplies(replies)) {
                replyCount++;
                Set<String> fired = ruleIds(checker.check(reply).findings());
                repliesFlagged += fired.isEmpty() ? 0 : 1;
                fired.forEach(id -> rows.get(id).replies++);
            }
        }
        int goodCount = 0;
        int goodFlagged = 0;
        int spanCount = 0;
        if (drafts != null) {
            List<DraftEvaluation.LabelledDraft> labelled;
            try {
                labelled = DraftEvaluation.load(drafts);
            } catch (InvalidDataException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            for (DraftEvaluation.LabelledDraft draft : labelled) {
                List<Finding> findings = draft.customer().isBlank() ? checker.check(draft.text()).findings()
                        : checker.check(draft.text(), draft.customer()).findings();
                if (draft.spans().isEmpty()) {
                    goodCount++;
                    Set<String> fired = ruleIds(findings);
                    goodFlagged += fired.isEmpty() ? 0 : 1;
                    fired.forEach(id -> rows.get(id).good++);
                    continue;
                }
                spanCount += draft.spans().size();
                for (Finding finding : findings) {
                    boolean inSpan = draft.spans().stream().anyMatch(s -> s.start() < finding.end() && finding.start() < s.end());
                    if (inSpan) {
                        rows.get(finding.ruleId()).found++;
                    } else {
                        rows.get(finding.ruleId()).outside++;
                    }
                }
            }
        }
        List<DraftRule> order = new ArrayList<>(checker.rules());
        order.sort(Comparator.<DraftRule>comparingInt(r -> -rows.get(r.id()).replies)
                .thenComparingInt(r -> -rows.get(r.id()).good)
                .thenComparingInt(r -> -rows.get(r.id()).found)
                .thenComparing(DraftRule::id));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-36s %-8s %8s %8s %8s %8s%n", "rule", "severity", "replies", "good", "found", "outside");
        for (DraftRule rule : order) {
            Row row = rows.get(rule.id());
            if (all || row.replies + row.good + row.found + row.outside > 0) {
                out.printf(Locale.ROOT, "%-36s %-8s %8d %8d %8d %8d%n", rule.id(), rule.severity().id(), row.replies, row.good, row.found, row.outside);
            }
        }
        out.printf(Locale.ROOT, "replies flagged: %d of %d (%.3f); good drafts flagged: %d of %d (%.3f); labelled spans: %d%n",
                repliesFlagged, replyCount, share(repliesFlagged, replyCount), goodFlagged, goodCount, share(goodFlagged, goodCount), spanCount);
        out.println("replies/good: texts a rule flags that should pass; found: findings inside a labelled span; outside: findings elsewhere in dismissive drafts");
        out.flush();
        return EmpathyCli.OK;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }

    private static Set<String> ruleIds(List<Finding> findings) {
        Set<String> ids = new HashSet<>();
        findings.forEach(f -> ids.add(f.ruleId()));
        return ids;
    }

    private List<String> readReplies(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + e.getClass().getSimpleName(), e);
        }
        boolean jsonl = file.toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (!jsonl) {
                texts.add(line);
                continue;
            }
            try {
                var node = JsonOutput.mapper().readTree(line);
                if (node == null || !node.isObject() || node.get("text") == null || !node.get("text").isTextual()) {
                    throw new BadInputException(file + ":" + (i + 1) + ": expected {\"text\": \"...\"}");
                }
                texts.add(node.get("text").textValue());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new BadInputException(file + ":" + (i + 1) + ": not valid JSON: " + e.getOriginalMessage(), e);
            }
        }
        return texts;
    }
}
