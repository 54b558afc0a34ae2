package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A persistence term that ends in a negator negates what follows it, as the negator alone would: "still not happy",
 * "still not impressed", "still haven't enjoyed it". The finder matches the longest term first, so the negator
 * inside "still not" (a wait) is not read as a modifier, and the praise after it would read as praise. A lexicon
 * term whose first word is a {@code persistence} word of {@code calm-structure.tsv} ("still") and whose last word is a
 * {@code negator} of {@code modifiers.tsv} opens a negation scope: a cue that starts within
 * {@code negation.scope} tokens after such a term, before a clause break or a {@code clause} or {@code contrast}
 * word of {@code modifiers.tsv}, is negated as {@link NegationStage} does ({@code negation.*} of
 * {@code parameters.tsv}); waits and repeats are never negated. Runs on each sentence right after
 * {@link NegationStage}. Immutable and thread-safe; linear in the sentence.
 */
final class TrailingNegatorStage implements CueStage.PerSentence {

    private final TermIndex<Modifier> modifiers;
    private final CalmStructure calm;
    private final Map<Emotion, Parameters.Negation> negation;
    private final int scope;

    TrailingNegatorStage(Lexicon lexicon, CalmStructure calm) {
        this.modifiers = lexicon.modifiers;
        this.calm = calm;
        this.negation = lexicon.parameters.negation();
        this.scope = lexicon.parameters.negationScope();
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        List<Token> tokens = sentence.tokens();
        int from = -1;
        int until = -1;
        List<LexiconCue> cues = sentence.cues();
        for (int cueNo = 0; cueNo < cues.size(); cueNo++) { // indexed: no iterator on the reading path (issue 16)
            LexiconCue cue = cues.get(cueNo);
            int last = cue.found().lastToken();
            if (cue.source() == Cue.Source.LEXICON && last > cue.tokenIndex() && last < tokens.size()
                    && calm.is("persistence", tokens.get(cue.tokenIndex()).folded())
                    && kindAt(sentence, last) == Modifier.Kind.NEGATOR) {
                from = last + 1;
                until = scopeEnd(sentence, tokens, last);
                break;
            }
        }
        if (from < 0 || until < from) {
            return sentence;
        }
        int start = from;
        int end = until;
        return sentence.map(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                if (cue.tokenIndex() < start || cue.tokenIndex() > end || cue.source() != Cue.Source.LEXICON
                        || cue.found().negated() || cue.has(CueModifier.NEGATED) || inWaitOrRepeat(sentence, cue)) {
                    return cue;
                }
                return negation.get(cue.emotion()).negate(cue);
            }
        });
    }

    /** The last token the negator at {@code last} covers: its scope, cut at a clause break, clause or contrast word. */
    private int scopeEnd(SentenceCues sentence, List<Token> tokens, int last) {
        int end = Math.min(tokens.size() - 1, last + scope);
        for (int i = last + 1; i <= end; i++) {
            Modifier.Kind kind = kindAt(sentence, i);
            if (tokens.get(i).isClauseBreak() || kind == Modifier.Kind.CLAUSE || kind == Modifier.Kind.CONTRAST) {
                return i - 1;
            }
        }
        return end;
    }

    /** The kind of the modifier that starts at token {@code index}, or null. */
    private Modifier.Kind kindAt(SentenceCues sentence, int index) {
        TermIndex.Match<Modifier> match = modifiers.longestAt(sentence.tokens(), sentence.known(), index);
        return match == null ? null : match.values().get(0).kind();
    }

    private static boolean inWaitOrRepeat(SentenceCues sentence, LexiconCue cue) {
        List<Signal> signals = sentence.signals();
        for (int signalNo = 0; signalNo < signals.size(); signalNo++) {
            Signal signal = signals.get(signalNo);
            if ((signal.type() == SignalType.LONG_WAIT || signal.type() == SignalType.REPEATED_CONTACT)
                    && signal.start() < cue.end() && cue.start() < signal.end()) {
                return true;
            }
        }
        return false;
    }
}
