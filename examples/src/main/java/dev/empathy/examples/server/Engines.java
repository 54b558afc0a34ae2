package dev.empathy.examples.server;

import dev.empathy.draft.DraftChecker;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.LexiconEmotionClassifier;
import dev.empathy.phrase.StatementSelector;
import java.util.Objects;

/**
 * The engines one server shares across all requests. Each is thread-safe, so this record is too.
 *
 * @param classifier reads customer messages ({@code /v1/classify}, {@code /v1/suggest}, {@code /v1/check} with a customer)
 * @param checker    checks drafts ({@code /v1/check}, {@code /v1/rules})
 * @param selector   picks statements ({@code /v1/suggest}, {@code /v1/statements})
 */
public record Engines(EmotionClassifier classifier, DraftChecker checker, StatementSelector selector) {

    public Engines {
        Objects.requireNonNull(classifier, "classifier must not be null");
        Objects.requireNonNull(checker, "checker must not be null");
        Objects.requireNonNull(selector, "selector must not be null");
    }

    /** The built-in English engines, as the command line uses them with no options. */
    public static Engines english() {
        return new Engines(LexiconEmotionClassifier.english(), DraftChecker.english(), StatementSelector.english());
    }
}
