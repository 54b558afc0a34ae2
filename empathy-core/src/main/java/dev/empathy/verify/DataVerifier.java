package dev.empathy.verify;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import dev.empathy.data.TextLines;
import dev.empathy.draft.DraftChecker;
import dev.empathy.draft.DraftRule;
import dev.empathy.draft.Finding;
import dev.empathy.draft.RuleExamples;
import dev.empathy.draft.Severity;
import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LexiconEmotionClassifier;
import dev.empathy.situation.Situation;
import dev.empathy.situation.SituationDetector;
import dev.empathy.situation.SituationReading;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the examples written in data files, the way the build runs those of the shipped files, so that a
 * vendor can test its own lexicon, situation cues or rules before shipping them. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<DataProblem> problems = DataVerifier.verify(Path.of("acme-lexicon.tsv"), Path.of("acme-rules.tsv"));
 * problems.forEach(System.err::println);   // acme-rules.tsv:12: example "..." has no ACME_HOLD match ...
 * }</pre>
 *
 * <p>What an example says, by the file's format line:
 * <table>
 *   <caption>Examples by format</caption>
 *   <tr><th>format</th><th>example line</th><th>holds when</th></tr>
 *   <tr><td>{@code empathy-lexicon}</td><td>{@code example<TAB>emotion<TAB>message}</td>
 *       <td>the built-in classifier with this lexicon added reads the message as the emotion</td></tr>
 *   <tr><td>{@code empathy-situation-cues}</td><td>{@code example<TAB>situation<TAB>message}, {@code counter<TAB>...}</td>
 *       <td>the built-in detector with these cues added reads the message as the situation (a counter-example: not as it)</td></tr>
 *   <tr><td>{@code empathy-rules}</td><td>fields 7 (examples, the span marked {@code [[...]]}) and 8 (counter-examples)</td>
 *       <td>the rule alone matches exactly the marked span of each example and nothing in each counter-example
 *       (the file's rules only, all severities, without the built-in rules)</td></tr>
 * </table>
 * The shipped modifiers file ({@code empathy-modifiers}) carries lexicon-style examples too; vendors cannot
 * replace it, so {@link #builtInExamples()} runs them with the built-in classifier.
 */
public final class DataVerifier {

    static final String LEXICON = "empathy-lexicon";
    static final String MODIFIERS = "empathy-modifiers";
    static final String CUES = "empathy-situation-cues";
    static final String RULES = "empathy-rules";

    private static final String EMOTION_DATA = "/dev/empathy/emotion/en/";

    private DataVerifier() {
    }

    /**
     * Runs every example of {@code files}; empty when all hold. A file that cannot be loaded at all fails
     * like the engine would.
     *
     * @throws InvalidDataException naming the file and line, for a file the engine cannot load, or one whose
     *                              format has no examples to run
     */
    public static List<DataProblem> verify(Path... files) {
        List<DataProblem> problems = new ArrayList<>();
        for (Path file : files) {
            for (DataExample example : examples(file)) {
                example.run().ifPresent(problems::add);
            }
        }
        return List.copyOf(problems);
    }

    /**
     * {@return the examples of one vendor file, each ready to run against the built-in engine with this file added}
     *
     * @throws InvalidDataException for a file the engine cannot load, or one whose format has no examples
     */
    public static List<DataExample> examples(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        String format = formatOf(file);
        return switch (format) {
            case LEXICON -> emotionExamples(DataLines.read(file, LEXICON, 1),
                    LexiconEmotionClassifier.builder().addLexicon(file).build());
            case CUES -> cueExamples(DataLines.read(file, CUES, 1), SituationDetector.builder().addCues(file).build());
            case RULES -> ruleExamples(DraftChecker.builder().withoutBuiltInRules().addRules(file)
                    .minimumSeverity(Severity.LOW).build(), file.toString());
            default -> throw new InvalidDataException(file.toString(), 1, "format '" + format
                    + "' has no examples to verify; expected " + LEXICON + ", " + CUES + " or " + RULES);
        };
    }

    /** {@return the examples of the shipped lexicon, modifiers, situation cues and rules, with the built-in engines} */
    public static List<DataExample> builtInExamples() {
        List<DataExample> examples = new ArrayList<>();
        EmotionClassifier classifier = LexiconEmotionClassifier.english();
        examples.addAll(emotionExamples(DataLines.resource(DataVerifier.class, EMOTION_DATA + "lexicon.tsv", LEXICON, 1), classifier));
        examples.addAll(emotionExamples(DataLines.resource(DataVerifier.class, EMOTION_DATA + "modifiers.tsv", MODIFIERS, 1), classifier));
        examples.addAll(cueExamples(DataLines.resource(DataVerifier.class, "/dev/empathy/situation/en/situation-cues.tsv", CUES, 1),
                SituationDetector.english()));
        DraftChecker checker = DraftChecker.builder().minimumSeverity(Severity.LOW).build();
        examples.addAll(ruleExamples(checker, null));
        return List.copyOf(examples);
    }

    private static String formatOf(Path file) {
        List<DataLines.Line> lines = TextLines.read(file);
        String[] header = lines.isEmpty() ? new String[0] : lines.get(0).text().strip().split("\\s+");
        if (header.length != 3 || !header[0].equals("#")) {
            throw new InvalidDataException(file.toString(), lines.isEmpty() ? 0 : lines.get(0).number(),
                    "first line must be '# <format> <version>', e.g. '# " + LEXICON + " 1'");
        }
        return header[1];
    }

    private static List<DataExample> emotionExamples(DataLines file, EmotionClassifier classifier) {
        List<DataExample> examples = new ArrayList<>();
        for (DataLines.Line line : file.records()) {
            String[] fields = line.fields();
            if (fields[0].equals("example") && fields.length == 3) {
                Emotion expected = Emotion.fromId(fields[1]);
                String message = fields[2];
                examples.add(new DataExample(file.source(), line.number(), expected.id() + ": " + message, () -> {
                    EmotionReading reading = classifier.classify(message);
                    return reading.emotion() == expected ? Optional.empty()
                            : Optional.of("reads as " + reading.emotion().id() + ", expected " + expected.id() + ": \"" + message + "\"");
                }));
            }
        }
        return examples;
    }

    private static List<DataExample> cueExamples(DataLines file, SituationDetector detector) {
        List<DataExample> examples = new ArrayList<>();
        for (DataLines.Line line : file.records()) {
            String[] fields = line.fields();
            boolean counter = fields[0].equals("counter");
            if ((counter || fields[0].equals("example")) && fields.length == 3) {
                Situation situation = Situation.fromId(fields[1]);
                String message = fields[2];
                examples.add(new DataExample(file.source(), line.number(), fields[0] + " " + situation.id() + ": " + message, () -> {
                    SituationReading reading = detector.detect(message);
                    if (counter) {
                        return reading.situation() != situation ? Optional.empty()
                                : Optional.of("reads as " + situation.id() + ", which this counter-example rules out: \"" + message + "\"");
                    }
                    return reading.situation() == situation ? Optional.empty()
                            : Optional.of("reads as " + reading.situation().id() + ", expected " + situation.id() + ": \"" + message + "\"");
                }));
            }
        }
        return examples;
    }

    /** The examples of {@code checker}'s rules read from {@code source}, or of all its rules when it is null. */
    private static List<DataExample> ruleExamples(DraftChecker checker, String source) {
        List<DataExample> examples = new ArrayList<>();
        for (DraftRule rule : checker.rules()) {
            if (source != null && !rule.source().equals(source)) {
                continue;
            }
            for (String marked : rule.examples()) {
                examples.add(new DataExample(rule.source(), rule.line(), rule.id() + " example: " + marked,
                        () -> markedSpanProblem(checker, rule, marked)));
            }
            for (String counter : rule.counterExamples()) {
                examples.add(new DataExample(rule.source(), rule.line(), rule.id() + " counter-example: " + counter, () -> {
                    List<Finding> findings = RuleExamples.matches(checker, rule.id(), counter);
                    return findings.isEmpty() ? Optional.empty() : Optional.of(rule.id() + " matches \""
                            + counter.substring(findings.get(0).start(), findings.get(0).end())
                            + "\" in its counter-example \"" + counter + "\"");
                }));
            }
        }
        return examples;
    }

    private static Optional<String> markedSpanProblem(DraftChecker checker, DraftRule rule, String marked) {
        int start = marked.indexOf("[[");
        int end = marked.indexOf("]]") - 2;
        String text = marked.replace("[[", "").replace("]]", "");
        if (start < 0 || end < start) {
            return Optional.of(rule.id() + " example has no [[marked span]]: \"" + marked + "\"");
        }
        String expected = text.substring(start, end);
        List<String> found = RuleExamples.matches(checker, rule.id(), text).stream().map(f -> text.substring(f.start(), f.end())).toList();
        return found.contains(expected) ? Optional.empty()
                : Optional.of(rule.id() + " example: expected a match of \"" + expected + "\" in \"" + text + "\", found "
                        + (found.isEmpty() ? "none" : found));
    }
}
