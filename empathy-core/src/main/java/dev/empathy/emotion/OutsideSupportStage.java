package dev.empathy.emotion;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Service-failure phrases ({@link Cue.Source#FAILURE}: "can't find", "is down", "never works") read as a failure
 * only in a support context ({@link SupportContext}): in a message with no @handle, no service word and no
 * situation resting on more than one word, they weigh {@code outside.factor} of their weight
 * ({@link CueModifier#OUTSIDE_SUPPORT}). "She threw the recipe out. Can't find it in her notebook" is no report of
 * a failure; "@ShopHelp can't find my order" and "the app is down again" stay one. Immutable and thread-safe;
 * linear in the tokens and cues.
 */
final class OutsideSupportStage implements CueStage {

    private final SupportContext context;
    private final double factor;

    OutsideSupportStage(SupportContext context, double factor) {
        this.context = context;
        this.factor = factor;
    }

    @Override
    public MessageCues apply(MessageCues message) {
        if (factor == 1 || !hasFailure(message) || context.holds(message)) {
            return message; // most messages have no failure phrase: nothing read (speed, issue 16)
        }
        return message.mapSentences(new UnaryOperator<>() { // classes, not lambdas: see CueStage
            @Override
            public SentenceCues apply(SentenceCues sentence) {
                Set<Integer> waits = sentence.waitOrRepeatStarts();
                return sentence.map(new UnaryOperator<>() {
                    @Override
                    public LexiconCue apply(LexiconCue cue) {
                        return isSupportEvidence(cue, waits) ? cue.times(factor).with(CueModifier.OUTSIDE_SUPPORT) : cue;
                    }
                });
            }
        });
    }

    private static boolean isSupportEvidence(LexiconCue cue, Set<Integer> waits) {
        return cue.weight() > 0 && (cue.source() == Cue.Source.FAILURE
                || (cue.emotion() == Emotion.FRUSTRATION && cue.source() == Cue.Source.LEXICON && waits.contains(cue.start())));
    }

    private static boolean hasFailure(MessageCues message) {
        if (message.reportsWaitOrRepeat()) {
            return true;
        }
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            SentenceCues sentence = message.sentences().get(sentenceNo);
            for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                LexiconCue cue = sentence.cues().get(cueNo);
                if (cue.source() == Cue.Source.FAILURE && cue.weight() > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
