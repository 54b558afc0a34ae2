package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The data of the lexicon engine's {@link ServiceFailureStage}: plain reports of a service failure
 * ("haven't received my refund", "still no reply", "nobody", "charged twice", "won't let me log in"), each
 * read as frustration where nothing stronger is said.
 *
 * <p>Data: {@code service-failures.tsv}, with {@code set<TAB>@name<TAB>a|b|c} word families and
 * {@code failure<TAB>pattern[<TAB>factor]} patterns whose parts may name families ("@cannot @access"
 * expands to every combination); {@code example<TAB>+|-<TAB>message} lines say what must and must not read
 * as a failure and are run by the build. Immutable and thread-safe.
 */
final class ServiceFailures {

    static final String FORMAT = "empathy-service-failures";
    /** A pattern may expand to at most this many phrases (keeps start-up time and memory bounded). */
    static final int MAX_EXPANSION = 5_000;

    private final TermIndex<Double> patterns; // phrase -> factor of failure.weight
    private final int patternCount;

    private ServiceFailures(TermIndex<Double> patterns, int patternCount) {
        this.patterns = patterns;
        this.patternCount = patternCount;
    }

    /**
     * The failures of the parsed {@code service-failures.tsv}; a phrase with a word in {@code removedTerms}
     * is dropped, so switching off a lexicon term ("lost") switches off the failures that say it.
     */
    static ServiceFailures of(CompactLexicon.Failures failures, TokenClasses classes, Set<String> removedTerms) {
        String[] texts = failures.phrases();
        List<TermIndex.Term<Double>> phrases = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            if (!mentionsAny(texts[i], removedTerms)) {
                phrases.add(new TermIndex.Term<>(texts[i], failures.elements()[i], failures.factors()[i]));
            }
        }
        return new ServiceFailures(TermIndex.of(phrases, classes), phrases.size());
    }

    /** The built-in failures, none removed, indexed by the groups the build wrote; phrases made on first look-up. */
    static ServiceFailures of(CompactTables tables, TokenClasses classes) {
        return new ServiceFailures(TermIndex.ofGroups(tables.failures, new CompactTables.FailureRows(tables), classes), tables.failureCount());
    }

    /** Parses and validates {@code service-failures.tsv}, expanding every family; fails with the line and reason. */
    static CompactLexicon.Failures parse(DataLines lines) {
        Map<String, List<String>> sets = new HashMap<>();
        List<String> texts = new ArrayList<>();
        List<TermIndex.Element[]> elementsOf = new ArrayList<>();
        List<Double> factors = new ArrayList<>();
        for (DataLines.Line line : lines.records()) {
            String[] fields = line.fields();
            String kind = fields[0].strip();
            switch (kind) {
                case "set" -> {
                    if (fields.length != 3 || !fields[1].strip().startsWith("@")) {
                        throw new InvalidDataException(lines.source(), line.number(), "expected 'set<TAB>@name<TAB>word|word'");
                    }
                    List<String> members = new ArrayList<>();
                    for (String member : fields[2].split("\\|")) {
                        String expanded = member.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                        if (expanded.isEmpty()) {
                            throw new InvalidDataException(lines.source(), line.number(), "empty member in set " + fields[1].strip());
                        }
                        members.add(expanded);
                    }
                    if (sets.put(fields[1].strip(), List.copyOf(members)) != null) {
                        throw new InvalidDataException(lines.source(), line.number(), "duplicate set " + fields[1].strip());
                    }
                }
                case "failure" -> {
                    if (fields.length < 2 || fields.length > 3) {
                        throw new InvalidDataException(lines.source(), line.number(), "expected 'failure<TAB>pattern[<TAB>factor]'");
                    }
                    double factor = fields.length == 3 ? factor(lines, line, fields[2].strip()) : 1;
                    List<String> expanded = expand(lines, line, fields[1].strip().toLowerCase(Locale.ROOT), sets);
                    for (String phrase : expanded) {
                        TermIndex.Element[] elements = TermParser.parse(phrase);
                        if (elements == null) {
                            throw new InvalidDataException(lines.source(), line.number(), "pattern has no token to match");
                        }
                        texts.add(phrase);
                        elementsOf.add(elements);
                        factors.add(factor);
                    }
                }
                case "example" -> {
                    if (fields.length != 3 || !(fields[1].equals("+") || fields[1].equals("-"))) {
                        throw new InvalidDataException(lines.source(), line.number(), "expected 'example<TAB>+|-<TAB>message'");
                    }
                }
                default -> throw new InvalidDataException(lines.source(), line.number(),
                        "unknown record '" + kind + "', expected set, failure or example");
            }
        }
        double[] factorArray = new double[factors.size()];
        for (int i = 0; i < factorArray.length; i++) {
            factorArray[i] = factors.get(i);
        }
        return new CompactLexicon.Failures(texts.toArray(new String[0]), elementsOf.toArray(new TermIndex.Element[0][]), factorArray);
    }

    private static boolean mentionsAny(String phrase, Set<String> terms) {
        if (terms.isEmpty()) {
            return false;
        }
        if (terms.contains(phrase)) {
            return true;
        }
        for (String word : phrase.split(" ")) {
            if (terms.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static double factor(DataLines lines, DataLines.Line line, String text) {
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && value <= 3) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidDataException(lines.source(), line.number(), "factor '" + text + "' is not a number in (0, 3]");
    }

    /** Every phrase a pattern stands for: "@cannot log in" with @cannot = can't|cannot gives two. */
    private static List<String> expand(DataLines lines, DataLines.Line line, String pattern, Map<String, List<String>> sets) {
        List<String> out = new ArrayList<>();
        out.add("");
        for (String part : pattern.split(" +")) {
            List<String> choices = part.startsWith("@") ? sets.get(part) : List.of(part);
            if (choices == null) {
                throw new InvalidDataException(lines.source(), line.number(), "unknown set " + part);
            }
            List<String> next = new ArrayList<>(out.size() * choices.size());
            for (String prefix : out) {
                for (String choice : choices) {
                    next.add(prefix.isEmpty() ? choice : prefix + " " + choice);
                }
            }
            if (next.size() > MAX_EXPANSION) {
                throw new InvalidDataException(lines.source(), line.number(), "pattern expands to more than " + MAX_EXPANSION + " phrases");
            }
            out = next;
        }
        return out;
    }

    int size() {
        return patternCount;
    }

    /** The failure phrases, each with its factor of {@code failure.weight}; {@link ServiceFailureStage} reads them. */
    TermIndex<Double> patterns() {
        return patterns;
    }
}
