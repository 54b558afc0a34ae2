package dev.empathy.draft;

import dev.empathy.internal.draft.TokenPattern;
import java.util.List;

/**
 * One line of {@code elements.tsv}: the patterns that show an empathy element. Immutable.
 *
 * @param element      the element shown, or null for a time-frame cue ("by Friday"), which only completes a next step
 * @param counter      a draft that must not yield the element; empty when there is none
 * @param questionOnly the cue counts only in a sentence that ends with a question mark
 * @param alone        (next-step cues) the cue counts without a time frame in its sentence
 * @param line         its 1-based line in {@code elements.tsv}
 */
record ElementCue(EmpathyElement element, List<TokenPattern> patterns, String example, String counter, boolean questionOnly,
                         boolean alone, int line) implements PatternOwner {

    /** True for a time-frame cue, which yields no element of its own. */
    boolean isTimeFrame() {
        return element == null;
    }
}
