package dev.empathy.examples.spark;

import dev.empathy.draft.DraftCheck;
import dev.empathy.draft.DraftChecker;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.LexiconEmotionClassifier;

/**
 * The engines every task of one executor JVM shares: built once, on first use, by the class loader's lazy
 * holder idiom, never per row or per partition (they are immutable and thread-safe, so the executor's task
 * threads share them). Nothing here is serialised to executors: only the function objects are, and they
 * reach the engines through these static accessors.
 */
final class Engines {

    private Engines() {
    }

    private static final class Holder {
        static final EmotionClassifier CLASSIFIER = LexiconEmotionClassifier.english();
        static final DraftChecker CHECKER = DraftChecker.english();
    }

    static EmotionClassifier classifier() {
        return Holder.CLASSIFIER;
    }

    static DraftChecker checker() {
        return Holder.CHECKER;
    }

    /** The reply's empathy in {@code [0, 1]} ({@link DraftCheck#empathy()}). */
    static double empathy(DraftCheck check) {
        return check.empathy().value();
    }

    /** The reply's politeness in {@code [0, 1]}, 0.5 for neither ({@link DraftCheck#politeness()}). */
    static double politeness(DraftCheck check) {
        return check.politeness().value();
    }
}
