package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A calm request for information holds little frustration, however many small cues add up in it: "I dropped my
 * glasses somewhere in the museum and can't find them. Will my home insurance pay for new ones?" asks what to do; the
 * annotation rule for real support messages reads such a calm question or request as neutral. The message
 * asks for information when any '?' in it closes a clause that opens (after openers such as "hi" or "so")
 * with an auxiliary or an info word ({@code support-structure.tsv}); it is calm when it has no '!' and no
 * '??', no question opening with a rhetorical word ({@code words rhetorical} of {@code calm-structure.tsv}:
 * "why"), no wait or repeated contact, no anger, and no frustration cue that is sarcastic, indignant or felt
 * (a base weight of {@code request.strong} or more: "ridiculous", "fed up"). Then its frustration evidence,
 * weighted by sentence as {@link ReadingScorer} weighs it, is capped at {@code request.cap} times the neutral
 * prior: every frustration cue is scaled by the same factor ({@link CueModifier#CALM_QUESTION}). Runs on the
 * whole message after {@link InformationRequestStage}. Immutable and thread-safe; linear in the message's
 * tokens and cues.
 */
final class CalmRequestStage implements CueStage {

    /** A closing thanks has at most this many words ("Thanks so much in advance"). */
    private static final int CLOSING_THANKS_MAX_WORDS = 5;

    private final SupportStructure structure;
    private final CalmStructure calm;
    private final Parameters parameters;

    CalmRequestStage(SupportStructure structure, CalmStructure calm, Parameters parameters) {
        this.structure = structure;
        this.calm = calm;
        this.parameters = parameters;
    }

    @Override
    public MessageCues apply(MessageCues message) {
        if (calm.requestCap >= 1 || !isCalm(message) || !asksForInformation(message)) {
            return message;
        }
        List<SentenceCues> sentences = message.sentences();
        int n = sentences.size();
        double evidence = 0;
        for (int i = 0; i < n; i++) {
            double recency = n == 1 ? 1 : 1 + parameters.recencyBoost() * i / (n - 1);
            for (int cueNo = 0; cueNo < sentences.get(i).cues().size(); cueNo++) {
                LexiconCue cue = sentences.get(i).cues().get(cueNo);
                if (cue.emotion() == Emotion.FRUSTRATION) {
                    evidence += recency * cue.weight();
                }
            }
        }
        double cap = calm.requestCap * parameters.neutralPrior();
        if (evidence <= cap) {
            return message;
        }
        double factor = cap / evidence;
        return message.mapCues(new UnaryOperator<>() { // a class, not a lambda: see CueStage
            @Override
            public LexiconCue apply(LexiconCue cue) {
                return cue.emotion() == Emotion.FRUSTRATION && cue.weight() > 0
                        ? cue.times(factor).with(CueModifier.CALM_QUESTION) : cue;
            }
        });
    }

    private boolean isCalm(MessageCues message) {
        String text = message.text();
        List<SentenceCues> sentences = message.sentences();
        SentenceCues last = sentences.get(sentences.size() - 1);
        int heatEnd = isClosingThanks(last) ? last.sentence().start() : text.length(); // "Thanks!" is warmth, not heat
        if (text.lastIndexOf('!', heatEnd - 1) >= 0 || text.contains("??") || message.reportsWaitOrRepeat()) {
            return false;
        }
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            SentenceCues sentence = message.sentences().get(sentenceNo);
            for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                LexiconCue cue = sentence.cues().get(cueNo);
                if (cue.weight() <= 0) {
                    continue;
                }
                if (cue.emotion() == Emotion.ANGER || (cue.emotion() == Emotion.FRUSTRATION
                        && (cue.baseWeight() >= calm.requestStrong || cue.has(CueModifier.INDIGNANT) || cue.has(CueModifier.SARCASTIC)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True if the sentence is a short thanks and nothing else: "Thanks!", "Thanks in advance :)". */
    private static boolean isClosingThanks(SentenceCues sentence) {
        if (sentence.cues().isEmpty()) {
            return false; // first: no cue, no thanks, and no words to count (speed, issue 16)
        }
        int words = 0; // loops, not streams and lambdas: see CueStage
        for (int tokenNo = 0; tokenNo < sentence.sentence().tokens().size() && words <= CLOSING_THANKS_MAX_WORDS; tokenNo++) {
            Token token = sentence.sentence().tokens().get(tokenNo);
            words += token.isWord() ? 1 : 0;
        }
        if (words > CLOSING_THANKS_MAX_WORDS) {
            return false;
        }
        for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
            LexiconCue cue = sentence.cues().get(cueNo);
            if (cue.emotion() != Emotion.GRATITUDE && cue.source() != Cue.Source.SYMBOL) {
                return false;
            }
        }
        return true;
    }

    /** True if some '?' closes a clause opening with an auxiliary or an info word, and none opens with a rhetorical word. */
    private boolean asksForInformation(MessageCues message) {
        boolean asks = false;
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            SentenceCues sentence = message.sentences().get(sentenceNo);
            List<Token> tokens = sentence.tokens(); // mentions and links dropped: "@Shop how do I ...?" opens with "how"
            int clauseStart = 0;
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (!token.isClauseBreak()) {
                    continue;
                }
                if (token.key().indexOf('?') >= 0) {
                    String first = firstWord(tokens, clauseStart, i);
                    if (first != null && calm.is("rhetorical", first)) {
                        return false;
                    }
                    asks |= first != null && structure.is(SupportStructure.AUXILIARY | SupportStructure.INFO, first);
                }
                clauseStart = i + 1;
            }
        }
        return asks;
    }

    /** The first word of tokens [from, to) after openers such as "hi" or "so", folded; null if none. */
    private String firstWord(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.isWord()) {
                String word = token.folded();
                if (!structure.is(SupportStructure.OPENER, word)) {
                    return word;
                }
            }
        }
        return null;
    }
}
