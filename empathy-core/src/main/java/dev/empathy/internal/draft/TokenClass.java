package dev.empathy.internal.draft;

import java.util.Set;

/** What one pattern element accepts. Immutable. */
final class TokenClass {

    enum Kind {
        /** A token whose key is in {@link #keys}. */
        KEYS,
        /** Any word token whose key is NOT in {@link #keys}. */
        NOT_KEYS,
        /** Any word token. */
        WORD,
        /** A shouted (all-caps) word. */
        SHOUT,
        /** Stacked exclamation marks. */
        BANGS
    }

    final Kind kind;
    final Set<String> keys;

    TokenClass(Kind kind, Set<String> keys) {
        this.kind = kind;
        this.keys = Set.copyOf(keys);
    }

    /** True if the accepted tokens cannot be listed by key, so the matcher must try this class at every token. */
    boolean isWild() {
        return kind != Kind.KEYS;
    }
}
