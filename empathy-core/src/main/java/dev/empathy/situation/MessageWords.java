package dev.empathy.situation;

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

    /** True if position {@code i} is a sentence end rather than a word. */
    boolean isBoundary(int i) {
        String key = keys[i];
        return key.equals(".") || key.equals("?");
    }

    static MessageWords of(String text) {
        List<Token> tokens = TextAnalyzer.tokens(text);
        boolean[] hidden = hiddenChars(text);
        int capacity = tokens.size();
        String[] keys = new String[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int size = 0;
        for (Token token : tokens) {
            if (hidden[token.start()]) {
                continue;
            }
            String key;
            if (token.isWord()) {
                if (token.start() > 0 && text.charAt(token.start() - 1) == '#' && hasInnerCapital(text, token.start(), token.end())) {
                    // a hashtag split at its capitals gives at most one word per char
                    int needed = size + token.end() - token.start() + tokens.size();
                    if (needed > keys.length) {
                        keys = Arrays.copyOf(keys, needed);
                        starts = Arrays.copyOf(starts, needed);
                        ends = Arrays.copyOf(ends, needed);
                    }
                    size = addHashtagParts(text, token.start(), token.end(), keys, starts, ends, size);
                    continue;
                }
                key = CuePattern.fold(token.key());
                if (key.isEmpty()) {
                    continue;
                }
            } else if (token.kind() == Token.Kind.PUNCTUATION && isSentenceEnd(token.key())) {
                key = token.key().indexOf('?') >= 0 ? "?" : ".";
                if (size > 0 && keys[size - 1].equals(key)) {
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

    /** True if {@code text[start, end)} is camel case ("SortIt", "NeverAgain"; not "iOS11"). */
    private static boolean hasInnerCapital(String text, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (startsPart(text, i, end)) {
                return true;
            }
        }
        return false;
    }

    /** A capital after a lower-case letter and before one starts a hashtag word: "Sort|It", not "i|OS11". */
    private static boolean startsPart(String text, int i, int end) {
        return i + 1 < end && Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))
                && Character.isLowerCase(text.charAt(i + 1));
    }

    /** Adds the words of a camel-case hashtag ("#CustomerServiceFail": customer, service, fail), each with its own span. */
    private static int addHashtagParts(String text, int start, int end, String[] keys, int[] starts, int[] ends, int size) {
        int partStart = start;
        for (int i = start + 1; i <= end; i++) {
            boolean cut = i == end || startsPart(text, i, end);
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

    private static boolean isSentenceEnd(String punctuation) {
        for (int i = 0; i < punctuation.length(); i++) {
            char c = punctuation.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                return true;
            }
        }
        return false;
    }

    /** Marks the chars of @-mentions and links, which say nothing about the situation. One pass. */
    private static boolean[] hiddenChars(String text) {
        int length = text.length();
        boolean[] hidden = new boolean[length + 1];
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            int end = i;
            if (c == '@' && i + 1 < length && isHandleChar(text.charAt(i + 1))) {
                end = i + 1;
                while (end < length && isHandleChar(text.charAt(end))) {
                    end++;
                }
            } else if ((c == 'h' || c == 'H') && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && startsLink(text, i)) {
                while (end < length && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
            }
            if (end > i) {
                for (int j = i; j < end; j++) {
                    hidden[j] = true;
                }
                i = end;
            } else {
                i++;
            }
        }
        return hidden;
    }

    private static boolean isHandleChar(char c) {
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }

    private static boolean startsLink(String text, int i) {
        return text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8);
    }
}
