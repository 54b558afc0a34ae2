package dev.empathy.emotion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Contrast across sentences ("Thanks for the reply. But it is still broken."): a sentence that opens with
 * a contrast marker discounts every cue before it by the marker's value ({@link CueModifier#BEFORE_CONTRAST};
 * each cue takes the discount of the first such sentence after its own), and its own cues weigh
 * {@code contrast.after} ({@link CueModifier#AFTER_CONTRAST}). One backward pass, linear in the cues.
 */
final class SentenceContrastStage implements CueStage {

    private final double after;

    SentenceContrastStage(Parameters parameters) {
        this.after = parameters.contrastAfter();
    }

    @Override
    public MessageCues apply(MessageCues message) {
        List<SentenceCues> sentences = message.sentences();
        boolean anyOpening = false;
        for (int i = 1; i < sentences.size(); i++) {
            anyOpening |= sentences.get(i).contrast().opening() < 1;
        }
        if (!anyOpening) {
            return message; // no later sentence opens with "But": nothing changes (speed, issue 16)
        }
        SentenceCues[] changed = new SentenceCues[sentences.size()];
        double laterDiscount = 1;
        for (int i = sentences.size() - 1; i >= 0; i--) {
            SentenceCues sentence = sentences.get(i);
            boolean opensWithContrast = i > 0 && sentence.contrast().opening() < 1;
            double discount = laterDiscount;
            changed[i] = opensWithContrast || discount < 1 ? sentence.map(new UnaryOperator<>() {
                @Override
                public LexiconCue apply(LexiconCue cue) {
                    LexiconCue read = opensWithContrast ? cue.afterContrast(after) : cue;
                    return discount < 1 ? read.beforeContrast(discount) : read;
                }
            }) : sentence;
            if (opensWithContrast) {
                laterDiscount = sentence.contrast().opening();
            }
        }
        return message.withSentences(new ArrayList<>(Arrays.asList(changed)));
    }
}
