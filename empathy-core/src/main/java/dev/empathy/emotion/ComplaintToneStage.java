package dev.empathy.emotion;

import java.util.function.UnaryOperator;

/**
 * The tone of a complaint: beside a frustrated complaint ({@link LexiconCue#isComplaint} with frustration)
 * anywhere in the message, a puzzled question ("What is going on?", "???") is rhetorical and a sad emoji or
 * emoticon (":(") is the complaint's tone: both count as frustration ({@link CueModifier#WITH_COMPLAINT}).
 * Explicit confusion ("I don't understand", base weight {@value #EXPLICIT_CONFUSION} or more) stays confusion.
 */
final class ComplaintToneStage implements CueStage {

    /** Confusion cues at least this heavy are explicit ("I don't understand") and never rhetorical. */
    static final double EXPLICIT_CONFUSION = 1.3;

    private final double complaintMin;

    ComplaintToneStage(Parameters parameters) {
        this.complaintMin = parameters.sarcasmComplaintMin();
    }

    @Override
    public MessageCues apply(MessageCues message) {
        if (!hasFrustratedComplaint(message)) {
            return message;
        }
        return message.mapCues(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                boolean puzzled = cue.emotion() == Emotion.CONFUSION && cue.baseWeight() < EXPLICIT_CONFUSION;
                boolean sadSymbol = cue.source() == Cue.Source.SYMBOL
                        && (cue.emotion() == Emotion.DISAPPOINTMENT || cue.emotion() == Emotion.SADNESS);
                return (puzzled || sadSymbol) && cue.weight() > 0 ? cue.as(Emotion.FRUSTRATION).with(CueModifier.WITH_COMPLAINT) : cue;
            }
        });
    }

    private boolean hasFrustratedComplaint(MessageCues message) {
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            SentenceCues sentence = message.sentences().get(sentenceNo);
            for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                LexiconCue cue = sentence.cues().get(cueNo);
                if (cue.emotion() == Emotion.FRUSTRATION && cue.isComplaint(complaintMin)) {
                    return true;
                }
            }
        }
        return false;
    }
}
