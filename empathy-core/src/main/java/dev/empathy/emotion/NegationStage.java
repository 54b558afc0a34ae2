package dev.empathy.emotion;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Negation ("not happy", "never again"): a lexicon cue in a negator's scope (found by {@link CueFinder})
 * becomes the emotion {@code parameters.tsv} maps it to, at that factor ({@code negation.satisfaction
 * disappointment 0.8}), or is cancelled (weight 0) when it maps to neutral. Waits and repeats are never
 * negated.
 */
final class NegationStage implements CueStage.PerSentence {

    private final Map<Emotion, Parameters.Negation> negation;

    NegationStage(Parameters parameters) {
        this.negation = parameters.negation();
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        return sentence.map(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                if (!cue.found().negated()) {
                    return cue;
                }
                return negation.get(cue.emotion()).negate(cue);
            }
        });
    }
}
