package dev.empathy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.data.InvalidDataException;
import dev.empathy.draft.DraftCheck;
import dev.empathy.draft.DraftChecker;
import dev.empathy.draft.ElementSpan;
import dev.empathy.draft.EmpathyMechanism;
import dev.empathy.draft.Finding;
import dev.empathy.draft.MissingElement;
import dev.empathy.draft.ScoreEvidence;
import dev.empathy.draft.ScoreReason;
import dev.empathy.draft.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code check}: reads agent drafts from standard input and writes one JSON object per draft (findings,
 * elements, missing elements, score, the empathy and politeness scores in [0, 1] with their mechanisms and
 * evidence), or a linter-style view with {@code --pretty}.
 *
 * <p>Plain input: every line is one draft. {@code --jsonl}: every non-blank line is
 * {@code {"id": ..., "text": "<draft>", "customer": "<customer message, optional>"}}; with a customer
 * message the draft is also checked for what this customer needs. Malformed lines stop the command with
 * the line number on stderr and exit code 1.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks agent drafts for dismissive language and missing empathy elements.",
                "Input: one draft per line, or with --jsonl one {\"id\": ..., \"text\": ..., \"customer\": ...} object per line.",
                "Output: one JSON object per draft, or a linter-style view with --pretty."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:all drafts checked", "1:a malformed input line or rules file", "2:usage error"})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    StandardInput stdin;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonlInput jsonl;

    @Option(names = "--pretty", description = "Linter-style view: line:column, rule id, message, suggestion.")
    boolean pretty;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Highlight spans in the --pretty view: auto (only on a terminal), always or never. Default: ${DEFAULT-VALUE}.")
    ClassifyCommand.ColorMode color;

    @Mixin
    RulesOptions rulesOptions;

    @Mixin
    ThreadsOption threadsOption;


    @Override
    public Integer call() {
        DraftChecker checker = rulesOptions.checker();
        PrintWriter out = spec.commandLine().getOut();
        boolean ansi = color.useAnsi();
        InputLines lines = stdin.lines();
        LinePipeline.Step step = (line, number, draftNumber) -> {
            JsonlInput.Message input = jsonl.read(line, number);
            JsonNode id = input.id();
            String text = input.text();
            String customer = jsonl.on ? input.optional("customer", number) : null;
            DraftCheck check = customer == null ? checker.check(text) : checker.check(text, customer);
            return pretty ? pretty(id == null ? "#" + draftNumber : "id " + id, check, ansi) : JsonOutput.line(json(id, check));
        };
        try {
            threadsOption.pipeline(spec).run(lines, jsonl.on, step, out);
        } finally {
            out.flush();
        }
        return EmpathyCli.OK;
    }

    /** The JSON shape of a check: id, findings, elements, missing, score, reasons. */
    static ObjectNode json(JsonNode id, DraftCheck check) {
        ObjectNode node = JsonOutput.object();
        if (id != null) {
            node.set("id", id);
        }
        ArrayNode findings = node.putArray("findings");
        for (Finding f : check.findings()) {
            ObjectNode o = findings.addObject();
            o.put("start", f.start());
            o.put("end", f.end());
            o.put("text", f.text());
            o.put("rule", f.ruleId());
            o.put("category", f.category().id());
            o.put("severity", f.severity().id());
            o.put("message", f.message());
            ArrayNode suggestions = o.putArray("suggestions");
            f.suggestions().forEach(suggestions::add);
        }
        ArrayNode elements = node.putArray("elements");
        for (ElementSpan e : check.elements()) {
            ObjectNode o = elements.addObject();
            o.put("element", e.element().id());
            o.put("start", e.start());
            o.put("end", e.end());
            o.put("text", e.text());
        }
        ArrayNode missing = node.putArray("missing");
        for (MissingElement m : check.missing()) {
            ObjectNode o = missing.addObject();
            o.put("element", m.element().id());
            o.put("reason", m.reason());
            m.suggestion().ifPresent(s -> o.put("suggestion", s));
        }
        node.put("score", check.score());
        node.put("empathy", round(check.empathy().value()));
        node.put("politeness", round(check.politeness().value()));
        ObjectNode mechanisms = node.putObject("mechanisms");
        for (EmpathyMechanism mechanism : EmpathyMechanism.values()) {
            mechanisms.put(mechanism.id(), round(check.empathy().strength(mechanism)));
        }
        ObjectNode evidence = node.putObject("evidence");
        evidence(evidence.putArray("empathy"), check.empathy().evidence());
        evidence(evidence.putArray("politeness"), check.politeness().evidence());
        ArrayNode reasons = node.putArray("reasons");
        for (ScoreReason r : check.reasons()) {
            reasons.addObject().put("points", r.points()).put("reason", r.reason());
        }
        return node;
    }

    private static void evidence(ArrayNode out, List<ScoreEvidence> evidence) {
        for (ScoreEvidence e : evidence) {
            out.addObject().put("id", e.id()).put("start", e.start()).put("end", e.end()).put("text", e.text())
                    .put("weight", round(e.weight()));
        }
    }

    /** Three decimals: enough to rank drafts, short enough to read. */
    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** Linter view: the draft with findings highlighted (ANSI only when asked), then one line per finding. */
    static String pretty(String label, DraftCheck check, boolean ansi) {
        StringBuilder out = new StringBuilder();
        String draft = check.draft();
        out.append(label).append("  score ").append(check.score())
                .append(String.format(java.util.Locale.ROOT, "  empathy %.2f  politeness %.2f", check.empathy().value(), check.politeness().value()))
                .append('\n');
        StringBuilder marked = new StringBuilder();
        int at = 0;
        for (Finding f : check.findings()) {
            if (f.start() < at) {
                continue;
            }
            marked.append(draft, at, f.start());
            marked.append(ansi ? "\u001B[1;31m" : "[").append(draft, f.start(), f.end()).append(ansi ? "\u001B[0m" : "]");
            at = f.end();
        }
        marked.append(draft.substring(at));
        out.append("  ").append(marked.toString().replace("\n", "\n  ")).append('\n');
        for (Finding f : check.findings()) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < f.start(); i++) {
                if (draft.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            out.append("  ").append(line).append(':').append(column).append("  ").append(f.severity().id())
                    .append("  ").append(f.ruleId()).append("  \"").append(f.text()).append("\"  ").append(f.message());
            if (!f.suggestions().isEmpty()) {
                String first = f.suggestions().get(0);
                out.append("  -> ").append(first.isEmpty() ? "(delete)" : "\"" + first + "\"");
            }
            out.append('\n');
        }
        for (MissingElement m : check.missing()) {
            out.append("  missing ").append(m.element().id()).append(": ").append(m.reason());
            m.suggestion().ifPresent(s -> out.append("  -> \"").append(s).append('"'));
            out.append('\n');
        }
        return out.append('\n').toString();
    }
}
