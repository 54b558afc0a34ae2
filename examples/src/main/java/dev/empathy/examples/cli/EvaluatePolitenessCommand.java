package dev.empathy.examples.cli;

import dev.empathy.draft.DraftChecker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate-politeness FILE}: how well {@link dev.empathy.draft.DraftCheck#politeness()} separates texts
 * people judged polite from those they judged impolite.
 *
 * <p>FILE is UTF-8 TSV, one text a line: {@code text<TAB>label[<TAB>score]}, label {@code polite},
 * {@code impolite} or {@code middle} (the Stanford Politeness Corpus layout: the most and least polite quarter
 * marked), score an optional number (higher: more polite). Prints the AUC of the politeness score for polite
 * against impolite, the accuracy of the 0.5 threshold on those two, and Spearman's correlation with the score
 * over every line that has one.
 */
@Command(name = "evaluate-politeness", mixinStandardHelpOptions = true,
        description = {"AUC of the politeness score for texts people judged polite against impolite.",
                "Input: TSV text<TAB>polite|impolite|middle[<TAB>score]."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:evaluated", "1:a malformed or unreadable file", "2:usage error"})
final class EvaluatePolitenessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Judged texts, TSV.")
    Path file;

    @Override
    public Integer call() {
        DraftChecker checker = DraftChecker.english();
        List<String> lines = EvaluateEmpathyCommand.readLines(file);
        List<Double> polite = new ArrayList<>();
        List<Double> impolite = new ArrayList<>();
        List<double[]> scored = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 2 || f.length > 3) {
                throw new BadInputException(file + ":" + (i + 1) + ": expected text<TAB>label[<TAB>score], found " + f.length + " fields");
            }
            String label = f[1].strip();
            if (!label.equals("polite") && !label.equals("impolite") && !label.equals("middle")) {
                throw new BadInputException(file + ":" + (i + 1) + ": label must be polite, impolite or middle, found '" + label + "'");
            }
            double value = checker.check(f[0]).politeness().value();
            total++;
            if (label.equals("polite")) {
                polite.add(value);
            } else if (label.equals("impolite")) {
                impolite.add(value);
            }
            if (f.length == 3 && !f[2].isBlank()) {
                try {
                    scored.add(new double[] {value, Double.parseDouble(f[2].strip())});
                } catch (NumberFormatException e) {
                    throw new BadInputException(file + ":" + (i + 1) + ": score must be a number, found '" + f[2].strip() + "'");
                }
            }
        }
        double[] pos = polite.stream().mapToDouble(Double::doubleValue).toArray();
        double[] neg = impolite.stream().mapToDouble(Double::doubleValue).toArray();
        long right = polite.stream().filter(v -> v > 0.5).count() + impolite.stream().filter(v -> v < 0.5).count();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "politeness on %s: %d texts, %d polite, %d impolite%n", file.getFileName(), total, pos.length, neg.length);
        out.printf(Locale.ROOT, "  AUC(politeness) polite vs impolite  %.3f%n", RankStatistics.auc(pos, neg));
        out.printf(Locale.ROOT, "  accuracy at 0.5, polite vs impolite  %.3f%n", pos.length + neg.length == 0 ? 0 : (double) right / (pos.length + neg.length));
        if (!scored.isEmpty()) {
            out.printf(Locale.ROOT, "  Spearman(politeness, score), %d texts  %.3f%n", scored.size(),
                    RankStatistics.spearman(EvaluateEmpathyCommand.column(scored, 0), EvaluateEmpathyCommand.column(scored, 1)));
        }
        out.flush();
        return EmpathyCli.OK;
    }
}
