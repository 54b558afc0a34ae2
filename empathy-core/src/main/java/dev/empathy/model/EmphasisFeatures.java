package dev.empathy.model;

import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * How the message is written rather than what it says:
 * <ul>
 *   <li>capitals: {@code caps=1} for one word in capitals ("FURIOUS"), {@code caps=2+} for more, and
 *       {@code caps=shout} when every word of two or more letters is in capitals;</li>
 *   <li>punctuation: {@code punct=!}, {@code punct=!!} (repeated), {@code punct=?}, {@code punct=??},
 *       {@code punct=?!} and {@code punct=...}, once each per message;</li>
 *   <li>{@code elongated} for a stretched word ("sooo", "pleeease": a letter three times in a row);</li>
 *   <li>length in words: {@code len=1-2}, {@code len=3-6}, {@code len=7-20}, {@code len=21+}.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class EmphasisFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<Token> tokens = FeatureInput.of(extraInformation).tokens();
        int words = 0;
        int capsWords = 0;
        int lettered = 0;
        boolean elongated = false;
        boolean exclamation = false;
        boolean exclamations = false;
        boolean question = false;
        boolean questions = false;
        boolean mixed = false;
        boolean ellipsis = false;
        int runBangs = 0; // '!' and '?' in the current run of adjacent punctuation tokens ("?" "!" is one run)
        int runMarks = 0;
        int runEnd = -1;
        for (Token token : tokens) {
            String key = token.key();
            if (token.kind() != Token.Kind.PUNCTUATION || token.start() != runEnd) {
                runBangs = 0;
                runMarks = 0;
            }
            if (token.isWord()) {
                words++;
                if (token.allCaps()) {
                    capsWords++;
                }
                if (letters(key) >= 2) {
                    lettered++;
                }
                elongated |= isElongated(key);
            } else if (token.kind() == Token.Kind.PUNCTUATION) {
                runBangs += count(key, '!');
                runMarks += count(key, '?');
                runEnd = token.end();
                exclamation |= runBangs > 0;
                exclamations |= runBangs > 1;
                question |= runMarks > 0;
                questions |= runMarks > 1;
                mixed |= runBangs > 0 && runMarks > 0;
                ellipsis |= key.contains("...") || key.indexOf('\u2026') >= 0;
            }
        }
        List<String> features = new ArrayList<>(8);
        if (capsWords == 1) {
            features.add("caps=1");
        } else if (capsWords > 1) {
            features.add("caps=2+");
        }
        if (capsWords >= 2 && capsWords == lettered) {
            features.add("caps=shout");
        }
        addIf(features, exclamation, "punct=!");
        addIf(features, exclamations, "punct=!!");
        addIf(features, question, "punct=?");
        addIf(features, questions, "punct=??");
        addIf(features, mixed, "punct=?!");
        addIf(features, ellipsis, "punct=...");
        addIf(features, elongated, "elongated");
        features.add(words <= 2 ? "len=1-2" : words <= 6 ? "len=3-6" : words <= 20 ? "len=7-20" : "len=21+");
        return features;
    }

    private static void addIf(List<String> features, boolean condition, String feature) {
        if (condition) {
            features.add(feature);
        }
    }

    private static int count(String text, char c) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                count++;
            }
        }
        return count;
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isElongated(String key) {
        int run = 1;
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            run = c == key.charAt(i - 1) && Character.isLetter(c) ? run + 1 : 1;
            if (run >= 3) {
                return true;
            }
        }
        return false;
    }
}
