package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a customer says might happen has not happened: the complaint words of a clause that opens with a
 * {@code conditional} word ("If the reset doesn't work, who should I call?", "if the new card is broken too I
 * will write again", "unless it arrives today") weigh {@code conditional.factor} of their weight
 * ({@link CueModifier#HYPOTHETICAL}). The clause runs from the conditional word to the next clause break
 * (a comma, a full stop, ...), a word of the class {@code ends} ("then", "but", "because") or the end of the
 * sentence; emoji and the words outside it keep their weight,
 * and so does worry ("what if I lose my photos?" is anxiety whether it happens or not). Immutable and
 * thread-safe; linear in the sentence's tokens.
 */
final class ConditionalClauseStage implements CueStage.PerSentence {

    private final SupportStructure structure;

    ConditionalClauseStage(SupportStructure structure) {
        this.structure = structure;
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        if (structure.conditionalFactor == 1 || !hasComplaintWord(sentence)) {
            return sentence; // only complaint words change (speed, issue 16)
        }
        List<Token> tokens = sentence.tokens();
        int[] classes = sentence.wordClasses(); // each token's classes once folded: bits, not look-ups (speed, issue 16)
        SentenceCues out = sentence;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isWord() || (classes[i] & SupportStructure.CONDITIONAL) == 0) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && !tokens.get(end).isClauseBreak()
                    && !ends(tokens.get(end), classes[end])) {
                end++;
            }
            int from = token.start();
            int to = end < tokens.size() ? tokens.get(end).start() : sentence.sentence().end();
            out = out.map(new UnaryOperator<>() {
                @Override
                public LexiconCue apply(LexiconCue cue) {
                    return cue.complains() && cue.weight() > 0 && cue.source() != Cue.Source.SYMBOL
                            && cue.start() >= from && cue.end() <= to && !cue.has(CueModifier.HYPOTHETICAL)
                            ? cue.times(structure.conditionalFactor).with(CueModifier.HYPOTHETICAL) : cue;
                }
            });
            i = end;
        }
        return out;
    }

    /** True if {@code token}, whose word classes are {@code classes}, is an {@code ends} word; any other token folded and looked up. */
    private boolean ends(Token token, int classes) {
        return token.isWord() ? (classes & SupportStructure.ENDS) != 0
                : structure.is(SupportStructure.ENDS, token.folded());
    }

    private static boolean hasComplaintWord(SentenceCues sentence) {
        for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
            LexiconCue cue = sentence.cues().get(cueNo);
            if (cue.complains() && cue.weight() > 0 && cue.source() != Cue.Source.SYMBOL) {
                return true;
            }
        }
        return false;
    }
}
