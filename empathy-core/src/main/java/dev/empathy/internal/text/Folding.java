package dev.empathy.internal.text;

import dev.empathy.internal.Splits;
import java.util.Locale;

/**
 * The fold under which the engine's word lists are written and compared: lower case ({@link Locale#ROOT}),
 * apostrophes dropped, white space stripped and collapsed, so that "Can’t", "can't" and "cant" all read
 * "cant". Every {@link Token} carries its key folded ({@link Token#folded()}), computed once when the token is
 * made, so that the stages compare words without folding them again (speed, issue 16: each stage that folded
 * a token's key had the JIT compile this whole method, with {@code toLowerCase} and {@code replace}, into it).
 * Stateless and thread-safe.
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
