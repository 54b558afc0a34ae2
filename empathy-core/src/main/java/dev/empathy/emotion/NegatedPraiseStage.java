package dev.empathy.emotion;

import java.util.function.UnaryOperator;

/**
 * Negated praise beside a complaint is annoyance at the failure, not a let-down: "1hr delayed on the 08:10. Not
 * happy", "the order came 50 minutes late and I did not enjoy it". The annotation guide keeps disappointment for
 * low-energy let-down expectations ("expected better", "let down", "such a pity") and reads a complaint about a
 * service failure without hostility as frustration. A negated praise or thanks word ({@link NegationStage} reads
 * it as disappointment) in a message with another complaint cue still counting (anger or frustration, a lexicon
 * word, a failure or an emoji, neither negated, hypothetical nor asked about) reads frustration
 * ({@link CueModifier#WITH_COMPLAINT}). Alone ("not happy with the colour") it stays disappointment, and so
 * does every explicit disappointment word ("disappointed", "let down"). Runs on the whole message after the
 * sarcasm stages. Immutable and thread-safe; linear in the message's cues.
 */
final class NegatedPraiseStage implements CueStage {

    @Override
    public MessageCues apply(MessageCues message) {
        boolean negatedPraise = false;
        boolean complaint = false;
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            SentenceCues sentence = message.sentences().get(sentenceNo);
            for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                LexiconCue cue = sentence.cues().get(cueNo);
                negatedPraise |= negatedPraise(cue);
                complaint |= otherComplaint(cue);
            }
        }
        if (!negatedPraise || !complaint) {
            return message;
        }
        return message.mapCues(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                return negatedPraise(cue) ? cue.as(Emotion.FRUSTRATION).with(CueModifier.WITH_COMPLAINT) : cue;
            }
        });
    }

    /** A praise or thanks word in a negator's scope: negation has read it as disappointment. */
    private static boolean negatedPraise(LexiconCue cue) {
        return cue.emotion() == Emotion.DISAPPOINTMENT && cue.has(CueModifier.NEGATED) && cue.weight() > 0;
    }

    private static boolean otherComplaint(LexiconCue cue) {
        return (cue.emotion() == Emotion.FRUSTRATION || cue.emotion() == Emotion.ANGER) && cue.weight() > 0
                && cue.source() != Cue.Source.QUESTION && !cue.has(CueModifier.NEGATED)
                && !cue.has(CueModifier.HYPOTHETICAL) && !cue.has(CueModifier.CALM_QUESTION);
    }
}
