package dev.empathy.emotion;

import java.util.function.UnaryOperator;

/** Stretched words ("sooo annoyed", "pleeease"): a lexicon cue matched only once un-stretched weighs {@code elongation.factor} more. */
final class ElongationStage implements CueStage.PerSentence {

    private final double factor;

    ElongationStage(Parameters parameters) {
        this.factor = parameters.elongationFactor();
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        return sentence.map(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                return cue.found().elongated() ? cue.times(factor).with(CueModifier.ELONGATED) : cue;
            }
        });
    }
}
