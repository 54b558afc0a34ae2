package dev.empathy.examples.cli;

import dev.empathy.data.InvalidDataException;
import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.EmotionEvaluation;
import dev.empathy.model.EmotionModelTrainer;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LabelledMessage;
import dev.empathy.emotion.LabelledMessages;
import dev.empathy.emotion.Polarity;
import dev.empathy.situation.Situation;
import dev.empathy.situation.SituationEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate FILE.tsv...}: classifies every message of labelled TSV files
 * ({@link LabelledMessage#readTsv}) and prints the {@link EmotionEvaluation#format()} report of each file,
 * followed by the {@link SituationEvaluation#format()} report over the messages that have a gold situation
 * (a third column holding a situation id; {@code -} there means unlabelled), when there are any.
 * A malformed file stops the command before anything is classified, naming file and line.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Classifies labelled messages and prints accuracy, macro-F1, per-class precision/recall/F1 and "
                + "the confusion matrix; with a situation column, also situation accuracy and its confusion matrix; with --polarity, polarity accuracy.",
                "Input: text<TAB>label[<TAB>situation] per line (UTF-8, no header; '-' for no situation; further columns "
                + "ignored), or JSON Lines when named *.jsonl."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:report printed", "1:a file is missing or malformed (file and line on stderr)", "2:usage error"})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ClassifierOptions classifierOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE.tsv", description = "Labelled files (TSV, or JSON Lines when named *.jsonl), each reported on its own.")
    List<Path> files;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "Also list up to N misclassified messages per file (line, gold, predicted, text). Default: ${DEFAULT-VALUE}.")
    int errors;

    @Option(names = "--polarity",
            description = "Also report polarity accuracy (negative: anger, frustration, anxiety, disappointment, sadness; "
                    + "neutral: neutral, confusion; positive: gratitude, satisfaction) and its confusion matrix. "
                    + "A TSV file labelled negative|neutral|positive is then read as polarity labels only.")
    boolean polarity;

    @Option(names = "--folds", paramLabel = "K",
            description = "Instead of classifying, cross-validates a model trained with the 'train' defaults: K parts, "
                    + "train on K-1, predict the one left out, in turn; reports the same figures.")
    Integer folds;

    @Override
    public Integer call() {
        if (errors < 0) {
            throw EmpathyCli.usageError(spec, "--errors must be 0 or more, got " + errors);
        }
        if (folds != null && folds < 2) {
            throw EmpathyCli.usageError(spec, "--folds must be 2 or more, got " + folds);
        }
        if (folds != null && (classifierOptions.model != null || classifierOptions.blend)) {
            throw EmpathyCli.usageError(spec, "--folds trains its own models: it cannot be used with --model or --blend");
        }
        List<List<LabelledMessage>> sets = new ArrayList<>();
        for (Path file : files) {
            if (polarity && folds == null && PolarityReport.isPolarityFile(file)) {
                sets.add(null); // read as polarity labels below
                continue;
            }
            try {
                sets.add(LabelledMessages.read(file));
            } catch (InvalidDataException e) {
                throw new BadInputException(e.getMessage(), e);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (folds != null) {
            EmotionModelTrainer trainer = EmotionModelTrainer.defaults().withLexicon(classifierOptions.lexicon());
            for (int f = 0; f < files.size(); f++) {
                if (folds > sets.get(f).size()) {
                    throw new BadInputException("--folds must be between 2 and the number of messages in " + files.get(f)
                            + " (" + sets.get(f).size() + "), got " + folds);
                }
                out.println((f > 0 ? "\n" : "") + "== " + files.get(f) + " (" + folds + "-fold cross-validation) ==");
                out.print(trainer.crossValidate(sets.get(f), folds).format());
            }
            out.flush();
            return EmpathyCli.OK;
        }
        EmotionClassifier classifier = classifierOptions.classifier();
        for (int f = 0; f < files.size(); f++) {
            List<LabelledMessage> messages = sets.get(f);
            if (messages == null) {
                printPolarityFile(out, classifier, files.get(f), f);
                continue;
            }
            List<Emotion> gold = new ArrayList<>(messages.size());
            List<Emotion> predicted = new ArrayList<>(messages.size());
            List<Situation> detected = new ArrayList<>(messages.size());
            for (LabelledMessage message : messages) {
                EmotionReading reading = classifier.classify(message.text());
                gold.add(message.label());
                predicted.add(reading.emotion());
                detected.add(reading.situation().situation());
            }
            if (f > 0) {
                out.println();
            }
            out.println("== " + files.get(f) + " ==");
            out.print(EmotionEvaluation.of(gold, predicted).format());
            if (errors > 0) {
                printErrors(out, messages, predicted);
            }
            if (polarity) {
                out.println();
                out.print(new PolarityReport(gold.stream().map(Polarity::of).toList(),
                        predicted.stream().map(Polarity::of).toList()).format());
            }
            printSituations(out, messages, detected);
        }
        out.flush();
        return EmpathyCli.OK;
    }

    /** A file labelled with polarities only: its polarity report and, with --errors, the misread messages. */
    private void printPolarityFile(PrintWriter out, EmotionClassifier classifier, Path file, int index) {
        List<PolarityReport.Labelled> messages = PolarityReport.read(file);
        List<Polarity> gold = new ArrayList<>(messages.size());
        List<Polarity> predicted = new ArrayList<>(messages.size());
        for (PolarityReport.Labelled message : messages) {
            gold.add(message.polarity());
            predicted.add(Polarity.of(classifier.classify(message.text()).emotion()));
        }
        if (index > 0) {
            out.println();
        }
        out.println("== " + file + " ==");
        out.print(new PolarityReport(gold, predicted).format());
        if (errors > 0) {
            out.println();
            out.println("misread polarities (line, gold -> predicted, text):");
            int shown = 0;
            for (int i = 0; i < messages.size() && shown < errors; i++) {
                if (gold.get(i) != predicted.get(i)) {
                    out.println(messages.get(i).line() + "\t" + gold.get(i).id() + " -> " + predicted.get(i).id() + "\t" + messages.get(i).text());
                    shown++;
                }
            }
        }
    }

    /** The situation report over the messages with a gold situation, if any; with --errors, the misread ones. */
    private void printSituations(PrintWriter out, List<LabelledMessage> messages, List<Situation> detected) {
        List<Situation> gold = new ArrayList<>();
        List<Situation> found = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).hasSituation()) {
                gold.add(messages.get(i).situation());
                found.add(detected.get(i));
            }
        }
        if (gold.isEmpty()) {
            return;
        }
        out.println();
        out.print(SituationEvaluation.of(gold, found).format());
        if (errors > 0) {
            out.println();
            out.println("misread situations (line, gold -> detected, text):");
            int shown = 0;
            for (int i = 0; i < messages.size() && shown < errors; i++) {
                LabelledMessage message = messages.get(i);
                if (message.hasSituation() && message.situation() != detected.get(i)) {
                    out.println(message.line() + "\t" + message.situation().id() + " -> " + detected.get(i).id() + "\t" + message.text());
                    shown++;
                }
            }
        }
    }

    private void printErrors(PrintWriter out, List<LabelledMessage> messages, List<Emotion> predicted) {
        out.println();
        out.println("misclassified (line, gold -> predicted, text):");
        int shown = 0;
        for (int i = 0; i < messages.size() && shown < errors; i++) {
            LabelledMessage message = messages.get(i);
            if (message.label() != predicted.get(i)) {
                out.println(message.line() + "\t" + message.label().id() + " -> " + predicted.get(i).id() + "\t" + message.text());
                shown++;
            }
        }
    }
}
