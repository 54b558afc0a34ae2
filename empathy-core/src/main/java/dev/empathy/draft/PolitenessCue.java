package dev.empathy.draft;

import dev.empathy.internal.draft.TokenPattern;
import java.util.List;

/**
 * One line of {@code politeness.tsv}: the patterns of a politeness strategy and its weight. Immutable.
 *
 * @param strategy     the strategy id, e.g. {@code hedges}; a strategy may have several lines
 * @param weight       in [-5, 5]; negative for an impolite strategy
 * @param questionOnly the cue counts only in a sentence that ends with a question mark
 * @param counter      a draft that must not show the strategy; empty when there is none
 * @param line         its 1-based line in {@code politeness.tsv}
 */
record PolitenessCue(String strategy, double weight, boolean questionOnly, List<TokenPattern> patterns, String example,
                            String counter, int line) implements PatternOwner {
}
