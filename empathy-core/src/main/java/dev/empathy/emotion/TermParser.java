package dev.empathy.emotion;

import dev.empathy.emotion.TokenClasses.TokenClass;
import dev.empathy.internal.text.TextAnalyzer;
import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.List;

/** Parses the terms of the lexicon's data files into the elements a {@link TermIndex} matches. Stateless. */
final class TermParser {

    private TermParser() {
    }

    /**
     * Parses a phrase as the lexicon writes it: space-separated parts, each a placeholder such as
     * {@code {number}} or text that is tokenised like a message. Returns null if it yields no token.
     */
    static TermIndex.Element[] parse(String phrase) {
        List<TermIndex.Element> elements = new ArrayList<>();
        for (String part : words(phrase)) {
            TokenClass tokenClass = TokenClass.ofPlaceholder(part);
            if (tokenClass != null) {
                elements.add(new TermIndex.Element(null, null, tokenClass, false));
                continue;
            }
            if (isPlainWord(part)) { // the tokenizer would give this one word token: skip it (start-up time)
                String stripped = stripApostrophes(part);
                elements.add(new TermIndex.Element(part, stripped.equals(part) ? null : stripped, null, false));
                continue;
            }
            for (Token token : TextAnalyzer.tokens(part)) {
                String stripped = stripApostrophes(token.key());
                elements.add(new TermIndex.Element(token.key(), stripped.equals(token.key()) ? null : stripped, null,
                        token.kind() == Token.Kind.PUNCTUATION));
            }
        }
        return elements.isEmpty() ? null : elements.toArray(new TermIndex.Element[0]);
    }

    /** The white-space separated parts of {@code text}; no regular expression (this runs ~4,000 times at start-up). */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>(4);
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i));
            }
        }
        return words;
    }

    /** Lower-case ASCII letters and digits, with apostrophes only between them: "don't", "3rd", "wifi". */
    private static boolean isPlainWord(String part) {
        int length = part.length();
        for (int i = 0; i < length; i++) {
            char c = part.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            boolean innerApostrophe = c == '\'' && i > 0 && i < length - 1 && part.charAt(i - 1) != '\'';
            if (!letterOrDigit && !innerApostrophe) {
                return false;
            }
        }
        return length > 0;
    }

    static String stripApostrophes(String key) {
        return key.indexOf('\'') < 0 ? key : key.replace("'", "");
    }
}
