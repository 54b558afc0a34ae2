package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Whom a complaint word is aimed at: a frustration or disappointment word between "your" and the company or
 * its people ("your awful company", "your useless staff", "ur terrible agents") is hostility at them, which
 * the annotation guide of real support messages reads as anger ({@link CueModifier#AT_THE_COMPANY}); said of
 * a thing ("your app is awful", "the awful wait") it stays as it was. The words are the {@code yours} and
 * {@code company} classes of {@code support-structure.tsv}. Immutable and thread-safe; linear in the
 * sentence's cues.
 */
final class AimedAtCompanyStage implements CueStage.PerSentence {

    private final SupportStructure structure;

    AimedAtCompanyStage(SupportStructure structure) {
        this.structure = structure;
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        List<Token> tokens = sentence.tokens();
        return sentence.map(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                return (cue.emotion() == Emotion.FRUSTRATION || cue.emotion() == Emotion.DISAPPOINTMENT)
                        && cue.source() == Cue.Source.LEXICON && cue.weight() > 0 && !cue.has(CueModifier.SARCASTIC)
                        && !cue.has(CueModifier.NEGATED) && aimedAtCompany(tokens, cue)
                        ? cue.as(Emotion.ANGER).with(CueModifier.AT_THE_COMPANY) : cue;
            }
        });
    }

    private boolean aimedAtCompany(List<Token> tokens, LexiconCue cue) {
        int first = cue.tokenIndex();
        int last = cue.found().lastToken() >= 0 ? cue.found().lastToken() : first;
        if (first < 1 || last + 1 >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(first - 1);
        Token after = tokens.get(last + 1);
        return before.isWord() && after.isWord() && structure.is(SupportStructure.YOURS, before.folded())
                && structure.is(SupportStructure.COMPANY, after.folded());
    }
}
