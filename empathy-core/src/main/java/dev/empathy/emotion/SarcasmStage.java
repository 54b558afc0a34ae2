package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Sarcasm within a sentence: a positive cue reads as frustration ({@link CueModifier#SARCASTIC}) when the
 * sentence carries a sarcasm marker ("thanks for nothing", "yeah right"), or when a cheerful
 * (satisfaction) word opens the sentence as an exclamation ("Great, ...", or any such opener before a
 * long wait or repeated contact) and clear negative evidence follows it with no contrast marker between:
 * a wait, a repeated contact, a failure, or a cue of anger, frustration or disappointment of base weight
 * at least {@code sarcasm.complaint.min} ("Great, my order is lost again"; not "Great, the refund was
 * faster than I thought"), or when it praises or thanks for a complaint right after "for" ("thanks to the
 * gym for quietly charging me", "five stars for losing my bag"). Thanks stay sincere unless marked.
 */
final class SarcasmStage implements CueStage.PerSentence {

    /** "for" must follow the praise within this many words ("thanks to the gym for"). */
    private static final int FOR_WITHIN = 3;
    /** The complaint must start within this many words after "for" ("for quietly charging me"). */
    private static final int FAILURE_WITHIN = 2;

    private final double complaintMin;

    SarcasmStage(Parameters parameters) {
        this.complaintMin = parameters.sarcasmComplaintMin();
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        boolean marker = false;
        for (int signalNo = 0; signalNo < sentence.signals().size(); signalNo++) {
            Signal signal = sentence.signals().get(signalNo);
            marker |= signal.type() == SignalType.SARCASM;
        }
        int complaintAt = sentence.strongWaitOrRepeatAt();
        boolean waitOrRepeat = complaintAt != Integer.MAX_VALUE;
        for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
            LexiconCue cue = sentence.cues().get(cueNo);
            if (cue.complains() && (cue.baseWeight() >= complaintMin || cue.source() == Cue.Source.FAILURE)
                    && !cue.has(CueModifier.NEGATED)) {
                complaintAt = Math.min(complaintAt, cue.start());
            }
        }
        int contrastAt = sentence.contrast().at();
        List<Token> tokens = sentence.tokens();
        List<LexiconCue> found = sentence.cues();
        List<LexiconCue> cues = null; // copied at the first sarcastic cue: most sentences have none (speed, issue 16)
        Set<Signal> signals = null;
        for (int k = 0; k < found.size(); k++) {
            LexiconCue cue = found.get(k);
            if (!cue.emotion().isPositive() || cue.has(CueModifier.NEGATED) || cue.weight() == 0) {
                continue;
            }
            // an exclamation-like opener: "Great, ...", "Love it! ...", or any opener before a wait or repeat
            boolean opensSentence = cue.emotion() == Emotion.SATISFACTION // "Great, ...": thanks are sincere by default
                    && cue.tokenIndex() >= 0 && wordsBefore(tokens, cue.tokenIndex(), 2) < 2
                    && (waitOrRepeat || followedByPunctuation(tokens, cue));
            boolean complaintFollows = complaintAt > cue.start() && complaintAt != Integer.MAX_VALUE
                    && !(contrastAt > cue.start() && contrastAt < complaintAt);
            if (marker || (opensSentence && complaintFollows) || praisesAFailure(sentence, cue)) {
                if (cues == null) {
                    cues = new ArrayList<>(found);
                    signals = new LinkedHashSet<>(sentence.signals());
                }
                cues.set(k, cue.as(Emotion.FRUSTRATION).with(CueModifier.SARCASTIC));
                if (!marker) {
                    signals.add(SentenceCues.signal(text, SignalType.SARCASM, cue.start(), cue.end()));
                }
            }
        }
        return cues == null ? sentence : sentence.with(cues, signals);
    }

    /**
     * Praise or thanks for a complaint: "for" within {@value #FOR_WITHIN} words after the cue, then, within
     * {@value #FAILURE_WITHIN} words after "for", a cue of a complaint's emotion or a failure, all in one clause
     * ("thanks to the gym for quietly charging me", "five stars for the delay"; not "thanks for fixing my
     * broken screen", whose complaint comes later).
     */
    private static boolean praisesAFailure(SentenceCues sentence, LexiconCue praise) {
        List<Token> tokens = sentence.tokens();
        int words = 0; // words since the praise ended, then since "for"
        boolean seenFor = false;
        for (int tokenNo = 0; tokenNo < tokens.size(); tokenNo++) {
            Token token = tokens.get(tokenNo);
            if (token.start() < praise.start()) {
                continue;
            }
            boolean inPraise = token.start() < praise.end();
            if (token.isClauseBreak()) {
                return false;
            }
            if (!token.isWord()) {
                continue;
            }
            if (!seenFor) {
                if (token.key().equals("for")) {
                    seenFor = true; // "thanks for" may be one cue
                    words = 0;
                } else if (!inPraise && ++words >= FOR_WITHIN) {
                    return false;
                }
                continue;
            }
            if (++words > FAILURE_WITHIN) {
                return false;
            }
            if (!inPraise) {
                for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                    LexiconCue cue = sentence.cues().get(cueNo);
                    if (cue.start() == token.start() && cue.complains() && cue.weight() > 0 && !cue.has(CueModifier.NEGATED)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean followedByPunctuation(List<Token> tokens, LexiconCue cue) {
        for (int i = cue.tokenIndex(); i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.start() >= cue.end()) {
                return token.kind() == Token.Kind.PUNCTUATION;
            }
        }
        return false;
    }

    /** The number of words before {@code tokens[index]}, counting no further than {@code limit}. */
    private static int wordsBefore(List<Token> tokens, int index, int limit) {
        int words = 0;
        for (int i = 0; i < index && words < limit; i++) {
            if (tokens.get(i).isWord()) {
                words++;
            }
        }
        return words;
    }
}
