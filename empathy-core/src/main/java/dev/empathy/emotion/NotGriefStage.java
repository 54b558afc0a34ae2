package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import dev.empathy.situation.Situation;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Sadness is grief, loss and personal distress; two things that look like it in support messages are not
 * ({@link CueModifier#ABOUT_A_THING}):
 * <ul>
 *   <li>a death word said of a thing: when the nearest {@code thing} word before "died" or "dead" in the
 *       sentence comes before any {@code person} word ("the tablet with my son's drawings on it has died"), it is a
 *       broken device, frustration; "my dad died" stays sadness;</li>
 *   <li>a crying or sad emoji is the only sadness of a message about a service failure (a situation other
 *       than {@code general} and {@code bereavement}: "I missed the courier 😭"): a let-down,
 *       disappointment. With a sadness word ("my mum passed away 😢") or a word of loss or illness
 *       ({@code loss}: "lost all my photos 😭", "too sick to travel 😢") it stays sadness.</li>
 * </ul>
 * Runs on the whole message, after the complaint-tone stages. Immutable and thread-safe; linear in the
 * cues and tokens.
 */
final class NotGriefStage implements CueStage {

    private final SupportStructure structure;

    NotGriefStage(SupportStructure structure) {
        this.structure = structure;
    }

    @Override
    public MessageCues apply(MessageCues message) {
        if (!hasSadness(message)) {
            return message; // only sadness cues change (speed, issue 16)
        }
        String text = message.text();
        MessageCues result = message.mapSentences(new UnaryOperator<>() {
            @Override
            public SentenceCues apply(SentenceCues sentence) {
                return sentence.map(new UnaryOperator<>() {
                    @Override
                    public LexiconCue apply(LexiconCue cue) {
                        return cue.emotion() == Emotion.SADNESS
                                && cue.weight() > 0 && cue.source() == Cue.Source.LEXICON && saidOfAThing(text, sentence, cue)
                                ? cue.as(Emotion.FRUSTRATION).with(CueModifier.ABOUT_A_THING) : cue;
                    }
                });
            }
        });
        Situation situation = result.situation().situation();
        if (situation == Situation.GENERAL || situation == Situation.BEREAVEMENT || sadnessInWords(result)
                || saysLoss(result)) {
            return result;
        }
        return result.mapCues(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                return cue.emotion() == Emotion.SADNESS && cue.source() == Cue.Source.SYMBOL && cue.weight() > 0
                        ? cue.as(Emotion.DISAPPOINTMENT).with(CueModifier.ABOUT_A_THING) : cue;
            }
        });
    }

    /** True if the cue is a death word and the nearest thing or person word before it is a thing. */
    private boolean saidOfAThing(String text, SentenceCues sentence, LexiconCue cue) {
        List<Token> tokens = sentence.tokens();
        if (cue.tokenIndex() < 0 || !structure.is(SupportStructure.DEATH, sentence.foldedText(text, cue))) {
            return false;
        }
        for (int i = cue.tokenIndex() - 1; i >= 0; i--) {
            int classes = structure.classesOf(tokens.get(i).folded());
            if ((classes & SupportStructure.PERSON) != 0) {
                return false;
            }
            if ((classes & SupportStructure.THING) != 0) {
                return true;
            }
        }
        return false;
    }

    /** True if a word of loss or illness ("lost", "sick") is in the message: beside it a sad emoji is sadness. */
    private boolean saysLoss(MessageCues message) {
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            SentenceCues sentence = message.sentences().get(sentenceNo);
            for (int tokenNo = 0; tokenNo < sentence.tokens().size(); tokenNo++) {
                Token token = sentence.tokens().get(tokenNo);
                if (token.isWord() && structure.is(SupportStructure.LOSS, token.folded())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasSadness(MessageCues message) {
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            SentenceCues sentence = message.sentences().get(sentenceNo);
            for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                LexiconCue cue = sentence.cues().get(cueNo);
                if (cue.emotion() == Emotion.SADNESS) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sadnessInWords(MessageCues message) {
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            SentenceCues sentence = message.sentences().get(sentenceNo);
            for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                LexiconCue cue = sentence.cues().get(cueNo);
                if (cue.emotion() == Emotion.SADNESS && cue.weight() > 0 && cue.source() != Cue.Source.SYMBOL) {
                    return true;
                }
            }
        }
        return false;
    }
}
