package dev.empathy.internal.text;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of a text, with half-open UTF-16 offsets into the original string.
 *
 * @param start   first char index, inclusive
 * @param end     last char index, exclusive
 * @param key     the token normalised for matching: lower case ({@link Locale#ROOT}), typographic
 *                apostrophes folded to {@code '}; e.g. {@code "Can’t"} gives {@code "can't"}
 * @param kind    what the token is made of
 * @param allCaps true for a word of at least two letters, all of them upper case ("FURIOUS", "DON'T")
 * @param stretched true if {@code key} has a run of three or more equal letters ("sooo", "pleeease"), the
 *                  tokens that the lexicon's look-ups also try shortened; computed from {@code key} by the
 *                  five-argument constructor
 * @param folded  {@code key} {@linkplain Folding#fold folded} as the engine's word lists are written, apostrophes
 *                dropped ("can't" gives "cant"); the same string as {@code key} when nothing changes. Computed
 *                from {@code key} by the five- and six-argument constructors, once per token, so that no stage
 *                folds a key again (speed, issue 16)
 */
public record Token(int start, int end, String key, Kind kind, boolean allCaps, boolean stretched, String folded) {

    /** A token whose {@link #stretched} flag and {@link #folded} key are read from {@code key}. */
    public Token(int start, int end, String key, Kind kind, boolean allCaps) {
        this(start, end, key, kind, allCaps, hasLetterRun(key), Folding.fold(key));
    }

    /** A token whose {@link #folded} key is read from {@code key}. */
    public Token(int start, int end, String key, Kind kind, boolean allCaps, boolean stretched) {
        this(start, end, key, kind, allCaps, stretched, Folding.fold(key));
    }

    /** True if {@code key} has a run of three or more equal letters. */
    static boolean hasLetterRun(String key) {
        int length = key.length();
        for (int i = 2; i < length; i++) {
            char c = key.charAt(i);
            if (c == key.charAt(i - 1) && c == key.charAt(i - 2) && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** What a token is made of. */
    public enum Kind {
        /** Letters and digits, possibly with inner apostrophes: "don't", "3rd", "café", "日本語". */
        WORD,
        /** Punctuation: ",", "!!!", "?", "...", "-". */
        PUNCTUATION,
        /** Anything else: emoji halves, symbols, control characters. */
        OTHER
    }

    /** True for a word token. */
    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** True if this token ends a clause: sentence punctuation, comma, semicolon, colon, dash. */
    public boolean isClauseBreak() {
        if (kind != Kind.PUNCTUATION) {
            return false;
        }
        char c = key.charAt(0);
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\u2014' || c == '\u2013';
    }

    /**
     * As a record's equality (every component equal), written out: the generated one links an {@code invokedynamic}
     * call site on its first call, which spins method-handle classes in the middle of a run (speed, issue 16).
     */
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Token that && start == that.start && end == that.end
                && Objects.equals(key, that.key) && kind == that.kind && allCaps == that.allCaps && stretched == that.stretched
                && Objects.equals(folded, that.folded));
    }

    @Override
    public int hashCode() {
        int hash = (start * 31 + end) * 31 + Objects.hashCode(key);
        hash = (hash * 31 + Objects.hashCode(kind)) * 31 + Boolean.hashCode(allCaps);
        return (hash * 31 + Boolean.hashCode(stretched)) * 31 + Objects.hashCode(folded);
    }
}
