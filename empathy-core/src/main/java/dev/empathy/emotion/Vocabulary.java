package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the lexicon's look-ups know of a token key, gathered in one map at load: for each {@link TermIndex}
 * (the lexicon's words, modifiers, question openers and service failures) the phrases that start with the
 * key, and the key's {@link TokenClasses token classes}. {@link CueFinder} looks each token up once per
 * sentence ({@link #lookUp}) and every index and stage reads the result, instead of one hash look-up per
 * index and stage for every token (speed, issue 16). The map is gathered on the first look-up, not at load
 * (start-up time, issue 17); a race gathers it twice, equal. Thread-safe.
 */
final class Vocabulary {

    /** The indexes a vocabulary serves, each at its own slot of {@link Entry#groups}. */
    static final int SLOTS = 4;

    /** What one key starts or is. Never changed once the vocabulary is built. */
    static final class Entry {
        /** By slot: the phrases of that index whose first element is the key, or null. */
        final TermGroup<?>[] groups = new TermGroup<?>[SLOTS];
        /** The token classes the data lists the key in ({@link TokenClasses#listedClasses}), as bits. */
        int listedClasses;
    }

    private final TokenClasses classes;
    private final List<TermIndex<?>> indexes;
    private Gathered gathered; // built on first use; its field is final, so it is safely published

    /** The map itself: a HashMap, never changed once gathered. */
    private static final class Gathered {
        final Map<String, Entry> entries;

        Gathered(Map<String, Entry> entries) {
            this.entries = entries;
        }
    }

    private Vocabulary(TokenClasses classes, List<TermIndex<?>> indexes) {
        this.classes = classes;
        this.indexes = indexes;
    }

    /**
     * Builds the vocabulary of {@code indexes} (at most {@link #SLOTS}; each is given its slot here, so an
     * index serves one vocabulary only) and the words {@code classes} lists.
     */
    static Vocabulary of(TokenClasses classes, List<TermIndex<?>> indexes) {
        if (indexes.size() > SLOTS) {
            throw new IllegalArgumentException("at most " + SLOTS + " indexes, found " + indexes.size());
        }
        for (int slot = 0; slot < indexes.size(); slot++) {
            indexes.get(slot).serve(slot);
        }
        return new Vocabulary(classes, List.copyOf(indexes));
    }

    private Map<String, Entry> entries() {
        Gathered built = gathered;
        if (built == null) {
            Map<String, Entry> entries = new HashMap<>();
            for (int slot = 0; slot < indexes.size(); slot++) {
                for (Map.Entry<String, ? extends TermGroup<?>> group : indexes.get(slot).groupsByFirstKey().entrySet()) {
                    entry(entries, group.getKey()).groups[slot] = group.getValue();
                }
            }
            for (Map.Entry<String, Integer> listed : classes.listedClasses().entrySet()) {
                entry(entries, listed.getKey()).listedClasses = listed.getValue();
            }
            built = new Gathered(entries);
            gathered = built;
        }
        return built.entries;
    }

    private static Entry entry(Map<String, Entry> entries, String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            entry = new Entry();
            entries.put(key, entry);
        }
        return entry;
    }

    /** {@return the entry of each token's key, null where the key is in none of the indexes and no class} */
    Entry[] lookUp(List<Token> tokens) {
        Map<String, Entry> entries = entries();
        Entry[] found = new Entry[tokens.size()];
        for (int i = 0; i < found.length; i++) {
            found[i] = entries.get(tokens.get(i).key());
        }
        return found;
    }
}
