package dev.empathy.internal.draft;

/**
 * Finds the agent's sign-off at the end of a reply, so that no rule reads it: support teams sign with
 * initials or a name after a marker, as in {@code "... today. ^RB"}, {@code "-JL"}, {@code "/MK"},
 * {@code "*JoRiver"}, {@code "- Player Support"} or {@code "TY - Priya"}. Stateless and thread-safe.
 *
 * <p>What counts: after dropping trailing white space, links, tweet counters ({@code 1/2}), emoji and
 * punctuation, the reply ends with one to three words after one of {@code ^ - – — / * ~ |}, the marker not
 * glued to a preceding letter or digit ("follow-up" and "and/or" are no sign-offs). The first word is either
 * at most four letters (initials in any case: {@code ^nv}) or capitalised; any further word is capitalised.
 * Linear in the text length: the scan looks back from the end only.
 */
public final class SignOff {

    private static final String MARKERS = "^-\u2013\u2014/*~|";
    private static final int MAX_WORDS = 3;

    private SignOff() {
    }

    /** The index where the sign-off starts, or {@code text.length()} when the text has none. */
    public static int start(CharSequence text) {
        int end = trimTrailing(text, text.length());
        int pos = end;
        int words = 0;
        int firstWordStart = -1;
        int firstWordLength = 0;
        boolean laterWordsCapitalised = true;
        while (words < MAX_WORDS) {
            int wordEnd = pos;
            while (pos > 0 && isWordChar(text.charAt(pos - 1))) {
                pos--;
            }
            if (pos == wordEnd || !Character.isLetter(text.charAt(pos))) {
                return text.length();
            }
            if (firstWordStart >= 0) {
                laterWordsCapitalised &= Character.isUpperCase(text.charAt(firstWordStart));
            }
            firstWordStart = pos;
            firstWordLength = wordEnd - pos;
            words++;
            int marker = pos;
            if (marker > 0 && text.charAt(marker - 1) == ' ') {
                marker--;
            }
            if (marker > 0 && MARKERS.indexOf(text.charAt(marker - 1)) >= 0) {
                int at = marker - 1;
                boolean glued = at > 0 && Character.isLetterOrDigit(text.charAt(at - 1));
                boolean firstOk = letters(text, firstWordStart, firstWordStart + firstWordLength) <= 4
                        || Character.isUpperCase(text.charAt(firstWordStart));
                if (!glued && firstOk && laterWordsCapitalised) {
                    return at;
                }
                return text.length();
            }
            if (pos == 0 || text.charAt(pos - 1) != ' ') {
                return text.length();
            }
            pos--; // the space between two words of a name
        }
        return text.length();
    }

    private static int trimTrailing(CharSequence text, int end) {
        while (end > 0) {
            char c = text.charAt(end - 1);
            if (Character.isWhitespace(c) || c == '.' || c == '!' || c == ',' || c == ')' || Character.isSurrogate(c)
                    || Character.getType(c) == Character.OTHER_SYMBOL || c == '\uFE0F' || c == '\u200D') {
                end--;
                continue;
            }
            int tokenStart = end;
            while (tokenStart > 0 && !Character.isWhitespace(text.charAt(tokenStart - 1))) {
                tokenStart--;
            }
            if (isLink(text, tokenStart, end) || isCounter(text, tokenStart, end)) {
                end = tokenStart;
                continue;
            }
            return end;
        }
        return end;
    }

    private static boolean isLink(CharSequence text, int start, int end) {
        return end - start > 4 && text.subSequence(start, Math.min(end, start + 4)).toString().equalsIgnoreCase("http");
    }

    /** A tweet counter such as {@code 1/2} or {@code (2/3)}. */
    private static boolean isCounter(CharSequence text, int start, int end) {
        int digits = 0;
        int slashes = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (c == '/') {
                slashes++;
            } else if (c != '(' && c != ')') {
                return false;
            }
        }
        return slashes == 1 && digits >= 2 && end - start <= 7;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '.' || c == '\'';
    }

    private static int letters(CharSequence text, int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
