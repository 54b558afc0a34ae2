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
        /** The structure word classes of the key once folded ({@link SupportStructure#fold}), as bits ({@link #wordClasses}). */
        int wordClasses;
    }

    private final TokenClasses classes;
    private final List<TermIndex<?>> indexes;
    /** Folded word -> its structure word classes as bits ({@link #withWordClasses}); empty for the lexicon's own vocabulary. */
    private final Map<String, Integer> classesOfFolded;
    private Gathered gathered; // built on first use; its field is final, so it is safely published

    /** The map itself: a HashMap, never changed once gathered. */
    private static final class Gathered {
        final Map<String, Entry> entries;

        Gathered(Map<String, Entry> entries) {
            this.entries = entries;
        }
    }

    private Vocabulary(TokenClasses classes, List<TermIndex<?>> indexes, Map<String, Integer> classesOfFolded) {
        this.classes = classes;
        this.indexes = indexes;
        this.classesOfFolded = classesOfFolded;
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
        return new Vocabulary(classes, List.copyOf(indexes), Map.of());
    }

    /**
     * This vocabulary, whose entries also carry each key's structure word classes: {@code classesOfFolded} maps a
     * folded word ({@link SupportStructure#fold}) to its classes as bits (the stages' structure files: support and
     * complaint words), so that {@link #wordClasses} gives each token's classes with no look-up of its own, and no
     * stage folds or looks a token up again (speed, issue 16). The indexes keep their slots. Gathered on first use.
     */
    Vocabulary withWordClasses(Map<String, Integer> classesOfFolded) {
        return new Vocabulary(classes, indexes, classesOfFolded);
    }

    private Map<String, Entry> entries() {
        Gathered built = gathered;
        return built != null ? built.entries : gather();
    }

    /** Gathers the map, on the first look-up: its own method, so that the JIT need not compile it into every look-up (speed, issue 16). */
    private Map<String, Entry> gather() {
        Map<String, Entry> entries = new HashMap<>();
        for (int slot = 0; slot < indexes.size(); slot++) {
            for (Map.Entry<String, ? extends TermGroup<?>> group : indexes.get(slot).groupsByFirstKey().entrySet()) {
                entry(entries, group.getKey()).groups[slot] = group.getValue();
            }
        }
        for (Map.Entry<String, Integer> listed : classes.listedClasses().entrySet()) {
            entry(entries, listed.getKey()).listedClasses = listed.getValue();
        }
        for (String word : classesOfFolded.keySet()) {
            entry(entries, word); // every folded word with classes has an entry: a key with none folded has none
        }
        for (Map.Entry<String, Entry> entry : entries.entrySet()) {
            entry.getValue().wordClasses = classesOfFolded(entry.getKey());
        }
        gathered = new Gathered(entries);
        return entries;
    }

    private static Entry entry(Map<String, Entry> entries, String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            entry = new Entry();
            entries.put(key, entry);
        }
        return entry;
    }

    /** The structure word classes of a key: those of its folded form, 0 if it has none. */
    private int classesOfFolded(String key) {
        Integer bits = classesOfFolded.get(SupportStructure.fold(key));
        return bits == null ? 0 : bits;
    }

    /**
     * {@return the structure word classes ({@link #withWordClasses}) of each word of {@code tokens}, given their
     * entries {@code known} ({@link #lookUp}); 0 for a token that is not a word} Exactly the classes of each word's
     * key once folded: an entry carries them, and a key with no entry has none unless folding changes it
     * ("someone's"), the rare case looked up here. Punctuation, emoji and other symbols are not folded.
     */
    int[] wordClasses(List<Token> tokens, Entry[] known) {
        int[] found = new int[known.length];
        if (classesOfFolded.isEmpty()) {
            return found;
        }
        for (int i = 0; i < found.length; i++) {
            Token token = tokens.get(i);
            if (!token.isWord()) {
                continue;
            }
            Entry entry = known[i];
            if (entry != null) {
                found[i] = entry.wordClasses;
            } else if (!SupportStructure.isFolded(token.key())) {
                Integer bits = classesOfFolded.get(token.folded()); // the token's own fold: no folding here (speed, issue 16)
                found[i] = bits == null ? 0 : bits;
            }
        }
        return found;
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
