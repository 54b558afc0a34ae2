package dev.empathy.model;

import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * One feature per pair of neighbouring word tokens inside a clause, {@code b=<first>|<second>}, plus
 * {@code b=^|<first word>} for the message's first word ("no worries" gives {@code b=^|no},
 * {@code b=no|worries}). Numbers are folded as in {@link WordFeatures}. Stateless and thread-safe.
 */
final class BigramFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<Token> tokens = FeatureInput.of(extraInformation).tokens();
        List<String> features = new ArrayList<>(tokens.size() + 1);
        String previous = "^";
        for (Token token : tokens) {
            if (token.isClauseBreak()) {
                previous = null;
            } else if (token.kind() != Token.Kind.PUNCTUATION) {
                String term = WordFeatures.term(token);
                if (previous != null) {
                    features.add("b=" + previous + "|" + term);
                }
                previous = term;
            }
        }
        return features;
    }
}
