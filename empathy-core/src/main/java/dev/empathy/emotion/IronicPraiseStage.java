package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Praise and emoji read by their use across the message: with no contrast marker in it, a positive cue
 * before the message's last complaint, unless the message ends on praise in words after it ("lovely and
 * awful cover art. I adore every song on the album.") ("Stellar work on the packing. The vase arrived smashed."; thanks only
 * when the complaint is in a later sentence: "Thanks for finding my lost parcel" is sincere), a positive
 * emoji or rating after a complaint ("... never tells me when a bill is due 10/10 👍"), or a positive emoji in a
 * "why" question ("why is it so hot on your trains 🔥🔥"), or praise in a sentence before one with a sarcasm
 * marker ("I love this update. &lt;/sarcasm&gt;") reads as frustration ({@link CueModifier#SARCASTIC},
 * with the sarcasm signal). Sign-offs, courtesy thanks and negated cues are left alone. A complaint is
 * {@link LexiconCue#isComplaint}.
 */
final class IronicPraiseStage implements CueStage {

    private final double complaintMin;
    private final SupportContext context;

    IronicPraiseStage(Parameters parameters, SupportContext context) {
        this.complaintMin = parameters.sarcasmComplaintMin();
        this.context = context;
    }

    @Override
    public MessageCues apply(MessageCues message) {
        return hasPraise(message.sentences()) ? reread(message) : message;
    }

    /**
     * True if some cue may be read as ironic: positive, of some weight, and neither a sign-off, courtesy nor negated.
     * Most messages have none, and for them the stage reads no further (speed, issue 16).
     */
    private static boolean hasPraise(List<SentenceCues> sentences) {
        for (int w = 0; w < sentences.size(); w++) {
            List<LexiconCue> cues = sentences.get(w).cues();
            for (int k = 0; k < cues.size(); k++) {
                if (mayBeIronic(cues.get(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mayBeIronic(LexiconCue cue) {
        return cue.emotion().isPositive() && cue.weight() > 0 && !cue.has(CueModifier.SIGN_OFF)
                && !cue.has(CueModifier.COURTESY) && !cue.has(CueModifier.NEGATED);
    }

    private MessageCues reread(MessageCues message) {
        String text = message.text();
        List<SentenceCues> sentences = message.sentences();
        int firstComplaint = Integer.MAX_VALUE;
        int lastComplaint = -1;
        int lastComplaintSentence = -1;
        for (int w = 0; w < sentences.size(); w++) {
            for (int cueNo = 0; cueNo < sentences.get(w).cues().size(); cueNo++) {
                LexiconCue cue = sentences.get(w).cues().get(cueNo);
                if (cue.has(CueModifier.BEFORE_CONTRAST) || cue.has(CueModifier.AFTER_CONTRAST)) {
                    return message; // "thanks, but ...": the contrast already says which side counts
                }
                if (cue.isComplaint(complaintMin)) {
                    firstComplaint = Math.min(firstComplaint, cue.start());
                    lastComplaint = Math.max(lastComplaint, cue.start());
                    lastComplaintSentence = w;
                }
            }
        }
        int lastMarkerSentence = -1; // a later sentence that says it is sarcasm ("</sarcasm>", "yeah right")
        for (int w = 0; w < sentences.size(); w++) {
            for (int signalNo = 0; signalNo < sentences.get(w).signals().size(); signalNo++) {
                Signal signal = sentences.get(w).signals().get(signalNo);
                if (signal.type() == SignalType.SARCASM) {
                    lastMarkerSentence = w;
                }
            }
        }
        boolean endsOnPraise = false; // "Lovely and awful cover art. I adore every song on the album."
        for (int sentenceNo = 0; sentenceNo < sentences.size(); sentenceNo++) {
            SentenceCues sentence = sentences.get(sentenceNo);
            for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                LexiconCue cue = sentence.cues().get(cueNo);
                if (cue.start() > lastComplaint && lastComplaint >= 0 && isSincerePraiseWord(cue)) {
                    endsOnPraise = true;
                }
            }
        }
        List<SentenceCues> out = null; // copied at the first changed sentence: most messages have none (speed, issue 16)
        int support = -1; // read on first need: 0 no, 1 yes
        for (int w = 0; w < sentences.size(); w++) {
            SentenceCues sentence = sentences.get(w);
            List<LexiconCue> found = sentence.cues();
            List<LexiconCue> cues = null;
            Set<Signal> signals = null;
            int whyQuestion = -1; // read on first need: 0 no, 1 yes
            for (int k = 0; k < found.size(); k++) {
                LexiconCue cue = found.get(k);
                if (!mayBeIronic(cue)) {
                    continue;
                }
                boolean symbol = cue.source() == Cue.Source.SYMBOL || isRating(text, cue);
                // thanks are for something: sarcastic only before a complaint in a later sentence
                boolean beforeComplaint = !endsOnPraise
                        && (cue.emotion() == Emotion.GRATITUDE ? w < lastComplaintSentence : cue.start() < lastComplaint);
                boolean afterComplaint = symbol && cue.start() > firstComplaint && lastComplaint >= 0;
                boolean beforeMarker = w < lastMarkerSentence && cue.emotion() == Emotion.SATISFACTION;
                if (symbol && whyQuestion < 0) {
                    whyQuestion = isWhyQuestion(text, sentence) ? 1 : 0;
                }
                boolean byUse = beforeComplaint || afterComplaint || (symbol && whyQuestion == 1);
                if (byUse && !beforeMarker && support < 0) {
                    support = context.holds(message) ? 1 : 0;
                }
                if ((byUse && support == 1) || beforeMarker) {
                    if (cues == null) {
                        cues = new ArrayList<>(found);
                        signals = new LinkedHashSet<>(sentence.signals());
                    }
                    cues.set(k, cue.as(Emotion.FRUSTRATION).with(CueModifier.SARCASTIC));
                    signals.add(SentenceCues.signal(text, SignalType.SARCASM, cue.start(), cue.end()));
                }
            }
            if (cues != null) {
                if (out == null) {
                    out = new ArrayList<>(sentences);
                }
                out.set(w, sentence.with(cues, signals));
            }
        }
        return out == null ? message : message.withSentences(out);
    }

    /** Praise in words after the last complaint: the message ends on it, so the praise before is sincere too. */
    private static boolean isSincerePraiseWord(LexiconCue cue) {
        return cue.emotion() == Emotion.SATISFACTION && cue.weight() > 0 && cue.source() == Cue.Source.LEXICON
                && !cue.has(CueModifier.SIGN_OFF) && !cue.has(CueModifier.NEGATED) && !cue.has(CueModifier.SARCASTIC);
    }

    /** A score out of ten ("10/10", "5/5"): praise that follows a complaint is ironic. */
    private static boolean isRating(String text, LexiconCue cue) {
        return text.indexOf('/', cue.start()) >= 0 && text.indexOf('/', cue.start()) < cue.end();
    }

    private static boolean isWhyQuestion(String text, SentenceCues sentence) {
        for (int tokenNo = 0; tokenNo < sentence.sentence().tokens().size(); tokenNo++) {
            Token token = sentence.sentence().tokens().get(tokenNo);
            if (token.isWord() && token.key().equals("why")) {
                return isFirstWordAfterMentions(text, sentence, token);
            }
        }
        return false;
    }

    private static boolean isFirstWordAfterMentions(String text, SentenceCues sentence, Token why) {
        for (int tokenNo = 0; tokenNo < sentence.sentence().tokens().size(); tokenNo++) {
            Token token = sentence.sentence().tokens().get(tokenNo);
            if (token == why) {
                return true;
            }
            if (token.isWord() && !(token.start() > 0 && SupportContext.isInMention(text, token.start()))) {
                return false;
            }
        }
        return false;
    }
}
