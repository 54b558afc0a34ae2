package dev.empathy.situation;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import dev.empathy.internal.Splits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed content of one or more situation cue files ({@code # empathy-situation-cues 1}): cues,
 * parameters, the tie order and the examples. Immutable and thread-safe once built.
 *
 * <p>Records, TAB-separated:
 * <pre>
 * cue        &lt;situation&gt;  &lt;weight&gt;  &lt;pattern&gt;     evidence, see {@link CuePattern} for the pattern syntax
 * example    &lt;situation&gt;  &lt;text&gt;                  a message that must read as this situation
 * counter    &lt;situation&gt;  &lt;text&gt;                  a message that must not read as this situation
 * param      general-prior &lt;number&gt;               the score a situation must beat to replace general
 * precedence &lt;id&gt; &lt;id&gt; ...                         tie order, earlier wins (every non-general situation once)
 * </pre>
 * A later file's cue with the same situation and pattern replaces the earlier one; weight 0 removes it.
 *
 * @param cues         the cues in use, in file order
 * @param generalPrior the score of {@link Situation#GENERAL} before general cues, {@code >= 0}
 * @param precedence   every situation, earlier wins a tie
 * @param examples     the examples and counter-examples of every file, in file order
 */
record SituationCues(List<CuePattern> cues, double generalPrior, List<Situation> precedence, List<Example> examples) {

    static final String FORMAT = "empathy-situation-cues";

    /** Default tie order when no file gives one. */
    private static final List<Situation> DEFAULT_PRECEDENCE = List.of(Situation.values());

    /**
     * An example or counter-example from a file.
     *
     * @param situation the situation it must ({@code counter == false}) or must not read as
     * @param text      the message
     * @param counter   true for a counter-example
     * @param source    the file it came from
     * @param line      its 1-based line
     */
    record Example(Situation situation, String text, boolean counter, String source, int line) {
        @Override
        public String toString() {
            return source + ":" + line + " (" + (counter ? "not " : "") + situation.id() + ")";
        }
    }

    SituationCues {
        cues = List.copyOf(cues);
        precedence = List.copyOf(precedence);
        examples = List.copyOf(examples);
    }

    /** No cues at all: every message reads general. */
    static SituationCues empty() {
        return new SituationCues(List.of(), 1, DEFAULT_PRECEDENCE, List.of());
    }

    /**
     * Reads {@code files} in order, later ones adding to and overriding earlier ones.
     *
     * @throws InvalidDataException naming the file, line and problem of the first bad record
     */
    static SituationCues load(List<DataLines> files) {
        Map<String, CuePattern> cues = new LinkedHashMap<>();
        double generalPrior = 1;
        List<Situation> precedence = DEFAULT_PRECEDENCE;
        List<Example> examples = new ArrayList<>();
        for (DataLines file : files) {
            for (DataLines.Line line : file.records()) {
                String[] fields = line.fields();
                String kind = fields[0].strip();
                switch (kind) {
                    case "cue" -> {
                        expectFields(file, line, fields, 4, "cue<TAB>situation<TAB>weight<TAB>pattern");
                        Situation situation = situation(file, line, fields[1]);
                        double weight = number(file, line, fields[2], "weight");
                        CuePattern pattern;
                        try {
                            pattern = CuePattern.parse(situation, weight, fields[3], line.number());
                        } catch (CuePattern.SyntaxException e) {
                            throw new InvalidDataException(file.source(), line.number(), e.getMessage());
                        }
                        String key = situation.id() + "\t" + Splits.collapseSpaces(fields[3].strip());
                        cues.remove(key); // re-inserted last, so that file order stays the order of definition
                        if (weight != 0) {
                            cues.put(key, pattern);
                        }
                    }
                    case "example", "counter" -> {
                        expectFields(file, line, fields, 3, kind.equals("counter") ? "counter<TAB>situation<TAB>text"
                                : "example<TAB>situation<TAB>text"); // constants: no string built per line at load (start-up time)
                        if (fields[2].isBlank()) {
                            throw new InvalidDataException(file.source(), line.number(), kind + " text is empty");
                        }
                        examples.add(new Example(situation(file, line, fields[1]), fields[2], kind.equals("counter"),
                                file.source(), line.number()));
                    }
                    case "param" -> {
                        expectFields(file, line, fields, 3, "param<TAB>name<TAB>value");
                        if (!fields[1].strip().equals("general-prior")) {
                            throw new InvalidDataException(file.source(), line.number(),
                                    "unknown parameter '" + fields[1].strip() + "', expected general-prior");
                        }
                        generalPrior = number(file, line, fields[2], "general-prior");
                        if (generalPrior < 0) {
                            throw new InvalidDataException(file.source(), line.number(), "general-prior must be >= 0, got " + generalPrior);
                        }
                    }
                    case "precedence" -> {
                        expectFields(file, line, fields, 2, "precedence<TAB>id id ...");
                        precedence = precedence(file, line, fields[1]);
                    }
                    default -> throw new InvalidDataException(file.source(), line.number(),
                            "unknown record '" + kind + "', expected cue, example, counter, param or precedence");
                }
            }
        }
        return new SituationCues(List.copyOf(cues.values()), generalPrior, precedence, examples);
    }

    private static void expectFields(DataLines file, DataLines.Line line, String[] fields, int count, String shape) {
        if (fields.length != count) {
            throw new InvalidDataException(file.source(), line.number(),
                    "expected " + count + " TAB-separated fields (" + shape + "), found " + fields.length);
        }
    }

    private static Situation situation(DataLines file, DataLines.Line line, String id) {
        try {
            return Situation.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(file.source(), line.number(), e.getMessage());
        }
    }

    private static double number(DataLines file, DataLines.Line line, String text, String what) {
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidDataException(file.source(), line.number(), what + " must be a number, found '" + text.strip() + "'");
        }
        if (!Double.isFinite(value)) {
            throw new InvalidDataException(file.source(), line.number(), what + " must be finite, found '" + text.strip() + "'");
        }
        return value;
    }

    private static List<Situation> precedence(DataLines file, DataLines.Line line, String ids) {
        List<Situation> order = new ArrayList<>();
        for (String id : Splits.onSpaces(ids.strip())) {
            Situation situation = situation(file, line, id);
            if (order.contains(situation)) {
                throw new InvalidDataException(file.source(), line.number(), "precedence names '" + id + "' twice");
            }
            order.add(situation);
        }
        for (Situation situation : Situation.values()) {
            if (!order.contains(situation)) {
                order.add(situation); // unnamed situations come last, in declaration order
            }
        }
        return order;
    }
}
