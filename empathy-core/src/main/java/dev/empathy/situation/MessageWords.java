package dev.empathy.situation;

import dev.empathy.internal.text.Chars;
import dev.empathy.internal.text.TextAnalyzer;
import dev.empathy.internal.text.Token;
import java.util.Arrays;
import java.util.List;

/**
 * The words of a message as the cue matcher sees them: word tokens folded by {@link CuePattern#fold},
 * sentence ends ({@code . ! ?}) as boundaries ({@code "?"} for a question, {@code "."} otherwise), and
 * nothing else. @-mentions ("@AmazonHelp", "@115850") and links ("https://t.co/...") are left out, as are
 * commas, quotes, dashes and emoji. A camel-case hashtag is read as its words ("#NeverAgain": never, again).
 * Offsets stay those of the original text. Not thread-safe; one per
 * message.
 */
final class MessageWords {

    final String[] keys;
    final int[] starts;
    final int[] ends;
    final int size;

    private MessageWords(String[] keys, int[] starts, int[] ends, int size) {
        this.keys = keys;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    static MessageWords of(String text) {
        List<Token> tokens = TextAnalyzer.tokens(text);
        // the chars as an array, not text.charAt: the JIT's hoisted checks of a charAt loop fail when Latin-1 and
        // UTF-16 texts alternate (emoji, curly quotes), and each failure compiled the method again (issue 16)
        char[] chars = TextAnalyzer.chars(text); // shared with the tokenizer inside a share scope; not changed here
        int[] hidden = hiddenRanges(chars);
        int hiddenCount = hidden == null ? 0 : hidden[0];
        int range = 0; // the first hidden range that does not end before the current token
        int capacity = tokens.size();
        String[] keys = new String[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int size = 0;
        int count = tokens.size();
        for (int t = 0; t < count; t++) {
            Token token = tokens.get(t);
            while (range < hiddenCount && hidden[2 * range + 2] <= token.start()) {
                range++;
            }
            if (range < hiddenCount && hidden[2 * range + 1] <= token.start()) {
                continue; // the token starts inside a mention or link
            }
            String key;
            if (token.isWord()) {
                if (token.start() > 0 && chars[token.start() - 1] == '#' && hasInnerCapital(chars, token.start(), token.end())) {
                    // a hashtag split at its capitals gives at most one word per char
                    int needed = size + token.end() - token.start() + tokens.size();
                    if (needed > keys.length) {
                        keys = Arrays.copyOf(keys, needed);
                        starts = Arrays.copyOf(starts, needed);
                        ends = Arrays.copyOf(ends, needed);
                    }
                    size = addHashtagParts(text, chars, token.start(), token.end(), keys, starts, ends, size);
                    continue;
                }
                key = CuePattern.foldKey(token.key());
                if (key.isEmpty()) {
                    continue;
                }
            } else if (token.kind() == Token.Kind.PUNCTUATION) {
                key = sentenceEnd(chars, token.start(), token.end());
                if (key == null || (size > 0 && keys[size - 1].equals(key))) {
                    continue; // "? ?" is one boundary
                }
            } else {
                continue;
            }
            keys[size] = key;
            starts[size] = token.start();
            ends[size] = token.end();
            size++;
        }
        return new MessageWords(keys, starts, ends, size);
    }

    /** True if {@code chars[start, end)} is camel case ("SortIt", "NeverAgain"; not "iOS11"). */
    private static boolean hasInnerCapital(char[] chars, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (startsPart(chars, i, end)) {
                return true;
            }
        }
        return false;
    }

    /** A capital after a lower-case letter and before one starts a hashtag word: "Sort|It", not "i|OS11". */
    private static boolean startsPart(char[] chars, int i, int end) {
        return i + 1 < end && Chars.isUpperCase(chars[i]) && Chars.isLowerCase(chars[i - 1]) && Chars.isLowerCase(chars[i + 1]);
    }

    /** Adds the words of a camel-case hashtag ("#CustomerServiceFail": customer, service, fail), each with its own span. */
    private static int addHashtagParts(String text, char[] chars, int start, int end, String[] keys, int[] starts, int[] ends, int size) {
        int partStart = start;
        for (int i = start + 1; i <= end; i++) {
            boolean cut = i == end || startsPart(chars, i, end);
            if (cut) {
                String key = CuePattern.fold(text.substring(partStart, i));
                if (!key.isEmpty()) {
                    keys[size] = key;
                    starts[size] = partStart;
                    ends[size] = i;
                    size++;
                }
                partStart = i;
            }
        }
        return size;
    }

    /**
     * The boundary that the punctuation {@code chars[start, end)} makes: {@code "?"} if it holds a question mark,
     * {@code "."} if it holds another sentence end ({@code . ! …}), null if none. Read from the text's chars, not the
     * token's key: lower case and folded apostrophes change no such char (speed, issue 16).
     */
    private static String sentenceEnd(char[] chars, int start, int end) {
        String boundary = null;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c == '?') {
                return "?";
            }
            if (c == '.' || c == '!' || c == '\u2026') {
                boundary = ".";
            }
        }
        return boundary;
    }

    /**
     * The @-mentions and links of {@code text}, which say nothing about the situation, as ranges: element 0 is
     * their number n, then n pairs of start and end offsets, in text order; null when there is none. One pass.
     */
    private static int[] hiddenRanges(char[] chars) {
        int length = chars.length;
        int[] ranges = null;
        int count = 0;
        int i = 0;
        while (i < length) {
            char c = chars[i];
            int end = i;
            if (c == '@' && i + 1 < length && Chars.isHandleChar(chars[i + 1])) {
                end = handleEnd(chars, i + 1);
            } else if ((c | 0x20) == 'h' && i + 1 < length && (chars[i + 1] | 0x20) == 't' && startsLink(chars, i)) { // 'h' or 'H', 't' or 'T'
                end = linkEnd(chars, i);
            }
            if (end > i) {
                if (ranges == null) {
                    ranges = new int[9];
                } else if (2 * count + 2 >= ranges.length) {
                    ranges = Arrays.copyOf(ranges, ranges.length * 2 + 1);
                }
                ranges[2 * count + 1] = i;
                ranges[2 * count + 2] = end;
                count++;
                i = end;
            } else {
                i++;
            }
        }
        if (ranges != null) {
            ranges[0] = count;
        }
        return ranges;
    }

    private static int handleEnd(char[] chars, int from) {
        int end = from;
        while (end < chars.length && Chars.isHandleChar(chars[end])) {
            end++;
        }
        return end;
    }

    private static int linkEnd(char[] chars, int from) {
        int end = from;
        while (end < chars.length && !TextAnalyzer.isWhitespace(chars[end])) {
            end++;
        }
        return end;
    }

    /**
     * True if {@code chars} has "http://" or "https://" at {@code i}, in any case, not right after a letter or digit;
     * the caller has seen 'h' and 't' there. As {@code String.regionMatches(true, ...)} compares, the 's' may also be
     * a long s ('\u017F', whose upper case is 'S'); a plain char test, not that method's code (speed, issue 16).
     */
    static boolean startsLink(char[] chars, int i) {
        if (i + 7 > chars.length || (chars[i + 2] | 0x20) != 't' || (chars[i + 3] | 0x20) != 'p') {
            return false;
        }
        int colon = (chars[i + 4] | 0x20) == 's' || chars[i + 4] == '\u017F' ? i + 5 : i + 4;
        return colon + 3 <= chars.length && chars[colon] == ':' && chars[colon + 1] == '/' && chars[colon + 2] == '/'
                && (i == 0 || !Chars.isLetterOrDigit(chars[i - 1]));
    }

}
