package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Small stages of the lexicon engine that read support messages the way annotators of real customer
 * messages do (see the README, "Reading the customer"):
 * <ul>
 *   <li>{@link #hashtags}: a complaint written as a hashtag ("#fail", "#neveragain") is public shaming:
 *       anger, with the escalation-risk signal;</li>
 *   <li>{@link #waitRepeatFloor}: a clear wait or repeated contact ("waiting for a week") is evidence of
 *       frustration on its own;</li>
 *   <li>{@link #finish}: per message, later service failures count less, and a bare "thanks" closing a
 *       request or a complaint is courtesy, not gratitude.</li>
 * </ul>
 * Stateless and thread-safe; each stage is linear in the number of cues and tokens.
 */
final class SupportEvidence {

    /** Words that make a sentence a request, so a closing "thanks" after it is courtesy. */
    private static final Set<String> REQUEST_WORDS = Set.of("please", "pls", "plz", "kindly", "help", "advise",
            "let", "could", "can", "would", "need", "want", "wondering");
    /** A closing thanks is courtesy only in a last sentence of at most this many words. */
    private static final int COURTESY_MAX_WORDS = 6;
    /** Waits and repeats lighter than this in the lexicon ("again", "still") are too vague to raise. */
    private static final double WEAK_SIGNAL = 0.5;

    private SupportEvidence() {
    }

    static void hashtags(String text, LexiconScorer.SentenceWork work, Parameters parameters) {
        if (work.hashtags.isEmpty()) {
            return;
        }
        for (LexiconScorer.Draft cue : work.cues) {
            boolean complaint = cue.emotion == Emotion.ANGER || cue.emotion == Emotion.FRUSTRATION
                    || cue.emotion == Emotion.DISAPPOINTMENT;
            if (!complaint || cue.weight <= 0) {
                continue;
            }
            for (int[] tag : work.hashtags) {
                if (cue.start >= tag[0] && cue.end <= tag[1]) {
                    cue.emotion = Emotion.ANGER;
                    cue.weight *= parameters.hashtagFactor();
                    cue.modifiers.add(CueModifier.HASHTAG);
                    LexiconScorer.addSignal(text, work, SignalType.ESCALATION_RISK, tag[0], tag[1]);
                    break;
                }
            }
        }
    }

    static void waitRepeatFloor(LexiconScorer.SentenceWork work, Parameters parameters) {
        Set<Integer> starts = new HashSet<>();
        for (Signal signal : work.signals) {
            if (signal.type() == SignalType.LONG_WAIT || signal.type() == SignalType.REPEATED_CONTACT) {
                starts.add(signal.start());
            }
        }
        if (starts.isEmpty()) {
            return;
        }
        for (LexiconScorer.Draft cue : work.cues) {
            if (cue.emotion == Emotion.FRUSTRATION && cue.source == Cue.Source.LEXICON && cue.weight > 0 && starts.contains(cue.start)
                    && cue.baseWeight >= WEAK_SIGNAL && !cue.modifiers.contains(CueModifier.NEGATED)) {
                cue.weight = Math.max(cue.weight, parameters.waitRepeatEvidence());
            }
        }
    }

    static void finish(String text, List<LexiconScorer.SentenceWork> works, Parameters parameters) {
        int failures = 0;
        for (LexiconScorer.SentenceWork work : works) {
            for (LexiconScorer.Draft cue : work.cues) {
                if (cue.source == Cue.Source.FAILURE) {
                    cue.weight *= Math.pow(parameters.failureDecay(), failures++);
                }
            }
        }
        courtesy(text, works, parameters);
    }

    /**
     * A thanks in a short last sentence, after a question, a request or a complaint, closes the message
     * politely ("... is there a number I can call? Thanks"): its weight falls to {@code signoff.factor}.
     */
    private static void courtesy(String text, List<LexiconScorer.SentenceWork> works, Parameters parameters) {
        LexiconScorer.SentenceWork last = works.get(works.size() - 1);
        boolean asked = false; // a question, a request or a complaint before the thanks
        for (int i = 0; i < works.size() - 1 && !asked; i++) {
            asked = isRequestOrComplaint(text, works.get(i));
        }
        long words = last.sentence.tokens().stream().filter(Token::isWord).count();
        for (LexiconScorer.Draft cue : last.cues) {
            if (cue.emotion != Emotion.GRATITUDE || cue.weight <= 0 || cue.modifiers.contains(CueModifier.SIGN_OFF)) {
                continue;
            }
            if (!endsSentence(last, cue)) {
                continue; // "Thanks for checking", "thanks, it works now": thanks for something
            }
            boolean closing = works.size() > 1 && words <= COURTESY_MAX_WORDS && asked;
            boolean inRequest = works.size() == 1 && askedBefore(text, last, cue.start);
            if (closing || inRequest) {
                cue.weight *= parameters.signOffFactor();
                cue.modifiers.add(CueModifier.COURTESY);
            }
        }
    }

    /** True if at most one word follows the cue in its sentence, and that word is not "for" or "to". */
    private static boolean endsSentence(LexiconScorer.SentenceWork work, LexiconScorer.Draft cue) {
        int words = 0;
        for (Token token : work.sentence.tokens()) {
            if (token.start() < cue.end || !token.isWord()) {
                continue;
            }
            if (++words > 1 || token.key().equals("for") || token.key().equals("to")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRequestOrComplaint(String text, LexiconScorer.SentenceWork work) {
        return askedBefore(text, work, work.sentence.end()) || work.cues.stream()
                .anyMatch(cue -> cue.weight > 0 && cue.emotion.isNegative() && cue.emotion != Emotion.CONFUSION);
    }

    /** True if the sentence has a '?' or a request word before {@code limit}. */
    private static boolean askedBefore(String text, LexiconScorer.SentenceWork work, int limit) {
        for (Token token : work.sentence.tokens()) {
            if (token.start() >= limit) {
                break;
            }
            if (token.key().indexOf('?') >= 0 || (token.isWord() && REQUEST_WORDS.contains(token.key()))) {
                return true;
            }
        }
        return false;
    }
}
