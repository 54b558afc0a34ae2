package dev.empathy.internal.text;

import java.util.Locale;

/**
 * One token of a text, with half-open UTF-16 offsets into the original string.
 *
 * @param start   first char index, inclusive
 * @param end     last char index, exclusive
 * @param key     the token normalised for matching: lower case ({@link Locale#ROOT}), typographic
 *                apostrophes folded to {@code '}; e.g. {@code "Can’t"} gives {@code "can't"}
 * @param kind    what the token is made of
 * @param allCaps true for a word of at least two letters, all of them upper case ("FURIOUS", "DON'T")
 */
public record Token(int start, int end, String key, Kind kind, boolean allCaps) {

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
}
