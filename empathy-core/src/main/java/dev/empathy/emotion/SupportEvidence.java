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
 *   <li>{@link #finish}: per message, later service failures count less; a bare "thanks" closing a
 *       request or a complaint is courtesy, not gratitude; praise beside a complaint is sarcastic; a
 *       puzzled question or a sad emoji beside a complaint is the complaint's frustration.</li>
 * </ul>
 * Stateless and thread-safe; each stage is linear in the number of cues and tokens.
 */
final class SupportEvidence {

    /** Words that make a sentence a request, so a closing "thanks" after it is courtesy. */
    private static final Set<String> REQUEST_WORDS = Set.of("please", "pls", "plz", "kindly", "help", "advise",
            "let", "could", "can", "would", "need", "want", "wondering");
    /** Confusion cues at least this heavy are explicit ("I don't understand") and never rhetorical. */
    static final double EXPLICIT_CONFUSION = 1.3;
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
        praiseBesideComplaint(text, works, parameters);
        toneOfTheComplaint(works, parameters);
    }

    /**
     * Beside a frustrated complaint (a failure, or a frustration cue of base weight at least
     * {@code sarcasm.complaint.min}), a puzzled question ("What is going on?", "???") is rhetorical and a
     * sad emoji or emoticon (":(") is the complaint's tone: both count as frustration. Explicit confusion
     * ("I don't understand", base weight {@value #EXPLICIT_CONFUSION} or more) stays confusion.
     */
    private static void toneOfTheComplaint(List<LexiconScorer.SentenceWork> works, Parameters parameters) {
        boolean complaint = false;
        for (LexiconScorer.SentenceWork work : works) {
            for (LexiconScorer.Draft cue : work.cues) {
                complaint |= cue.emotion == Emotion.FRUSTRATION && isComplaint(cue, parameters);
            }
        }
        if (!complaint) {
            return;
        }
        for (LexiconScorer.SentenceWork work : works) {
            for (LexiconScorer.Draft cue : work.cues) {
                boolean puzzled = cue.emotion == Emotion.CONFUSION && cue.baseWeight < EXPLICIT_CONFUSION;
                boolean sadSymbol = cue.source == Cue.Source.SYMBOL
                        && (cue.emotion == Emotion.DISAPPOINTMENT || cue.emotion == Emotion.SADNESS);
                if ((puzzled || sadSymbol) && cue.weight > 0) {
                    cue.emotion = Emotion.FRUSTRATION;
                    cue.modifiers.add(CueModifier.WITH_COMPLAINT);
                }
            }
        }
    }

    /**
     * Sarcastic praise and emoji read by their use: with no contrast marker in the message, a positive cue
     * before the message's last complaint ("Killer job on the delivery. One item was smashed."; thanks only
     * when the complaint is in a later sentence, "Thanks for finding my lost parcel" is sincere), or a
     * positive emoji or rating after a complaint ("... not warning me anymore 10/10 👍"), or a positive
     * emoji in a "why" question ("why is it so hot on your trains 🔥🔥"), reads as frustration (sarcastic).
     * A complaint is a failure cue or an anger, frustration or disappointment cue of base weight at least
     * {@code sarcasm.complaint.min} that is not negated.
     */
    private static void praiseBesideComplaint(String text, List<LexiconScorer.SentenceWork> works, Parameters parameters) {
        int firstComplaint = Integer.MAX_VALUE;
        int lastComplaint = -1;
        int lastComplaintSentence = -1;
        for (int w = 0; w < works.size(); w++) {
            LexiconScorer.SentenceWork work = works.get(w);
            for (LexiconScorer.Draft cue : work.cues) {
                if (cue.modifiers.contains(CueModifier.BEFORE_CONTRAST) || cue.modifiers.contains(CueModifier.AFTER_CONTRAST)) {
                    return; // "thanks, but ...": the contrast already says which side counts
                }
                if (isComplaint(cue, parameters)) {
                    firstComplaint = Math.min(firstComplaint, cue.start);
                    lastComplaint = Math.max(lastComplaint, cue.start);
                    lastComplaintSentence = w;
                }
            }
        }
        for (int w = 0; w < works.size(); w++) {
            LexiconScorer.SentenceWork work = works.get(w);
            boolean whyQuestion = isWhyQuestion(text, work);
            for (LexiconScorer.Draft cue : work.cues) {
                if (!cue.emotion.isPositive() || cue.weight <= 0 || cue.modifiers.contains(CueModifier.SIGN_OFF)
                        || cue.modifiers.contains(CueModifier.COURTESY) || cue.modifiers.contains(CueModifier.NEGATED)) {
                    continue;
                }
                boolean symbol = cue.source == Cue.Source.SYMBOL || isRating(text, cue);
                // thanks are for something: sarcastic only before a complaint in a later sentence
                boolean beforeComplaint = cue.emotion == Emotion.GRATITUDE ? w < lastComplaintSentence : cue.start < lastComplaint;
                boolean afterComplaint = symbol && cue.start > firstComplaint && lastComplaint >= 0;
                if (beforeComplaint || afterComplaint || (symbol && whyQuestion)) {
                    cue.emotion = Emotion.FRUSTRATION;
                    cue.modifiers.add(CueModifier.SARCASTIC);
                    LexiconScorer.addSignal(text, work, SignalType.SARCASM, cue.start, cue.end);
                }
            }
        }
    }

    private static boolean isComplaint(LexiconScorer.Draft cue, Parameters parameters) {
        boolean negative = cue.emotion == Emotion.ANGER || cue.emotion == Emotion.FRUSTRATION || cue.emotion == Emotion.DISAPPOINTMENT;
        return negative && cue.weight > 0 && !cue.modifiers.contains(CueModifier.NEGATED)
                && !cue.modifiers.contains(CueModifier.SARCASTIC)
                && (cue.source == Cue.Source.FAILURE || cue.baseWeight >= parameters.sarcasmComplaintMin());
    }

    /** A score out of ten ("10/10", "5/5"): praise that follows a complaint is ironic. */
    private static boolean isRating(String text, LexiconScorer.Draft cue) {
        return text.indexOf('/', cue.start) >= 0 && text.indexOf('/', cue.start) < cue.end;
    }

    private static boolean isWhyQuestion(String text, LexiconScorer.SentenceWork work) {
        for (Token token : work.sentence.tokens()) {
            if (token.isWord() && token.key().equals("why")) {
                return isFirstWordAfterMentions(text, work, token);
            }
        }
        return false;
    }

    private static boolean isFirstWordAfterMentions(String text, LexiconScorer.SentenceWork work, Token why) {
        for (Token token : work.sentence.tokens()) {
            if (token == why) {
                return true;
            }
            if (token.isWord() && !(token.start() > 0 && isInMention(text, token.start()))) {
                return false;
            }
        }
        return false;
    }

    /** True if the word at {@code start} is part of an @handle ("@VirginTrains", "@British_Airways"). */
    private static boolean isInMention(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '@';
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
