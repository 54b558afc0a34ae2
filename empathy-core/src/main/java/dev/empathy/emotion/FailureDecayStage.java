package dev.empathy.emotion;

import java.util.function.UnaryOperator;

/**
 * Repeated failures: each further failure cue of a message counts {@code failure.decay} less than the one
 * before it (one failure is evidence of frustration; five are still one complaint).
 */
final class FailureDecayStage implements CueStage {

    private final double decay;

    FailureDecayStage(Parameters parameters) {
        this.decay = parameters.failureDecay();
    }

    @Override
    public MessageCues apply(MessageCues message) {
        int[] failures = {0};
        return message.mapCues(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                return cue.source() == Cue.Source.FAILURE ? cue.times(Math.pow(decay, failures[0]++)) : cue;
            }
        });
    }
}
