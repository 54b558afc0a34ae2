package dev.empathy.conversation;

import dev.empathy.data.DataLines;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The distinct content words of a text, for comparing what two customer turns ask: letters and digits,
 * lower-cased ({@link Locale#ROOT}), typographic apostrophes folded and then dropped ("don’t" = "dont"), a
 * plural {@code -s} dropped from words of four letters or more ("orders" = "order"); English function words
 * (the built-in {@code function-words.tsv} of the emotion lexicon: "the", "my", "again", "please"),
 * one-character words, {@code @mentions} and web links left out. Linear in the text's length. Thread-safe.
 */
final class ContentWords {

    private static final class FunctionWords {
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            Set<String> words = new HashSet<>();
            DataLines lines = DataLines.resource(ContentWords.class, "/dev/empathy/emotion/en/function-words.tsv", "empathy-words", 1);
            for (DataLines.Line line : lines.records()) {
                String word = line.text().strip().toLowerCase(Locale.ROOT);
                words.add(word);
                words.add(word.replace("'", ""));
            }
            return Set.copyOf(words);
        }
    }

    private ContentWords() {
    }

    static Set<String> of(String text) {
        Set<String> words = new HashSet<>();
        int length = text.length();
        int i = 0;
        StringBuilder word = new StringBuilder();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '@' || startsLink(text, i)) {
                while (i < length && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            int codePoint = text.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                word.setLength(0);
                while (i < length) {
                    int cp = text.codePointAt(i);
                    if (Character.isLetterOrDigit(cp)) {
                        word.appendCodePoint(cp);
                    } else if ((cp == '\'' || cp == '\u2019') && i + 1 < length && Character.isLetter(text.charAt(i + 1))) {
                        word.append('\'');
                    } else {
                        break;
                    }
                    i += Character.charCount(cp);
                }
                add(words, word.toString().toLowerCase(Locale.ROOT));
            } else {
                i += Character.charCount(codePoint);
            }
        }
        return words;
    }

    private static void add(Set<String> words, String word) {
        if (FunctionWords.WORDS.contains(word)) {
            return;
        }
        String folded = word.replace("'", "");
        if (folded.length() < 2 || FunctionWords.WORDS.contains(folded)) {
            return;
        }
        if (folded.length() >= 4 && folded.endsWith("s") && !folded.endsWith("ss")) {
            folded = folded.substring(0, folded.length() - 1);
        }
        words.add(folded);
    }

    private static boolean startsLink(String text, int i) {
        if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        return text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8)
                || text.regionMatches(true, i, "www.", 0, 4);
    }
}
