package dev.empathy.emotion;

import java.util.function.UnaryOperator;

/**
 * Exclamation marks: in a sentence with two or more ("!!", "?!"), every cue still counting weighs
 * {@code 1 + exclamation.step × min(marks − 1, exclamation.max)} times more ({@link CueModifier#EXCLAMATION}).
 */
final class ExclamationStage implements CueStage.PerSentence {

    private final double step;
    private final int max;

    ExclamationStage(Parameters parameters) {
        this.step = parameters.exclamationStep();
        this.max = parameters.exclamationMax();
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        int marks = sentence.marks().exclamations();
        if (marks < 2) {
            return sentence;
        }
        double factor = 1 + step * Math.min(marks - 1, max);
        return sentence.map(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                return cue.weight() > 0 ? cue.times(factor).with(CueModifier.EXCLAMATION) : cue;
            }
        });
    }
}
