package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * An expletive right before praise intensifies the praise and is no complaint of its own: "fucking love
 * that song", "so damn good", "bloody brilliant". A word the lexicon reads as anger or frustration that
 * {@code modifiers.tsv} also lists as an intensifier, directly followed by a satisfaction or gratitude cue
 * that is not negated, gives its weight up (0, {@link CueModifier#INTENSIFIED}) and multiplies the praise by
 * the intensifier's value ({@link CueModifier#INTENSIFIED}). Before a complaint ("fucking useless") or on
 * its own it keeps its reading. Stateless and thread-safe; linear in the sentence's cues.
 */
final class ExpletiveStage implements CueStage.PerSentence {

    private final TermIndex<Modifier> modifiers;

    ExpletiveStage(Lexicon lexicon) {
        this.modifiers = lexicon.modifiers;
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        List<LexiconCue> cues = sentence.cues();
        List<Token> tokens = sentence.tokens();
        List<LexiconCue> out = null;
        for (int k = 0; k < cues.size(); k++) {
            LexiconCue expletive = cues.get(k);
            if (!isExpletive(expletive, tokens, sentence.known())) {
                continue;
            }
            int praise = praiseRightAfter(cues, expletive);
            if (praise < 0) {
                continue;
            }
            double factor = intensifierValue(tokens, sentence.known(), expletive.tokenIndex());
            if (out == null) {
                out = new ArrayList<>(cues);
            }
            out.set(k, expletive.withWeight(0).with(CueModifier.INTENSIFIED));
            out.set(praise, out.get(praise).times(factor).with(CueModifier.INTENSIFIED));
        }
        return out == null ? sentence : sentence.withCues(out);
    }

    /** A one-word anger or frustration cue that still counts and is also an intensifier ("damn", "fucking"). */
    private boolean isExpletive(LexiconCue cue, List<Token> tokens, Vocabulary.Entry[] known) {
        return (cue.emotion() == Emotion.ANGER || cue.emotion() == Emotion.FRUSTRATION) && cue.weight() > 0
                && cue.source() == Cue.Source.LEXICON && cue.tokenIndex() >= 0
                && cue.found().lastToken() == cue.tokenIndex() && intensifierValue(tokens, known, cue.tokenIndex()) > 0;
    }

    /** The index of a praise cue starting at the token right after {@code expletive}, or -1. */
    private static int praiseRightAfter(List<LexiconCue> cues, LexiconCue expletive) {
        for (int k = 0; k < cues.size(); k++) {
            LexiconCue cue = cues.get(k);
            if (cue.tokenIndex() == expletive.tokenIndex() + 1 && cue.weight() > 0 && !cue.has(CueModifier.NEGATED)
                    && (cue.emotion() == Emotion.SATISFACTION || cue.emotion() == Emotion.GRATITUDE)) {
                return k;
            }
        }
        return -1;
    }

    /** The intensifier value of the one-word modifier at {@code tokens[index]}, 0 if it is none. */
    private double intensifierValue(List<Token> tokens, Vocabulary.Entry[] known, int index) {
        TermIndex.Match<Modifier> match = modifiers.longestAt(tokens, known, index);
        if (match == null || match.length() != 1) {
            return 0;
        }
        for (int modifierNo = 0; modifierNo < match.values().size(); modifierNo++) {
            Modifier modifier = match.values().get(modifierNo);
            if (modifier.kind() == Modifier.Kind.INTENSIFIER) {
                return modifier.value();
            }
        }
        return 0;
    }
}
