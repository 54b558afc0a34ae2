package dev.empathy.model;

import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Negation-marked words: every word after a negator ({@code model-negation.tsv}), up to the next clause
 * break or scope end, gives {@code NOT_<key>} ("I'm not happy with it, sorry" gives {@code NOT_happy},
 * {@code NOT_with}, {@code NOT_it}). The plain word features are still produced by {@link WordFeatures}.
 * Stateless and thread-safe.
 */
final class NegationFeatures implements FeatureGenerator {

    private final NegationTerms terms = NegationTerms.english();

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<Token> tokens = FeatureInput.of(extraInformation).tokens();
        List<String> features = new ArrayList<>();
        boolean negated = false;
        for (Token token : tokens) {
            if (token.isClauseBreak() || terms.endsScope(token.key())) {
                negated = false;
            } else if (terms.isNegator(token.key())) {
                negated = true;
            } else if (negated && token.kind() != Token.Kind.PUNCTUATION) {
                features.add("NOT_" + WordFeatures.term(token));
            }
        }
        return features;
    }
}
