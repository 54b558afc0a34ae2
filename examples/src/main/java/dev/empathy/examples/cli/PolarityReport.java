package dev.empathy.examples.cli;

import dev.empathy.emotion.Polarity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The polarity part of {@code evaluate --polarity}: accuracy and a 3 x 3 confusion matrix of gold against
 * predicted {@link Polarity} (emotions mapped by {@link Polarity#of}). Also reads polarity-labelled files
 * ({@code text<TAB>negative|neutral|positive}). Immutable.
 */
record PolarityReport(List<Polarity> gold, List<Polarity> predicted) {

    PolarityReport {
        gold = List.copyOf(gold);
        predicted = List.copyOf(predicted);
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in size: " + gold.size() + " and " + predicted.size());
        }
    }

    /** A polarity-labelled message of a {@code text<TAB>polarity} file, with its 1-based line number. */
    record Labelled(int line, String text, Polarity polarity) {
    }

    /** True if the first non-blank line of {@code file} (TSV) has a polarity id as its label. */
    static boolean isPolarityFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return false;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.isBlank()).findFirst().map(line -> {
                String[] fields = line.split("\t", -1);
                return fields.length >= 2 && isPolarity(fields[1]);
            }).orElse(false);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // the emotion reader reports the problem
        }
    }

    /** Reads a polarity-labelled TSV file; a bad line fails with the file, line and reason. */
    static List<Labelled> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BadInputException(file + ": cannot be read as UTF-8", e);
        }
        List<Labelled> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 2 || fields[0].isBlank() || !isPolarity(fields[1])) {
                throw new BadInputException(file + ":" + (i + 1) + ": expected text<TAB>negative|neutral|positive");
            }
            out.add(new Labelled(i + 1, fields[0], Polarity.fromId(fields[1])));
        }
        return out;
    }

    private static boolean isPolarity(String label) {
        for (Polarity polarity : Polarity.values()) {
            if (polarity.id().equals(label.strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    double accuracy() {
        if (gold.isEmpty()) {
            return 0;
        }
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            right += gold.get(i) == predicted.get(i) ? 1 : 0;
        }
        return (double) right / gold.size();
    }

    String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "polarity messages  %d\n", gold.size()));
        out.append(String.format(Locale.ROOT, "polarity accuracy  %.3f\n", accuracy()));
        out.append("\npolarity confusion matrix (rows: gold, columns: predicted)\n");
        out.append(String.format(Locale.ROOT, "%-12s", "gold \\ pred"));
        for (Polarity column : Polarity.values()) {
            out.append(String.format(Locale.ROOT, "%9s", column.id()));
        }
        out.append('\n');
        for (Polarity row : Polarity.values()) {
            out.append(String.format(Locale.ROOT, "%-12s", row.id()));
            for (Polarity column : Polarity.values()) {
                int count = 0;
                for (int i = 0; i < gold.size(); i++) {
                    count += gold.get(i) == row && predicted.get(i) == column ? 1 : 0;
                }
                out.append(String.format(Locale.ROOT, "%9d", count));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
