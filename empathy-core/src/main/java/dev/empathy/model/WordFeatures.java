package dev.empathy.model;

import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * One feature per word, emoji or symbol token: {@code w=<key>}, where numbers become {@code w=#num}
 * ("order 55123" gives {@code w=order}, {@code w=#num}). Punctuation is left to {@link EmphasisFeatures}.
 * Stateless and thread-safe.
 */
final class WordFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<Token> tokens = FeatureInput.of(extraInformation).tokens();
        List<String> features = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            if (token.kind() != Token.Kind.PUNCTUATION) {
                features.add("w=" + term(token));
            }
        }
        return features;
    }

    /** The token's key, with numbers folded to {@code #num}. */
    static String term(Token token) {
        String key = token.key();
        boolean digit = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetter(c)) {
                return key;
            }
            digit |= Character.isDigit(c);
        }
        return digit ? "#num" : key;
    }
}
