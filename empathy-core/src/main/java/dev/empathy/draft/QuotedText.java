package dev.empathy.draft;

import java.util.BitSet;

/**
 * The chars of a draft that are not in the agent's voice: lines whose first non-blank char is {@code >},
 * and text between a pair of straight double quotes or of “ ” on one line (an unpaired quote marks nothing).
 * Immutable once built; one per check.
 */
final class QuotedText {

    private final BitSet quoted;

    private QuotedText(BitSet quoted) {
        this.quoted = quoted;
    }

    /** The quoted chars of {@code text}, found in one pass. */
    static QuotedText of(String text) {
        BitSet quoted = new BitSet(text.length());
        int lineStart = 0;
        int length = text.length();
        while (lineStart <= length) {
            int lineEnd = lineStart;
            while (lineEnd < length && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int first = lineStart;
            while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            if (first < lineEnd && text.charAt(first) == '>') {
                quoted.set(lineStart, lineEnd);
            } else {
                markQuotePairs(text, lineStart, lineEnd, quoted);
            }
            lineStart = lineEnd + 1;
        }
        return new QuotedText(quoted);
    }

    private static void markQuotePairs(String text, int lineStart, int lineEnd, BitSet quoted) {
        int open = -1;
        char closing = 0;
        for (int i = lineStart; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (open < 0 && (c == '"' || c == '\u201C')) {
                open = i;
                closing = c == '"' ? '"' : '\u201D';
            } else if (open >= 0 && c == closing) {
                quoted.set(open, i + 1);
                open = -1;
            }
        }
    }

    /** True if any char of {@code [start, end)} is quoted. */
    boolean overlaps(int start, int end) {
        int next = quoted.nextSetBit(start);
        return next >= 0 && next < end;
    }
}
