package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A feeling the writer reports of someone else is not the writer's own: "he also hates the new logo", "they are
 * concerned about the weather", "people misunderstood it", "they must really hate Mondays". The annotation guide labels the
 * emotion the writer expresses; naming another person's anger, fear or puzzlement is information about them. A
 * lexicon cue of a negative emotion whose first word is a {@code feeling} word of {@code calm-structure.tsv}, right
 * after an {@code others} word ("he", "she", "they", "people"), with at most three {@code between} words ("is",
 * "really", "must", "also") in between, weighs {@code reported.factor} ({@link CueModifier#REPORTED}). These keep
 * their weight:
 * <ul>
 *   <li>the writer's and the addressee's own feelings, a {@code self} word first: "I hate it", "I'm always
 *       worried", "we are worried", "you seem confused";</li>
 *   <li>those of the writer's people: "my wife is worried" ("wife" is no {@code others} word);</li>
 *   <li>a capitalised name, which is not read as a person ("Granny Mo's afraid", "Apple hates");</li>
 *   <li>praise reported of others ("everybody loves it"), which recommends the thing.</li>
 * </ul>
 * Runs on each sentence after the negation and the complaint-structure stages. Immutable and thread-safe; linear
 * in the sentence.
 */
final class ReportedFeelingStage implements CueStage.PerSentence {

    /** The most {@code between} words between the person and the feeling word. */
    private static final int MAX_BETWEEN = 3;

    private final CalmStructure calm;

    ReportedFeelingStage(CalmStructure calm) {
        this.calm = calm;
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        if (calm.reportedFactor >= 1) {
            return sentence;
        }
        List<Token> tokens = sentence.tokens();
        boolean any = false;
        List<LexiconCue> cues = sentence.cues();
        for (int cueNo = 0; cueNo < cues.size(); cueNo++) { // indexed: no iterator on the reading path (issue 16)
            any |= isReported(text, tokens, cues.get(cueNo));
        }
        if (!any) {
            return sentence;
        }
        double factor = calm.reportedFactor;
        return sentence.map(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                return isReported(text, tokens, cue) ? cue.times(factor).with(CueModifier.REPORTED) : cue;
            }
        });
    }

    private boolean isReported(String text, List<Token> tokens, LexiconCue cue) {
        int at = cue.tokenIndex();
        if (at <= 0 || at >= tokens.size() || cue.weight() <= 0 || cue.source() != Cue.Source.LEXICON
                || cue.emotion() == null || !cue.emotion().isNegative() || cue.has(CueModifier.REPORTED)
                || !calm.is("feeling", tokens.get(at).folded())) {
            return false;
        }
        int between = 0;
        for (int i = at - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (!token.isWord()) {
                return false;
            }
            String word = token.folded();
            if (calm.is("self", word)) {
                return false; // "I'm always worried", "you seem confused": the writer's or the addressee's own
            }
            if (calm.is("others", word)) {
                return true;
            }
            if (calm.is("between", word)) {
                if (++between > MAX_BETWEEN) {
                    return false;
                }
                continue;
            }
            return false;
        }
        return false;
    }

}
