package dev.empathy.emotion;

import java.util.function.UnaryOperator;

/**
 * Contrast inside a sentence ("Thanks for replying, but this is the third time"): the cues before the
 * sentence's last contrast marker are discounted by the marker's value ({@link CueModifier#BEFORE_CONTRAST}),
 * the cues after it weigh {@code contrast.after} ({@link CueModifier#AFTER_CONTRAST}): what the customer
 * feels now. A sentence that opens with a marker is {@link SentenceContrastStage}'s.
 */
final class ClauseContrastStage implements CueStage.PerSentence {

    private final double after;

    ClauseContrastStage(Parameters parameters) {
        this.after = parameters.contrastAfter();
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        SentenceCues.Contrast contrast = sentence.contrast();
        if (contrast.at() < 0) {
            return sentence;
        }
        return sentence.map(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                return cue.start() < contrast.at() ? cue.beforeContrast(contrast.value()) : cue.afterContrast(after);
            }
        });
    }
}
