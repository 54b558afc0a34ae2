package dev.empathy.emotion;

import java.util.List;

/**
 * The stage of the lexicon engine that tells gratitude from satisfaction the way the annotation guide of
 * real support messages does: sincere thanks to the agent or company for help is gratitude, praise of a
 * product or an outcome is satisfaction. Praise that follows a sincere thanks in the same message is the
 * reason for the thanks ("Thank you! This is awesome!", "thanks for your quick response",
 * "Special thanks to the amazing crew"): those satisfaction cues count as gratitude
 * ({@link CueModifier#WITH_THANKS}). Praise before any thanks ("Love the new app. Thanks") keeps its own
 * emotion, and so does a sign-off ("Best wishes").
 *
 * <p>A thanks is sincere when its cue weighs at least {@link #SINCERE_THANKS} and it is not a courtesy
 * closer, a sign-off, sarcastic, negated or discounted by a later contrast ("Thanks, but ..."). Stateless
 * and thread-safe; linear in the cues.
 */
final class PraiseWithThanks {

    /** The least weight of a sincere thanks cue: "thanks" (1.2) is; a discounted "thanks" (0.24) is not. */
    static final double SINCERE_THANKS = 0.9;

    private PraiseWithThanks() {
    }

    static void apply(List<LexiconScorer.SentenceWork> works) {
        boolean thanked = false;
        for (LexiconScorer.SentenceWork work : works) {
            int thanksAt = Integer.MAX_VALUE; // in this sentence; cues are in text order
            for (LexiconScorer.Draft cue : work.cues) {
                if (isSincereThanks(cue)) {
                    thanksAt = Math.min(thanksAt, cue.start);
                }
            }
            for (LexiconScorer.Draft cue : work.cues) {
                if (cue.emotion == Emotion.SATISFACTION && cue.weight > 0 && !cue.modifiers.contains(CueModifier.NEGATED)
                        && !cue.modifiers.contains(CueModifier.SIGN_OFF)
                        && (thanked || cue.start > thanksAt)) {
                    cue.emotion = Emotion.GRATITUDE;
                    cue.modifiers.add(CueModifier.WITH_THANKS);
                }
            }
            thanked |= thanksAt != Integer.MAX_VALUE;
        }
    }

    private static boolean isSincereThanks(LexiconScorer.Draft cue) {
        return cue.emotion == Emotion.GRATITUDE && cue.weight >= SINCERE_THANKS
                && !cue.modifiers.contains(CueModifier.COURTESY) && !cue.modifiers.contains(CueModifier.SIGN_OFF)
                && !cue.modifiers.contains(CueModifier.SARCASTIC) && !cue.modifiers.contains(CueModifier.NEGATED)
                && !cue.modifiers.contains(CueModifier.BEFORE_CONTRAST);
    }
}
