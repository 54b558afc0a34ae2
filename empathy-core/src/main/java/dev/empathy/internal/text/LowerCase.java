package dev.empathy.internal.text;

import java.util.Locale;

/**
 * {@code String.toLowerCase(Locale.ROOT)} of a run of chars, written char by char into a new array instead of making
 * the run's string and lower-casing that (speed, issue 16): {@code String.toLowerCase} and its UTF-16 half are among
 * the biggest library code the JIT inlined into the tokenizer. The few chars whose lower case depends on their
 * context or changes the length ({@code U+0130}, {@code U+03A3}, a lone surrogate, a code point whose lower case
 * leaves its plane) are left to {@code String.toLowerCase} itself. {@code LowerCaseTest} holds the two equal on
 * every char and code point. Stateless and thread-safe.
 */
public final class LowerCase {

    private LowerCase() {
    }

    /**
     * {@code new String(chars, from, to - from).toLowerCase(Locale.ROOT)}.
     *
     * <table>
     *   <caption>Examples</caption>
     *   <tr><th>chars</th><th>result</th></tr>
     *   <tr><td>{@code SortIt}</td><td>{@code sortit}</td></tr>
     *   <tr><td>{@code CAFÉ}</td><td>{@code café}</td></tr>
     *   <tr><td>{@code 😡}</td><td>{@code 😡}</td></tr>
     * </table>
     */
    public static String of(char[] chars, int from, int to) {
        char[] lower = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 128) {
                lower[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                if (!pair(chars, i, lower, i - from)) {
                    return byString(chars, from, to);
                }
                i++;
            } else {
                int cased = Character.toLowerCase((int) c);
                if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c) || !Character.isBmpCodePoint(cased)) {
                    return byString(chars, from, to);
                }
                lower[i - from] = (char) cased;
            }
        }
        return new String(lower);
    }

    /** {@code text.substring(from, to).toLowerCase(Locale.ROOT)}, by {@link #of(char[], int, int)}. */
    public static String of(String text, int from, int to) {
        char[] chars = new char[to - from];
        text.getChars(from, to, chars, 0);
        return of(chars, 0, chars.length);
    }

    /**
     * Writes the lower case of the surrogate pair at {@code chars[at]} into {@code lower[to]} and {@code lower[to + 1]};
     * false if it is not a pair again (a supplementary code point whose lower case is in the basic plane).
     */
    private static boolean pair(char[] chars, int at, char[] lower, int to) {
        int codePoint = Character.toCodePoint(chars[at], chars[at + 1]);
        int cased = Character.toLowerCase(codePoint);
        if (cased == codePoint) { // an emoji, say: no case
            lower[to] = chars[at];
            lower[to + 1] = chars[at + 1];
            return true;
        }
        if (!Character.isSupplementaryCodePoint(cased)) {
            return false;
        }
        lower[to] = Character.highSurrogate(cased);
        lower[to + 1] = Character.lowSurrogate(cased);
        return true;
    }

    /** The run lower-cased by {@code String.toLowerCase}, for the chars whose lower case depends on more than the char. */
    private static String byString(char[] chars, int from, int to) {
        return new String(chars, from, to - from).toLowerCase(Locale.ROOT);
    }
}
