package dev.empathy.examples.cli;

import dev.empathy.data.InvalidDataException;
import dev.empathy.emotion.LexiconEmotionClassifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options that configure the lexicon, shared by every command that reads emotions or trains a model
 * (add it with {@code @Mixin LexiconOptions lexiconOptions}; {@link ClassifierOptions} includes it).
 * Not thread-safe.
 */
final class LexiconOptions {

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Adds a lexicon file (format '# empathy-lexicon 1') to the built-in one; repeatable.")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--remove-term", paramLabel = "TERM",
            description = "Switches off every lexicon entry for TERM; repeatable.")
    List<String> removedTerms = new ArrayList<>();

    @Option(names = "--no-builtin-lexicon",
            description = "Starts from an empty lexicon (use with --lexicon).")
    boolean withoutBuiltInLexicon;

    /**
     * The lexicon classifier these options describe: the shared {@link LexiconEmotionClassifier#english()}
     * when no option is given.
     *
     * @throws BadInputException if a lexicon file is missing or malformed (naming file and line)
     */
    LexiconEmotionClassifier lexicon() {
        if (isDefault()) {
            return LexiconEmotionClassifier.english();
        }
        try {
            return configure(LexiconEmotionClassifier.builder()).build();
        } catch (InvalidDataException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /** True if no lexicon option was given. */
    boolean isDefault() {
        return lexicons.isEmpty() && removedTerms.isEmpty() && !withoutBuiltInLexicon;
    }

    /**
     * {@code builder} with these options applied; building it may throw {@link InvalidDataException}.
     */
    LexiconEmotionClassifier.Builder configure(LexiconEmotionClassifier.Builder builder) {
        if (withoutBuiltInLexicon) {
            builder.withoutBuiltInLexicon();
        }
        lexicons.forEach(builder::addLexicon);
        removedTerms.forEach(builder::removeTerm);
        return builder;
    }
}
