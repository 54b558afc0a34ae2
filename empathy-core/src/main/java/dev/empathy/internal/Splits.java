package dev.empathy.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link String#split(String)} for the two separators the data files use, and the matching
 * {@link String#replaceAll(String, String)} collapses, without a regular expression:
 * {@code split("\\s+")} and {@code split(" +")} compile a pattern on every call, which costs start-up time
 * where every data file is read. The results are exactly {@code String.split}'s: a separator at the start
 * gives a leading empty string, trailing empty strings are dropped, and a text without a separator is
 * returned whole. Stateless and thread-safe.
 */
public final class Splits {

    private Splits() {
    }

    /** {@return {@code text.split("\\s+")}: split at runs of space, TAB, LF, VT, FF and CR} */
    public static String[] onWhitespace(String text) {
        return split(text, true);
    }

    /** {@return {@code text.split(" +")}: split at runs of spaces} */
    public static String[] onSpaces(String text) {
        return split(text, false);
    }

    /** {@return {@code text.replaceAll(" +", " ")}: every run of spaces made one space} */
    public static String collapseSpaces(String text) {
        if (text.indexOf("  ") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' || i == 0 || text.charAt(i - 1) != ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@return {@code text.replaceAll("\\s+", " ")}: every run of space, TAB, LF, VT, FF and CR made one space}
     * The text itself when there is nothing to change (the common case: one word, or words one space apart).
     */
    public static String collapseWhitespace(String text) {
        int length = text.length();
        int i = 0;
        while (i < length) { // the first separator that is not a lone space
            char c = text.charAt(i);
            if (isSeparator(c, true) && (c != ' ' || (i + 1 < length && isSeparator(text.charAt(i + 1), true)))) {
                break;
            }
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length).append(text, 0, i);
        while (i < length) {
            char c = text.charAt(i);
            if (!isSeparator(c, true)) {
                out.append(c);
                i++;
                continue;
            }
            out.append(' ');
            while (i < length && isSeparator(text.charAt(i), true)) {
                i++;
            }
        }
        return out.toString();
    }

    private static String[] split(String text, boolean anyWhitespace) {
        List<String> parts = null;
        int length = text.length();
        int start = 0;
        int i = 0;
        while (i < length) {
            if (!isSeparator(text.charAt(i), anyWhitespace)) {
                i++;
                continue;
            }
            int end = i;
            while (i < length && isSeparator(text.charAt(i), anyWhitespace)) {
                i++;
            }
            if (parts == null) {
                parts = new ArrayList<>();
            }
            parts.add(text.substring(start, end));
            start = i;
        }
        if (parts == null) {
            return new String[] {text};
        }
        parts.add(text.substring(start));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    private static boolean isSeparator(char c, boolean anyWhitespace) {
        return c == ' ' || (anyWhitespace && (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'));
    }
}
