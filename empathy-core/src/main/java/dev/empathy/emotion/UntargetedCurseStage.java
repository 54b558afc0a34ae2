package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A curse word aimed at no one is annoyance at the problem, not hostility: "the login code never comes, the app
 * shows garbage instead", "then the checkout gave me some rubbish about my card", "this printer is gonna fucking
 * drive me mad". The annotation guide reads anger as hostility at the company or its people ("profanity aimed at
 * them") and annoyance at a problem as frustration. An anger cue whose whole text is a {@code cursing} word of
 * {@code support-structure.tsv}, in a sentence with no {@code target}, {@code yours}, {@code person} or
 * {@code company} word ("you", "your", "that", "staff", "service") and not the sentence's first word ("Shitty
 * move."), reads frustration ({@link CueModifier#ABOUT_A_THING}). Runs after {@link IndignantQuestionStage},
 * which reads the curse words said of a thing next to it. Immutable and thread-safe; linear in the sentence.
 */
final class UntargetedCurseStage implements CueStage.PerSentence {

    private final SupportStructure structure;

    UntargetedCurseStage(SupportStructure structure) {
        this.structure = structure;
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        List<Token> tokens = sentence.tokens();
        boolean curse = false;
        for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
            LexiconCue cue = sentence.cues().get(cueNo);
            curse |= isCurse(text, sentence, tokens, cue);
        }
        if (!curse) {
            return sentence;
        }
        int first = firstWord(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isWord() && i > first && named(text, token)) {
                return sentence; // "Uncle Pete is a fucking ...", "as fucking [NAME]": aimed at someone named
            }
            if (token.isWord()) {
                String word = token.folded();
                if (structure.is(SupportStructure.TARGET | SupportStructure.YOURS | SupportStructure.PERSON
                        | SupportStructure.COMPANY, word)) {
                    return sentence; // "that reply is utter shit", "sort your shit out": aimed at them
                }
            }
        }
        return sentence.map(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                return isCurse(text, sentence, tokens, cue) ? cue.as(Emotion.FRUSTRATION).with(CueModifier.ABOUT_A_THING) : cue;
            }
        });
    }

    private boolean isCurse(String text, SentenceCues sentence, List<Token> tokens, LexiconCue cue) {
        return cue.emotion() == Emotion.ANGER && cue.weight() > 0 && cue.source() == Cue.Source.LEXICON
                && cue.tokenIndex() > firstWord(tokens)
                && structure.is(SupportStructure.CURSING, sentence.foldedText(text, cue));
    }

    /** A name: a word that is not the sentence's first and starts with a capital ("Oliver", "NAME"; not "I"). */
    private static boolean named(String text, Token token) {
        return Character.isUpperCase(text.charAt(token.start())) && token.end() - token.start() > 1;
    }

    private static int firstWord(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord()) {
                return i;
            }
        }
        return tokens.size();
    }
}
