package dev.empathy.examples.cli;

import dev.empathy.data.InvalidDataException;
import dev.empathy.draft.DraftChecker;
import dev.empathy.draft.DraftEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate-drafts FILE}: span precision, recall and F1 per category of the draft checker on a
 * labelled drafts file ({@code # empathy-drafts 1}, or JSON Lines when the name ends in {@code .jsonl}), by
 * overlap match, with the spans any finding overlaps and the good drafts flagged, as {@link DraftEvaluation}
 * computes them.
 */
@Command(name = "evaluate-drafts", mixinStandardHelpOptions = true,
        description = {"Span precision, recall and F1 per category of the draft checker on a labelled drafts file.",
                "Format: id<TAB>split<TAB>channel<TAB>text with [[span|category]] markers; overlap match.",
                "A FILE ending in .jsonl holds {\"id\", \"channel\", \"customer\", \"draft\", \"spans\": [{\"text\", \"category\"}]} lines.",
                "Also reports the labelled spans any finding overlaps and the share of good drafts (no span) flagged."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:evaluated", "1:a malformed drafts or rules file", "2:usage error"})
final class EvaluateDraftsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Labelled drafts file.")
    Path file;

    @Option(names = "--split", paramLabel = "NAME", description = "Only drafts of this split (e.g. dev, heldout); default: all.")
    String split;

    @Mixin
    RulesOptions rulesOptions;

    @Override
    public Integer call() {
        DraftChecker checker = rulesOptions.checker();
        List<DraftEvaluation.LabelledDraft> drafts;
        try {
            drafts = DraftEvaluation.load(file);
        } catch (InvalidDataException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        if (split != null) {
            java.util.Set<String> splits = new java.util.TreeSet<>();
            drafts.forEach(d -> splits.add(d.split()));
            if (!splits.contains(split)) {
                throw EmpathyCli.usageError(spec, "--split: no drafts of split '" + split + "' in " + file
                        + ", its splits are " + String.join(", ", splits));
            }
            drafts = drafts.stream().filter(d -> d.split().equals(split)).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(DraftEvaluation.evaluate(checker, drafts).table());
        out.flush();
        return EmpathyCli.OK;
    }
}
