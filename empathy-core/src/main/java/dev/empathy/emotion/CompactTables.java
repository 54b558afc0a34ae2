package dev.empathy.emotion;

import dev.empathy.emotion.TokenClasses.TokenClass;

/**
 * The columns of {@link CompactLexiconFile}'s resource, read in bulk and turned into objects only when asked:
 * a string, element, element array, entry or phrase is made on first use and kept. A classifier built from the
 * built-in entries alone (nothing added, nothing removed) indexes them by the groups the build wrote
 * ({@link Index}), and each group's phrases are made on its first look-up ({@link TermGroup}), so building a
 * classifier no longer makes an object per entry and per service-failure phrase (start-up time, issue 17).
 * {@link #toCompactLexicon()} makes every table, as a classifier built any other way needs them.
 *
 * <p>Thread-safe: what is made on first use is made under this object's lock; every value handed out is
 * immutable (or, for element arrays, never written after it is handed out).
 */
final class CompactTables {

    private static final TokenClass[] TOKEN_CLASSES = TokenClass.values();
    private static final Emotion[] EMOTIONS = Emotion.values();
    private static final SignalType[] SIGNALS = SignalType.values();

    /**
     * The groups of a {@link TermIndex}, as {@link TermIndex#of} would form them from the same phrases: group
     * {@code g} has first key {@code keys[g]} (a pool index) and the rows {@code rows[ends[g - 1] .. ends[g])},
     * in data order; {@code classRows} are the rows of the phrases starting with a placeholder, in data order.
     */
    record Index(int[] keys, int[] ends, int[] rows, int[] classRows) {
    }

    // the string pool: string i is ascii[starts[i], ends[i]) or other[starts[i], ends[i])
    private final String ascii;
    private final String other;
    private final int[] starts;
    private final int[] ends;
    private final byte[] inOther;
    private final String[] strings;

    private final int[] elementKeys;
    private final int[] elementsWithoutApostrophes;
    private final byte[] elementFlags;
    private final TermIndex.Element[] elements;
    private final int[] arrayEnds;
    private final int[] arrayMembers;
    private final TermIndex.Element[][] arrays;

    final String entrySource;
    final int[] entryLines;
    final int[] entryLengths;
    private final int[] entryTerms;
    private final int[] entryArrays;
    private final double[] weights;
    private final byte[] entryEmotions;
    private final byte[] entrySignals;
    private final LexiconEntry[] entries;
    private final TermIndex.Term<?>[] wordTerms;

    private CompactLexicon.Modifiers modifiers; // set once by the reader, before the tables are handed out

    private final int[] failureTexts;
    private final int[] failureArrays;
    private final double[] factors;
    private final TermIndex.Term<?>[] failureTerms;

    final Index words;
    final Index failures;

    CompactTables(String ascii, String other, int[] starts, int[] ends, byte[] inOther,
                  int[] elementKeys, int[] elementsWithoutApostrophes, byte[] elementFlags, int[] arrayEnds, int[] arrayMembers,
                  String entrySource, int[] entryLines, int[] entryLengths, int[] entryTerms, int[] entryArrays,
                  double[] weights, byte[] entryEmotions, byte[] entrySignals, CompactLexicon.Modifiers modifiers,
                  int[] failureTexts, int[] failureArrays, double[] factors, Index words, Index failures) {
        this.ascii = ascii;
        this.other = other;
        this.starts = starts;
        this.ends = ends;
        this.inOther = inOther;
        this.strings = new String[ends.length];
        this.elementKeys = elementKeys;
        this.elementsWithoutApostrophes = elementsWithoutApostrophes;
        this.elementFlags = elementFlags;
        this.elements = new TermIndex.Element[elementKeys.length];
        this.arrayEnds = arrayEnds;
        this.arrayMembers = arrayMembers;
        this.arrays = new TermIndex.Element[arrayEnds.length][];
        this.entrySource = entrySource;
        this.entryLines = entryLines;
        this.entryLengths = entryLengths;
        this.entryTerms = entryTerms;
        this.entryArrays = entryArrays;
        this.weights = weights;
        this.entryEmotions = entryEmotions;
        this.entrySignals = entrySignals;
        this.entries = new LexiconEntry[entryTerms.length];
        this.wordTerms = new TermIndex.Term<?>[entryTerms.length];
        this.modifiers = modifiers;
        this.failureTexts = failureTexts;
        this.failureArrays = failureArrays;
        this.factors = factors;
        this.failureTerms = new TermIndex.Term<?>[failureTexts.length];
        this.words = words;
        this.failures = failures;
    }

    /** {@return pool string {@code index}, or null for -1} */
    synchronized String string(int index) {
        if (index < 0) {
            return null;
        }
        String string = strings[index];
        if (string == null) {
            string = (inOther[index] == 0 ? ascii : other).substring(starts[index], ends[index]);
            strings[index] = string;
        }
        return string;
    }

    private TermIndex.Element element(int index) {
        TermIndex.Element element = elements[index];
        if (element == null) {
            int flag = elementFlags[index];
            int tokenClass = (flag & 0x7F) - 1;
            element = new TermIndex.Element(string(elementKeys[index]), string(elementsWithoutApostrophes[index]),
                    tokenClass < 0 ? null : TOKEN_CLASSES[tokenClass], flag < 0);
            elements[index] = element;
        }
        return element;
    }

    /** {@return element array {@code index} (one shared array for each: never write to it), or null for -1} */
    synchronized TermIndex.Element[] array(int index) {
        if (index < 0) {
            return null;
        }
        TermIndex.Element[] array = arrays[index];
        if (array == null) {
            int start = index == 0 ? 0 : arrayEnds[index - 1];
            array = new TermIndex.Element[arrayEnds[index] - start];
            for (int k = 0; k < array.length; k++) {
                array[k] = element(arrayMembers[start + k]);
            }
            arrays[index] = array;
        }
        return array;
    }

    int entryCount() {
        return entryTerms.length;
    }

    /** True if entry {@code row} is a symbol (an emoji or emoticon, matched on the raw text): it has no elements. */
    boolean isSymbol(int row) {
        return entryArrays[row] < 0;
    }

    synchronized LexiconEntry entry(int row) {
        LexiconEntry entry = entries[row];
        if (entry == null) {
            int emotion = entryEmotions[row];
            int signal = entrySignals[row];
            entry = new LexiconEntry(string(entryTerms[row]), emotion < 0 ? null : EMOTIONS[emotion], weights[row],
                    signal < 0 ? null : SIGNALS[signal]);
            entries[row] = entry;
        }
        return entry;
    }

    /** {@return the phrase of entry {@code row}, which is not a symbol} */
    @SuppressWarnings("unchecked")
    synchronized TermIndex.Term<LexiconEntry> wordTerm(int row) {
        TermIndex.Term<LexiconEntry> term = (TermIndex.Term<LexiconEntry>) wordTerms[row];
        if (term == null) {
            LexiconEntry entry = entry(row);
            term = new TermIndex.Term<>(entry.term(), array(entryArrays[row]), entry);
            wordTerms[row] = term;
        }
        return term;
    }

    int failureCount() {
        return failureTexts.length;
    }

    /**
     * {@return the phrases of the entry rows {@code rows[from, to)}, in order} Under one lock, not one per phrase: two
     * threads making the phrases of one large group at once handed the lock back and forth at every phrase, spinning
     * (speed, issue 16).
     */
    synchronized java.util.List<TermIndex.Term<LexiconEntry>> wordTerms(int[] rows, int from, int to) {
        java.util.List<TermIndex.Term<LexiconEntry>> terms = new java.util.ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            terms.add(wordTerm(rows[i]));
        }
        return terms;
    }

    /** {@return the service-failure phrases of the rows {@code rows[from, to)}, in order}, as {@link #wordTerms} */
    synchronized java.util.List<TermIndex.Term<Double>> failureTerms(int[] rows, int from, int to) {
        java.util.List<TermIndex.Term<Double>> terms = new java.util.ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            terms.add(failureTerm(rows[i]));
        }
        return terms;
    }

    /** {@return service-failure phrase {@code row}, its value the factor of {@code failure.weight}} */
    @SuppressWarnings("unchecked")
    synchronized TermIndex.Term<Double> failureTerm(int row) {
        TermIndex.Term<Double> term = (TermIndex.Term<Double>) failureTerms[row];
        if (term == null) {
            term = new TermIndex.Term<>(string(failureTexts[row]), array(failureArrays[row]), factors[row]);
            failureTerms[row] = term;
        }
        return term;
    }

    /** {@return the built-in entries' phrases in data order, symbols left out, each made when first read} */
    java.util.List<TermIndex.Term<LexiconEntry>> wordPhrases() {
        return new WordPhrases(this);
    }

    synchronized CompactLexicon.Modifiers modifiers() {
        return modifiers;
    }

    synchronized CompactTables withModifiers(CompactLexicon.Modifiers modifiers) {
        this.modifiers = modifiers;
        return this;
    }

    /** {@return every table, made now} */
    synchronized CompactLexicon toCompactLexicon() {
        int entryCount = entryTerms.length;
        LexiconEntry[] allEntries = new LexiconEntry[entryCount];
        TermIndex.Element[][] entryElements = new TermIndex.Element[entryCount][];
        for (int i = 0; i < entryCount; i++) {
            allEntries[i] = entry(i);
            entryElements[i] = array(entryArrays[i]);
        }
        int failureCount = failureTexts.length;
        String[] phrases = new String[failureCount];
        TermIndex.Element[][] failureElements = new TermIndex.Element[failureCount][];
        for (int i = 0; i < failureCount; i++) {
            phrases[i] = string(failureTexts[i]);
            failureElements[i] = array(failureArrays[i]);
        }
        return new CompactLexicon(new CompactLexicon.Entries(entrySource, allEntries, entryElements, entryLines, entryLengths),
                modifiers, new CompactLexicon.Failures(phrases, failureElements, factors));
    }

    /** The rows of the built-in entries' phrases, for {@link TermIndex#ofGroups}. A class, not a lambda: start-up time. */
    static final class WordRows implements TermGroup.Rows<LexiconEntry> {
        private final CompactTables tables;

        WordRows(CompactTables tables) {
            this.tables = tables;
        }

        @Override
        public TermIndex.Term<LexiconEntry> term(int row) {
            return tables.wordTerm(row);
        }

        @Override
        public java.util.List<TermIndex.Term<LexiconEntry>> terms(int[] rows, int from, int to) {
            return tables.wordTerms(rows, from, to);
        }

        @Override
        public String key(int poolIndex) {
            return tables.string(poolIndex);
        }
    }

    /** The rows of the service-failure phrases, for {@link TermIndex#ofGroups}. */
    static final class FailureRows implements TermGroup.Rows<Double> {
        private final CompactTables tables;

        FailureRows(CompactTables tables) {
            this.tables = tables;
        }

        @Override
        public TermIndex.Term<Double> term(int row) {
            return tables.failureTerm(row);
        }

        @Override
        public java.util.List<TermIndex.Term<Double>> terms(int[] rows, int from, int to) {
            return tables.failureTerms(rows, from, to);
        }

        @Override
        public String key(int poolIndex) {
            return tables.string(poolIndex);
        }
    }

    /**
     * The built-in entries' phrases in data order (symbols left out), each made when first read: the hashtag
     * vocabulary reads them on the first hashtag ({@link HashtagSplitter}). Immutable; thread-safe.
     */
    private static final class WordPhrases extends java.util.AbstractList<TermIndex.Term<LexiconEntry>> {
        private final CompactTables tables;
        private int[] rows; // the rows that are not symbols; found on first use, under the lock of tables

        WordPhrases(CompactTables tables) {
            this.tables = tables;
        }

        private int[] rows() {
            synchronized (tables) {
                if (rows == null) {
                    int[] all = new int[tables.entryCount()];
                    int n = 0;
                    for (int row = 0; row < all.length; row++) {
                        if (!tables.isSymbol(row)) {
                            all[n++] = row;
                        }
                    }
                    rows = java.util.Arrays.copyOf(all, n);
                }
                return rows;
            }
        }

        @Override
        public TermIndex.Term<LexiconEntry> get(int index) {
            return tables.wordTerm(rows()[index]);
        }

        @Override
        public int size() {
            return rows().length;
        }
    }
}
