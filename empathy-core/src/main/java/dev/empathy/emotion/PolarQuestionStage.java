package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A yes/no question asks about a fact; it does not complain about it: in a clause that opens with an
 * auxiliary ("is it still $15 a month?", "are the lifts still out of order?", "is there a delay on the line?",
 * "any news on my repair?") and ends in '?', with no '!' in the sentence, the frustration words that
 * name a problem rather than feel it (lexicon cues with a base weight below {@code sarcasm.complaint.min})
 * weigh {@code polar.factor} of their weight ({@link CueModifier#CALM_QUESTION}). The annotation rule for
 * real support messages reads such calm questions as neutral. Stronger words ("is this a joke?", "why is it
 * still broken?!") keep their weight. Immutable and thread-safe; linear in the sentence's tokens.
 */
final class PolarQuestionStage implements CueStage.PerSentence {

    private final SupportStructure structure;
    private final double complaintMin;

    PolarQuestionStage(SupportStructure structure, Parameters parameters) {
        this.structure = structure;
        this.complaintMin = parameters.sarcasmComplaintMin();
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        if (structure.polarFactor == 1 || !hasNamingWord(sentence) || sentence.hasExclamation()) {
            return sentence; // only the words naming a problem change (speed, issue 16)
        }
        List<Token> tokens = sentence.tokens();
        SentenceCues out = sentence;
        int clauseStart = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isClauseBreak()) {
                continue;
            }
            if (token.key().indexOf('?') >= 0 && opensWithAuxiliary(tokens, sentence.wordClasses(), clauseStart, i)) {
                int from = tokens.get(clauseStart).start();
                int to = token.start();
                out = out.map(new UnaryOperator<>() {
                    @Override
                    public LexiconCue apply(LexiconCue cue) {
                        return cue.emotion() == Emotion.FRUSTRATION && cue.source() == Cue.Source.LEXICON
                                && cue.baseWeight() < complaintMin && cue.start() >= from && cue.end() <= to
                                && !cue.has(CueModifier.CALM_QUESTION)
                                ? cue.times(structure.polarFactor).with(CueModifier.CALM_QUESTION) : cue;
                    }
                });
            }
            clauseStart = i + 1;
        }
        return out;
    }

    private boolean hasNamingWord(SentenceCues sentence) {
        for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
            LexiconCue cue = sentence.cues().get(cueNo);
            if (cue.emotion() == Emotion.FRUSTRATION && cue.source() == Cue.Source.LEXICON && cue.baseWeight() < complaintMin) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the first word of tokens [from, to), after openers such as "hi" or "so", is an auxiliary;
     * {@code wordClasses} are the sentence's ({@link SentenceCues#wordClasses}: each word's classes once folded).
     */
    private static boolean opensWithAuxiliary(List<Token> tokens, int[] wordClasses, int from, int to) {
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (!token.isWord()) {
                continue;
            }
            int classes = wordClasses[i];
            if ((classes & SupportStructure.OPENER) == 0) {
                return (classes & SupportStructure.AUXILIARY) != 0;
            }
        }
        return false;
    }
}
