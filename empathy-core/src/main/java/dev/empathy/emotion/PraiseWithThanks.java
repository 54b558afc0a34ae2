package dev.empathy.emotion;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The stage of the lexicon engine that tells gratitude from satisfaction the way the annotation guide of
 * real support messages does: sincere thanks to the agent or company for help is gratitude, praise of a
 * product or an outcome is satisfaction. Praise that follows a sincere thanks in the same message is the
 * reason for the thanks ("Thank you! The replacement is awesome!", "thanks for your quick response",
 * "Big thanks to the brilliant nurses"): those satisfaction cues count as gratitude
 * ({@link CueModifier#WITH_THANKS}). Praise before any thanks ("Love the new app. Thanks") keeps its own
 * emotion, and so does a sign-off ("Best wishes").
 *
 * <p>A thanks is sincere when its cue weighs at least {@link #SINCERE_THANKS} and it is not a courtesy
 * closer, a sign-off, sarcastic, negated or discounted by a later contrast ("Thanks, but ..."). Runs after
 * every other stage. Stateless and thread-safe; linear in the cues.
 */
final class PraiseWithThanks implements CueStage {

    /** The stage; it has no parameters. */
    static final PraiseWithThanks STAGE = new PraiseWithThanks();

    /** The least weight of a sincere thanks cue: "thanks" (1.2) is; a discounted "thanks" (0.24) is not. */
    static final double SINCERE_THANKS = 0.9;

    private PraiseWithThanks() {
    }

    @Override
    public MessageCues apply(MessageCues message) {
        if (!hasSincereThanks(message)) {
            return message; // nothing to read as the reason for thanks (speed, issue 16)
        }
        List<SentenceCues> out = new ArrayList<>(message.sentences().size());
        boolean thanked = false;
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            SentenceCues sentence = message.sentences().get(sentenceNo);
            int thanksAt = Integer.MAX_VALUE; // in this sentence
            for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                LexiconCue cue = sentence.cues().get(cueNo);
                if (isSincereThanks(cue)) {
                    thanksAt = Math.min(thanksAt, cue.start());
                }
            }
            boolean before = thanked;
            int at = thanksAt;
            out.add(sentence.map(new UnaryOperator<>() {
                @Override
                public LexiconCue apply(LexiconCue cue) {
                    return cue.emotion() == Emotion.SATISFACTION && cue.weight() > 0
                            && !cue.has(CueModifier.NEGATED) && !cue.has(CueModifier.SIGN_OFF) && (before || cue.start() > at)
                            ? cue.as(Emotion.GRATITUDE).with(CueModifier.WITH_THANKS) : cue;
                }
            }));
            thanked |= thanksAt != Integer.MAX_VALUE;
        }
        return message.withSentences(out);
    }

    private static boolean hasSincereThanks(MessageCues message) {
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            SentenceCues sentence = message.sentences().get(sentenceNo);
            for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                LexiconCue cue = sentence.cues().get(cueNo);
                if (isSincereThanks(cue)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSincereThanks(LexiconCue cue) {
        return cue.emotion() == Emotion.GRATITUDE && cue.weight() >= SINCERE_THANKS
                && !cue.has(CueModifier.COURTESY) && !cue.has(CueModifier.SIGN_OFF)
                && !cue.has(CueModifier.SARCASTIC) && !cue.has(CueModifier.NEGATED)
                && !cue.has(CueModifier.BEFORE_CONTRAST);
    }
}
