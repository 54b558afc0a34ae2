package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A complaint word said of the company's people is contempt for them, which the annotation guide of real
 * support messages reads as anger ("hostility at the company or its people: insults, accusations, contempt"):
 * a {@code people} word, a {@code be} word and the cue, with only {@code filler} words between ("you guys are
 * really useless", "u r a fraud", "you people are clueless"), reads anger ({@link CueModifier#AT_THE_COMPANY}).
 * An anxiety cue on the same words as an anger cue so said ("fraud", "stolen") is the accusation, not worry,
 * and reads anger too. Said of a thing ("your app is useless", "the wait is awful") a cue stays as it was.
 * The words are the classes of {@code complaint-structure.tsv}, read as each token's bits
 * ({@link SentenceCues#wordClasses}, {@link ComplaintStructure#PEOPLE}, ...). Immutable and thread-safe; linear in the
 * sentence's cues times the few words looked back.
 */
final class SaidOfPeopleStage implements CueStage.PerSentence {

    /** How many filler words may stand between the people word and the be word, and between it and the cue. */
    private static final int FILLER_WINDOW = 3;

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        List<Token> tokens = sentence.tokens();
        int[] classes = sentence.wordClasses(); // each token's classes once folded: bits, not look-ups (speed, issue 16)
        List<LexiconCue> cues = sentence.cues();
        List<int[]> accusations = new ArrayList<>(); // spans of anger cues said of people
        for (int cueNo = 0; cueNo < cues.size(); cueNo++) {
            LexiconCue cue = cues.get(cueNo);
            if (cue.emotion() == Emotion.ANGER && cue.weight() > 0 && saidOfPeople(tokens, classes, cue)) {
                accusations.add(new int[] {cue.start(), cue.end()});
            }
        }
        return sentence.map(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                if (cue.weight() <= 0 || cue.source() != Cue.Source.LEXICON || cue.has(CueModifier.NEGATED)
                        || cue.has(CueModifier.SARCASTIC)) {
                    return cue;
                }
                boolean judgement = cue.emotion() == Emotion.FRUSTRATION || cue.emotion() == Emotion.DISAPPOINTMENT;
                boolean accusation = cue.emotion() == Emotion.ANXIETY && sameSpan(accusations, cue);
                return (judgement && saidOfPeople(tokens, classes, cue)) || accusation
                        ? cue.as(Emotion.ANGER).with(CueModifier.AT_THE_COMPANY) : cue;
            }
        });
    }

    private static boolean sameSpan(List<int[]> spans, LexiconCue cue) {
        for (int[] span : spans) {
            if (span[0] == cue.start() && span[1] == cue.end()) {
                return true;
            }
        }
        return false;
    }

    /** True if a people word and a be word come before the cue, with at most a few fillers between. */
    private boolean saidOfPeople(List<Token> tokens, int[] classes, LexiconCue cue) {
        int i = skipFillers(tokens, classes, cue.tokenIndex() - 1);
        if (i < 0 || !is(ComplaintStructure.BE, tokens, classes, i)) {
            return false;
        }
        String be = tokens.get(i).folded();
        if (be.equals("youre")) {
            return true; // "youre useless": the people word and the be word in one token
        }
        int subject = skipFillers(tokens, classes, i - 1);
        return subject >= 0 && is(ComplaintStructure.PEOPLE, tokens, classes, subject);
    }

    /** The index of the first word at or before {@code from} that is not a filler (at most a few skipped), or -1. */
    private int skipFillers(List<Token> tokens, int[] classes, int from) {
        int i = from;
        int skipped = 0;
        while (i >= 0 && tokens.get(i).isWord() && is(ComplaintStructure.FILLER, tokens, classes, i)) {
            if (++skipped > FILLER_WINDOW) {
                return -1;
            }
            i--;
        }
        return i >= 0 && tokens.get(i).isWord() ? i : -1;
    }

    /** True if {@code tokens[i]} is a word of the class {@code bit} ({@link ComplaintStructure#PEOPLE}, ...). */
    private static boolean is(int bit, List<Token> tokens, int[] classes, int i) {
        return tokens.get(i).isWord() && (classes[i] & bit) != 0;
    }
}
