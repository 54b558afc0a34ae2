package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A bare thanks on a report of a service failure is no gratitude: "Left with a
 * neighbour I have never met, not at my door. Thx @Courier", "Thanks @Rail - my train was cancelled and the next one is full". The
 * annotation guide: "a polite 'thanks' at the end of a complaint does not make it gratitude: the complaint
 * decides", and sarcastic thanks is labelled by the real emotion. In a message whose detected situation is a
 * {@code failure} situation ({@code complaint-structure.tsv}), with no '?' (a closing thanks after a question is
 * {@link CourtesyStage}'s) and no praise, a thanks that stands alone (nothing but @mentions, marks or emoji
 * between it and the next mark or the end; not "thanks for ...", "thanks to ...") at the end of the message,
 * or at its start with the report after the mark in the same sentence ("Thank you. I did ..." answers a reply), weighs {@code signoff.factor} ({@link CueModifier#COURTESY}); the failure then reads
 * as frustration ({@link SituationEvidence}). "Thanks for finding my parcel" stays gratitude. Immutable and
 * thread-safe; linear in the message's tokens and cues.
 */
final class ThanksForAFailureStage implements CueStage {

    private final ComplaintStructure structure;
    private final double factor;

    ThanksForAFailureStage(ComplaintStructure structure, Parameters parameters) {
        this.structure = structure;
        this.factor = parameters.signOffFactor();
    }

    @Override
    public MessageCues apply(MessageCues message) {
        if (!structure.aboutFailure(message) || message.text().indexOf('?') >= 0) {
            return message;
        }
        List<SentenceCues> sentences = message.sentences();
        LexiconCue thanks = null;
        for (int sentenceNo = 0; sentenceNo < sentences.size(); sentenceNo++) {
            SentenceCues sentence = sentences.get(sentenceNo);
            for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                LexiconCue cue = sentence.cues().get(cueNo);
                if (cue.weight() <= 0 || cue.has(CueModifier.SARCASTIC)) {
                    continue;
                }
                if (cue.emotion() == Emotion.SATISFACTION || (cue.emotion() == Emotion.GRATITUDE && thanks != null)) {
                    return message; // praise, or thanks said twice: meant
                }
                if (cue.emotion() == Emotion.GRATITUDE) {
                    thanks = cue;
                }
            }
        }
        if (thanks == null || thanks.has(CueModifier.COURTESY) || thanks.has(CueModifier.SIGN_OFF)) {
            return message;
        }
        SentenceCues first = sentences.get(0);
        SentenceCues last = sentences.get(sentences.size() - 1);
        boolean opens = first.cues().contains(thanks) && standsAlone(first, thanks, true);
        boolean closes = last.cues().contains(thanks) && standsAlone(last, thanks, false);
        if (!opens && !closes) {
            return message;
        }
        LexiconCue bare = thanks;
        return message.mapCues(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                return cue == bare ? cue.times(factor).with(CueModifier.COURTESY) : cue;
            }
        });
    }

    /**
     * True if no word but @mentions stands between the cue and the next clause break (or the end), and, when it
     * should open the message, no word before it; when it should close it, nothing but marks after it.
     */
    private static boolean standsAlone(SentenceCues sentence, LexiconCue cue, boolean opening) {
        List<Token> tokens = sentence.tokens(); // normalised: @mentions and URLs are not among them
        int at = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= cue.start()) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return false;
        }
        if (opening) {
            for (int i = 0; i < at; i++) {
                if (tokens.get(i).isWord()) {
                    return false;
                }
            }
        }
        for (int i = at; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.end() <= cue.end()) {
                continue;
            }
            if (token.isWord()) {
                return false; // "thanks for ...", "thanks guys, ..."
            }
            if (opening && token.kind() == Token.Kind.PUNCTUATION) {
                // "Thanks @Rail - cancelled train ...": a clause of its own, the failure in the same sentence;
                // "Thank you. I did ..." answers a reply
                for (int k = i + 1; k < tokens.size(); k++) {
                    if (tokens.get(k).isWord()) {
                        return true;
                    }
                }
                return false;
            }
        }
        return true;
    }
}
