package dev.empathy.internal.text;

import dev.empathy.internal.Splits;
import java.util.Locale;

/**
 * The fold under which the engine's word lists are written and compared: lower case ({@link Locale#ROOT}),
 * apostrophes dropped, white space stripped and collapsed, so that "Can’t", "can't" and "cant" all read
 * "cant". Every {@link Token} carries its key folded ({@link Token#folded()}), computed once when the token is
 * made, so that the stages compare words without folding them again (speed, issue 16: each stage that folded
 * a token's key had the JIT compile this whole method, with {@code toLowerCase} and {@code replace}, into it).
 * For printable ASCII the fold is only lower case and apostrophes, so {@link #foldAscii} and {@link #sameFold} do
 * that much without the general fold, and leave any other char to it. Stateless and thread-safe.
 */
public final class Folding {

    private Folding() {
    }

    /**
     * {@code text} folded; {@code text} itself when nothing changes (a lower-case ASCII word: nothing allocated).
     * No regular expression: this runs at load and once per token.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static String fold(String text) {
        if (isFolded(text)) {
            return text;
        }
        if (isFoldedBarApostrophes(text)) {
            return withoutApostrophes(text); // "don't", "i'm": the next most common, and all most token keys need
        }
        return foldAnyText(text);
    }

    /**
     * The fold of {@code chars[from, to)} if they are printable ASCII, spaces and {@code U+2019}: {@code A-Z} in lower
     * case, the apostrophes ({@code '}, {@code U+2019}) dropped, then the spaces stripped from both ends and each run
     * of them made one; null for any other char, left to the general fold.
     */
    public static String foldAscii(char[] chars, int from, int to) {
        char[] folded = new char[to - from];
        int length = 0;
        boolean space = false; // a space to write before the next char, if one follows
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            if (c < ' ' || c >= 0x7f) {
                return null;
            }
            if (c == ' ') {
                space = length > 0;
                continue;
            }
            if (space) {
                folded[length++] = ' ';
                space = false;
            }
            folded[length++] = lowerAscii(c);
        }
        return new String(folded, 0, length);
    }

    /**
     * {@code fold(a).equals(fold(b))}, without folding two words of ASCII letters, digits, punctuation and
     * {@code '} (speed, issue 16: folding inlines {@code toLowerCase} and {@code replace} into the caller). Their
     * fold is their chars in lower case ({@code A-Z} only) without the {@code '}: nothing to strip or collapse.
     */
    public static boolean sameFold(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (!isPrintableAscii(a) || !isPrintableAscii(b)) {
            return fold(a).equals(fold(b));
        }
        int i = 0;
        int j = 0;
        while (true) {
            i = skipApostrophes(a, i);
            j = skipApostrophes(b, j);
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (lowerAscii(a.charAt(i)) != lowerAscii(b.charAt(j))) {
                return false;
            }
            i++;
            j++;
        }
    }

    /** True if every char of {@code text} is ASCII above the space and below DEL. */
    private static boolean isPrintableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** The first index from {@code from} that is not a {@code '}, or the length. */
    private static int skipApostrophes(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i;
    }

    /** {@code c} with {@code A-Z} in lower case, any other char as it is. */
    public static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** The whole fold, for any text: capitals, any script, white space. */
    private static String foldAnyText(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String withoutApostrophes = lower.replace("'", "").replace("\u2019", "");
        String stripped = withoutApostrophes.strip();
        return stripped.isEmpty() ? stripped : Splits.collapseWhitespace(stripped);
    }

    /** {@code text} without its {@code '} chars: the fold of a lower-case ASCII word with no space or control char. */
    public static String withoutApostrophes(String text) {
        char[] kept = new char[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\'') {
                kept[length++] = c;
            }
        }
        return new String(kept, 0, length);
    }

    /** True if {@code text} is folded but for its apostrophes: ASCII with no capital, space or control char. */
    private static boolean isFoldedBarApostrophes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 0x7f || (c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** True if {@link #fold} returns {@code text} unchanged: ASCII with no capital, apostrophe, space or control char. */
    public static boolean isFolded(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '\'' || (c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
