package dev.empathy.emotion;

/** Stretched words ("sooo annoyed", "pleeease"): a lexicon cue matched only once un-stretched weighs {@code elongation.factor} more. */
final class ElongationStage implements CueStage.PerSentence {

    private final double factor;

    ElongationStage(Parameters parameters) {
        this.factor = parameters.elongationFactor();
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        return sentence.map(cue -> cue.found().elongated() ? cue.times(factor).with(CueModifier.ELONGATED) : cue);
    }
}
