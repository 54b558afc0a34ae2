package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Praise that is asked about or wished for is not felt: a satisfaction or gratitude cue in a clause that
 * ends in a question mark ("Is that helpful?", "Which is the best plan for a family?", "is it any good
 * for kids?") weighs {@code hypothetical.question}, and one after a wish or a condition in its clause
 * ("would be great if", "hope the next one is better", "if it works") or right before "if" ("nice if you
 * could") weighs that marker's value in {@code modifiers.tsv} (kind {@code hypothetical}); both are
 * {@link CueModifier#HYPOTHETICAL}. An exclaimed question ("How cool is that?!") keeps its praise, and so
 * do sarcastic, negated and sign-off cues, which other stages read. Stateless and thread-safe; linear in
 * the sentence.
 */
final class HypotheticalStage implements CueStage.PerSentence {

    private final TermIndex<Modifier> openers; // question, worry and hypothetical openers
    private final double questionFactor;

    HypotheticalStage(Lexicon lexicon) {
        this.openers = lexicon.questions;
        this.questionFactor = lexicon.parameters.hypotheticalQuestion();
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        if (!hasPraise(sentence)) {
            return sentence;
        }
        List<Token> tokens = sentence.tokens();
        int n = tokens.size();
        double[] factor = new double[n]; // for a cue starting at token i; 0 = unchanged
        boolean exclaimed = false;
        for (int tokenNo = 0; tokenNo < tokens.size(); tokenNo++) {
            Token token = tokens.get(tokenNo);
            exclaimed |= token.key().indexOf('!') >= 0;
        }
        int clauseStart = 0;
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            if (!token.isClauseBreak()) {
                continue;
            }
            if (token.key().indexOf('?') >= 0 && !exclaimed) {
                for (int k = clauseStart; k < i; k++) {
                    factor[k] = lowest(factor[k], questionFactor);
                }
            }
            clauseStart = i + 1;
        }
        double wish = 0; // the open marker's value in this clause, 0 if none
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            if (token.isClauseBreak() || token.key().equals("then")) {
                wish = 0; // "if it's sunny, ...", "if you like X then you'll love Y": the consequent is felt
                continue;
            }
            TermIndex.Match<Modifier> opener = openers.longestAt(tokens, sentence.known(), i);
            if (opener != null) {
                for (int modifierNo = 0; modifierNo < opener.values().size(); modifierNo++) {
                    Modifier modifier = opener.values().get(modifierNo);
                    if (modifier.kind() == Modifier.Kind.HYPOTHETICAL) {
                        wish = lowest(wish, modifier.value());
                    }
                }
            }
            if (wish > 0) {
                factor[i] = lowest(factor[i], wish);
            }
            if (i > 0 && token.key().equals("if") && wish > 0) {
                factor[i - 1] = lowest(factor[i - 1], wish); // "great if you could": the praise is the wish
            }
        }
        return sentence.map(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                if (!isPraise(cue)) {
                    return cue;
                }
                double f = 0;
                int before = -1; // the last token ending at or before the cue: an emoji's clause
                boolean overlaps = false;
                for (int i = 0; i < n; i++) {
                    Token token = tokens.get(i);
                    if (token.start() < cue.end() && cue.start() < token.end()) {
                        overlaps = true;
                        if (factor[i] > 0) {
                            f = lowest(f, factor[i]); // any of its words in a question or a wish
                        }
                    } else if (token.end() <= cue.start()) {
                        before = i;
                    }
                }
                if (!overlaps && before >= 0 && factor[before] > 0 && !tokens.get(before).isClauseBreak()) {
                    f = factor[before];
                }
                return f > 0 ? cue.times(f).with(CueModifier.HYPOTHETICAL) : cue;
            }
        });
    }

    private static double lowest(double current, double candidate) {
        return current == 0 ? candidate : Math.min(current, candidate);
    }

    private static boolean hasPraise(SentenceCues sentence) {
        for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
            LexiconCue cue = sentence.cues().get(cueNo);
            if (isPraise(cue)) {
                return true;
            }
        }
        return false;
    }

    /** A satisfaction or gratitude cue that still counts and that no other stage has read. */
    private static boolean isPraise(LexiconCue cue) {
        return (cue.emotion() == Emotion.SATISFACTION || cue.emotion() == Emotion.GRATITUDE) && cue.weight() > 0
                && !cue.has(CueModifier.NEGATED) && !cue.has(CueModifier.SARCASTIC) && !cue.has(CueModifier.SIGN_OFF);
    }
}
