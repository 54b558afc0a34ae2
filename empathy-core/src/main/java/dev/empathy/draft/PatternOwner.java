package dev.empathy.draft;

import dev.empathy.internal.draft.TokenPattern;
import java.util.List;

/**
 * What a pattern of the checker belongs to, which decides what its matches mean: a rule's match is a
 * candidate finding, an element cue's match a candidate empathy element (or a time frame), a politeness cue's
 * match a politeness strategy. {@link FindingResolver} sorts the scanner's hits by this type.
 */
sealed interface PatternOwner permits CompiledRule, ElementCue, PolitenessCue {

    /** The compiled patterns, one per alternative of the pattern as written in its file. */
    List<TokenPattern> patterns();
}
