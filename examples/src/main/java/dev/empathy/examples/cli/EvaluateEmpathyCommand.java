package dev.empathy.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.empathy.draft.DraftCheck;
import dev.empathy.draft.DraftChecker;
import dev.empathy.draft.EmpathyMechanism;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * {@code evaluate-empathy FILE}: how well {@link DraftCheck#empathy()} agrees with people's ratings of empathy.
 *
 * <p>FILE is JSON lines in the EPITOME shape (Sharma et al., EMNLP 2020): {@code {"response": "<reply>",
 * "seeker": "<message replied to, optional>", "emotional_reactions": 0-2, "interpretations": 0-2,
 * "explorations": 0-2}}, or {@code {"text": ..., "customer": ..., "rating": <number>}}. Prints the number of
 * replies, Spearman's correlation of the empathy score with the (summed) rating, each mechanism's correlation
 * with its own rating when the three are given, and the mean score at each rating.
 */
@Command(name = "evaluate-empathy", mixinStandardHelpOptions = true,
        description = {"Spearman correlation of the empathy score with human empathy ratings.",
                "Input: JSON lines {\"response\", \"seeker\"?, \"emotional_reactions\", \"interpretations\", \"explorations\"} (EPITOME).",
                "Or JSON lines {\"text\", \"customer\"?, \"rating\"} with your own ratings."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:evaluated", "1:a malformed or unreadable file", "2:usage error"})
final class EvaluateEmpathyCommand implements Callable<Integer> {

    private static final String[] MECHANISM_FIELDS = {"emotional_reactions", "interpretations", "explorations"};

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Rated replies, JSON lines.")
    Path file;

    @Override
    public Integer call() {
        DraftChecker checker = DraftChecker.english();
        List<String> lines = readLines(file);
        List<double[]> rows = new ArrayList<>(); // empathy, rating, then per mechanism: strength, rating
        boolean mechanisms = true;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode node = parse(lines.get(i), i + 1);
            String text = text(node, i + 1, "response", "text");
            String customer = node.hasNonNull("seeker") ? node.get("seeker").asText() : node.hasNonNull("customer") ? node.get("customer").asText() : null;
            DraftCheck check = customer == null ? checker.check(text) : checker.check(text, customer);
            double[] row = new double[8];
            row[0] = check.empathy().value();
            boolean hasAll = true;
            for (int m = 0; m < 3; m++) {
                row[2 + 2 * m] = check.empathy().strength(EmpathyMechanism.values()[m]);
                JsonNode rating = node.get(MECHANISM_FIELDS[m]);
                if (rating != null && rating.isNumber()) {
                    row[3 + 2 * m] = rating.asDouble();
                    row[1] += rating.asDouble();
                } else {
                    hasAll = false;
                }
            }
            if (!hasAll) {
                mechanisms = false;
                JsonNode rating = node.get("rating");
                if (rating == null || !rating.isNumber()) {
                    throw new BadInputException(file + ":" + (i + 1) + ": expected numbers \"emotional_reactions\", \"interpretations\" and \"explorations\", or \"rating\"");
                }
                row[1] = rating.asDouble();
            }
            rows.add(row);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "empathy on %s: %d replies%n", file.getFileName(), rows.size());
        out.printf(Locale.ROOT, "  Spearman(empathy, %s rating)  %.3f%n", mechanisms ? "summed" : "human", RankStatistics.spearman(column(rows, 0), column(rows, 1)));
        if (mechanisms) {
            for (int m = 0; m < 3; m++) {
                out.printf(Locale.ROOT, "  Spearman(%s, %s)  %.3f%n", EmpathyMechanism.values()[m].id(), MECHANISM_FIELDS[m],
                        RankStatistics.spearman(column(rows, 2 + 2 * m), column(rows, 3 + 2 * m)));
            }
        }
        java.util.TreeMap<Double, double[]> byRating = new java.util.TreeMap<>();
        for (double[] row : rows) {
            double[] sum = byRating.computeIfAbsent(row[1], r -> new double[2]);
            sum[0] += row[0];
            sum[1]++;
        }
        out.print("  mean empathy by rating:");
        byRating.forEach((rating, sum) -> out.printf(Locale.ROOT, "  %s: %.3f (%d)", format(rating), sum[0] / sum[1], (int) sum[1]));
        out.println();
        out.flush();
        return EmpathyCli.OK;
    }

    static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + (e instanceof java.nio.file.NoSuchFileException ? "no such file"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : Files.isDirectory(file) ? "is a directory" : "input error"), e);
        }
    }

    private JsonNode parse(String line, int number) {
        try {
            JsonNode node = JsonOutput.mapper().readTree(line);
            if (node == null || !node.isObject()) {
                throw new BadInputException(file + ":" + number + ": expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + ":" + number + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private String text(JsonNode node, int number, String... names) {
        for (String name : names) {
            if (node.hasNonNull(name) && node.get(name).isTextual()) {
                return node.get(name).textValue();
            }
        }
        throw new BadInputException(file + ":" + number + ": field \"" + names[0] + "\" (or \"" + names[1] + "\") must be a string");
    }

    static double[] column(List<double[]> rows, int index) {
        return rows.stream().mapToDouble(row -> row[index]).toArray();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
