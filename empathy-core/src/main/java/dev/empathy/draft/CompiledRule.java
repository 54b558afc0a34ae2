package dev.empathy.draft;

import dev.empathy.internal.draft.TokenPattern;
import java.util.List;

/**
 * A rule with its compiled patterns and the guards that cancel ({@code unless}) or enable ({@code requires})
 * its matches. Immutable.
 */
record CompiledRule(DraftRule rule, List<TokenPattern> patterns, List<Guards.Guard> unless, List<Guards.Guard> requires)
        implements PatternOwner {
}
