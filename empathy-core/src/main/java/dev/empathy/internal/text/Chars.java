package dev.empathy.internal.text;

/**
 * Character classes the engine tests in its per-char loops, answered for ASCII by comparisons and left to
 * {@link Character} for any other char, so that each answers exactly as the {@code Character} method it names.
 * Speed, issue 16: {@code Character}'s methods pick a table by the char's plane and then read it, and the JIT
 * compiled that whole dispatch into every loop that called them. Stateless and thread-safe.
 */
public final class Chars {

    private Chars() {
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') : Character.isLetterOrDigit(c);
    }

    /** {@link Character#isUpperCase(char)}. */
    public static boolean isUpperCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** {@link Character#isLowerCase(char)}. */
    public static boolean isLowerCase(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    /**
     * A char of an @handle as the engine reads them ("@Shop_Help"): an ASCII letter or digit, or '_' (so
     * {@code c == '_' || (c < 128 && Character.isLetterOrDigit(c))}).
     */
    public static boolean isHandleChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
