package dev.empathy.examples.cli;

import dev.empathy.data.InvalidDataException;
import dev.empathy.model.EmotionModel;
import dev.empathy.model.EmotionModelTrainer;
import dev.empathy.emotion.LabelledMessage;
import dev.empathy.emotion.LabelledMessages;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
 * {@code train FILE... --out MODEL}: trains an emotion model from labelled TSV or JSON Lines files with
 * {@link EmotionModelTrainer} and saves it. A malformed file stops the command before training, naming file
 * and line. Not thread-safe (one instance per run).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains an emotion model from labelled messages (TSV text<TAB>label, or JSON Lines "
                + "{\"text\":...,\"label\":...} when named *.jsonl) and writes it to --out.",
                "Use it with: classify --model MODEL, evaluate --model MODEL [--blend]."})
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LexiconOptions lexiconOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Labelled files, read in the order given.")
    List<Path> files = new ArrayList<>();

    @Mixin
    VerboseOption verbose;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "The model file to write.")
    Path out;

    @Option(names = "--algorithm", paramLabel = "ALG", defaultValue = "maxent",
            description = "maxent, maxent-qn, naive-bayes or perceptron. Default: ${DEFAULT-VALUE}.")
    String algorithm;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "" + EmotionModelTrainer.DEFAULT_ITERATIONS,
            description = "Training iterations. Default: ${DEFAULT-VALUE}.")
    int iterations;

    @Option(names = "--cutoff", paramLabel = "N", defaultValue = "" + EmotionModelTrainer.DEFAULT_CUTOFF,
            description = "Features seen fewer than N times are left out. Default: ${DEFAULT-VALUE}.")
    int cutoff;

    @Override
    public Integer call() {
        List<LabelledMessage> messages = new ArrayList<>();
        for (Path file : files) {
            try {
                messages.addAll(LabelledMessages.read(file));
            } catch (InvalidDataException e) {
                throw new BadInputException(e.getMessage(), e);
            }
        }
        EmotionModelTrainer trainer;
        try {
            trainer = EmotionModelTrainer.defaults().withAlgorithm(EmotionModelTrainer.Algorithm.fromId(algorithm))
                    .withIterations(iterations).withCutoff(cutoff).withLexicon(lexiconOptions.lexicon());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        EmotionModel model;
        try {
            model = trainer.train(messages);
            model.save(out);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        PrintWriter writer = spec.commandLine().getOut();
        writer.println("wrote " + out + ": " + model);
        writer.flush();
        return EmpathyCli.OK;
    }
}
