package dev.empathy.examples.cli;

import dev.empathy.data.InvalidDataException;
import dev.empathy.model.BlendedEmotionClassifier;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.model.EmotionModel;
import dev.empathy.model.ModelEmotionClassifier;
import dev.empathy.emotion.LexiconEmotionClassifier;
import dev.empathy.situation.SituationDetector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options that choose and configure the classifier, shared by every command that reads emotions
 * (add it with {@code @Mixin ClassifierOptions classifierOptions}): the {@link LexiconOptions} and
 * {@code --model} / {@code --blend}. Not thread-safe.
 */
final class ClassifierOptions {

    @Mixin
    LexiconOptions lexiconOptions = new LexiconOptions();

    @Option(names = "--situation-cues", paramLabel = "FILE",
            description = "Adds a situation cue file (format '# empathy-situation-cues 1') to the built-in one; repeatable.")
    List<Path> situationCues = new ArrayList<>();

    @Option(names = "--no-situation",
            description = "Switches situation detection off: every reading's situation is 'general'.")
    boolean withoutSituation;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "Classifies with a trained model file (from 'train'), or 'builtin' for the built-in English model.")
    String model;

    @Option(names = "--blend",
            description = "Blends the lexicon's scores with the model's (--model, or the built-in model when none is given); "
                    + "the reading keeps the lexicon's cues.")
    boolean blend;

    /**
     * The classifier these options describe: the shared {@link LexiconEmotionClassifier#english()} when
     * none is given; a {@link ModelEmotionClassifier} with {@code --model}; a {@link BlendedEmotionClassifier}
     * with {@code --blend}.
     *
     * @throws BadInputException if a lexicon or model file is missing or malformed (naming file and line)
     */
    EmotionClassifier classifier() {
        LexiconEmotionClassifier lexicon = lexicon();
        if (model == null && !blend) {
            return lexicon;
        }
        try {
            EmotionModel loaded = model == null || model.equals("builtin") ? EmotionModel.english() : EmotionModel.load(Path.of(model));
            ModelEmotionClassifier classifier = ModelEmotionClassifier.of(loaded, lexicon);
            return blend ? BlendedEmotionClassifier.of(classifier) : classifier;
        } catch (InvalidDataException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /**
     * The lexicon classifier these options describe.
     *
     * @throws BadInputException if a lexicon file is missing or malformed (naming file and line)
     */
    LexiconEmotionClassifier lexicon() {
        if (lexiconOptions.isDefault() && situationCues.isEmpty() && !withoutSituation) {
            return LexiconEmotionClassifier.english();
        }
        try {
            LexiconEmotionClassifier.Builder builder = LexiconEmotionClassifier.builder();
            if (withoutSituation) {
                builder.withoutSituations();
            } else if (!situationCues.isEmpty()) {
                SituationDetector.Builder situations = SituationDetector.builder();
                situationCues.forEach(situations::addCues);
                builder.situationDetector(situations.build());
            }
            return lexiconOptions.configure(builder).build();
        } catch (InvalidDataException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }
}
