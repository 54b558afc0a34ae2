package dev.empathy.internal.text;

import java.util.Arrays;

/**
 * OpenNLP's {@code SimpleTokenizer.tokenizePos} (2.5, new lines not kept), written into one int array
 * instead of a {@code Span} object per token and a copy of the text: the text is cut where the character
 * class changes (white space, letter by {@link Character#isAlphabetic}, digit by {@link Character#isDigit},
 * other), and between two different "other" chars; white space makes no token. {@code SimpleSpansTest}
 * holds it to OpenNLP's output. Stateless and thread-safe.
 */
final class SimpleSpans {

    private static final int WHITESPACE = 0;
    private static final int ALPHABETIC = 1;
    private static final int NUMERIC = 2;
    private static final int OTHER = 3;

    /** The classes of the Latin-1 chars, so that the common case costs one array read. */
    private static final byte[] LATIN1 = new byte[256];

    static {
        for (char c = 0; c < 256; c++) {
            LATIN1[c] = (byte) classify(c);
        }
    }

    /**
     * {@link #classify} by table: Latin-1 from {@link #LATIN1}, any other char from the table of its 256-char page,
     * made when a char of the page is first classed (speed, issue 16: the JIT then inlines two array reads where it
     * inlined {@code Character}'s look-ups for curly quotes, dashes and emoji halves).
     */
    private static int classOf(char c) {
        if (c < 256) {
            return LATIN1[c];
        }
        Page page = PAGES[c >>> 8];
        if (page == null) {
            page = page(c >>> 8);
        }
        return page.classes[c & 0xFF];
    }

    /** The pages of the basic plane by number ({@code c >>> 8}), each null until a char of it is first classed. */
    private static final Page[] PAGES = new Page[256];

    /**
     * The classes of the 256 chars of one page. The array is filled in the constructor and read through a final
     * field, so a thread that sees the page sees it filled; a race makes an equal page twice.
     */
    private static final class Page {
        final byte[] classes = new byte[256];

        Page(int number) {
            for (int k = 0; k < 256; k++) {
                classes[k] = (byte) classify((char) (number << 8 | k));
            }
        }
    }

    private static Page page(int number) {
        Page page = new Page(number);
        PAGES[number] = page;
        return page;
    }

    private SimpleSpans() {
    }

    /**
     * The tokens of {@code text[start, end)}: element 0 is their number n, then n pairs of start and end
     * offsets into {@code text}, then at least two spare elements (the array may be longer still). The spare
     * elements are for {@link TextAnalyzer#tokens(String, int, int)}, which looks one pair ahead when the count
     * allows: the JIT widens the bounds check of the pair it reads to cover the pair ahead, and deoptimises and
     * compiles the reader again when that widened check fails, even though the look-ahead was never made (issue 16).
     */
    static int[] of(String text, int start, int end) {
        return of(text.toCharArray(), start, end);
    }

    /** {@link #of(String, int, int)} of the text whose chars are {@code chars}. */
    static int[] of(char[] chars, int start, int end) {
        int[] out = new int[Math.min(end - start, 2048) + 3]; // room for a token per two chars; grown if need be
        int count = 0;
        int state = WHITESPACE;
        int charType = WHITESPACE;
        int tokenStart = -1;
        char previous = 0;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            charType = c < 256 ? LATIN1[c] : classOf(c);
            if (state == WHITESPACE) {
                if (charType != WHITESPACE) {
                    tokenStart = i;
                }
            } else if (charType != state || charType == OTHER && c != previous) {
                out = add(out, count++, tokenStart, i);
                tokenStart = i;
            }
            state = charType;
            previous = c;
        }
        if (charType != WHITESPACE) {
            out = add(out, count++, tokenStart, end);
        }
        out[0] = count;
        return out;
    }

    private static int[] add(int[] out, int index, int start, int end) {
        int at = 2 * index + 1;
        if (at + 3 >= out.length) { // the pair and two spare elements
            out = Arrays.copyOf(out, out.length * 2 + 1);
        }
        out[at] = start;
        out[at + 1] = end;
        return out;
    }

    /** The class of {@code c}, by the tests SimpleTokenizer makes, in its order. */
    static int classify(char c) {
        if (isWhitespaceOfAny(c)) {
            return WHITESPACE;
        }
        if (Character.isAlphabetic(c)) {
            return ALPHABETIC;
        }
        if (Character.isDigit(c)) {
            return NUMERIC;
        }
        return OTHER;
    }

    /**
     * OpenNLP's {@code StringUtil.isWhitespace(char)}: Java white space or a space separator (such as U+00A0).
     * Its own copy, because loading {@code StringUtil} sets SLF4J up (its static logger), which costs the
     * first classification about 16 ms of CPU (start-up time, issue 17); {@code SimpleSpansTest} holds the two
     * equal on every char. Read from the class tables ({@link #classOf}: speed, issue 16), whose white space is
     * {@link #isWhitespaceOfAny}.
     */
    static boolean isWhitespace(char c) {
        return classOf(c) == WHITESPACE;
    }

    /** {@link #isWhitespace} without the tables, which are built from it. */
    private static boolean isWhitespaceOfAny(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }
}
