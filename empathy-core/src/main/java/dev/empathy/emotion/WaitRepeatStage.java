package dev.empathy.emotion;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Waits and repeats: a clear wait or repeated contact ("waiting for a week", "third time") is evidence of
 * frustration on its own, so its frustration cue weighs at least {@code wait.repeat.evidence}. Vague ones
 * ("again", "still", base weight under {@value #WEAK_SIGNAL}) are left as they are.
 */
final class WaitRepeatStage implements CueStage.PerSentence {

    /** Waits and repeats lighter than this in the lexicon ("again", "still") are too vague to raise. */
    static final double WEAK_SIGNAL = 0.5;

    private final double evidence;

    WaitRepeatStage(Parameters parameters) {
        this.evidence = parameters.waitRepeatEvidence();
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        Set<Integer> starts = sentence.waitOrRepeatStarts();
        if (starts.isEmpty()) {
            return sentence;
        }
        return sentence.map(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                return cue.emotion() == Emotion.FRUSTRATION && cue.source() == Cue.Source.LEXICON
                        && cue.weight() > 0 && starts.contains(cue.start()) && cue.baseWeight() >= WEAK_SIGNAL
                        && !cue.has(CueModifier.NEGATED) ? cue.withWeight(Math.max(cue.weight(), evidence)) : cue;
            }
        });
    }
}
