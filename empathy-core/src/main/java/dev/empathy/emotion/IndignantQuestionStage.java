package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Questions that are complaints, read from their form ({@link CueModifier#INDIGNANT}):
 * <ul>
 *   <li>a question asked with '?!' ("Why is the album not on the app ?!", "covered in mould?!") is
 *       rhetorical: its puzzled question cues count as frustration, and a sentence with a question or
 *       frustration cue but no complaint cue gets one of {@code indignant.weight} on the marks ("[name]?!"
 *       alone is surprise, not a complaint);</li>
 *   <li>profanity that asks about a problem ("why tf is my screen flickering", "wtf is happening with my refund", "how
 *       the hell do I reset it") is annoyance at the problem, frustration, not anger at people; aimed at
 *       people ("who the hell ...", "wtf are you doing", "wtf is that": a {@code target} word within three
 *       words after it) it stays anger;</li>
 *   <li>a curse word said of a thing ("my fucking phone", "my router is fucked") is frustration; said of
 *       people or the company ("your stupid staff", "this company is garbage") it stays anger.</li>
 * </ul>
 * Immutable and thread-safe; linear in the sentence's tokens and cues.
 */
final class IndignantQuestionStage implements CueStage.PerSentence {

    private final SupportStructure structure;
    private final double complaintMin;

    /** How many words after the profanity may name its target: "why the fuck are you ...". */
    private static final int TARGET_WINDOW = 3;

    IndignantQuestionStage(SupportStructure structure, Parameters parameters) {
        this.structure = structure;
        this.complaintMin = parameters.sarcasmComplaintMin();
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        List<Token> tokens = sentence.tokens();
        SentenceCues out = !hasAnger(sentence) ? sentence : sentence.map(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                return cue.emotion() == Emotion.ANGER && cue.weight() > 0
                        && (asksAboutAProblem(text, sentence, cue) || saidOfAThing(text, sentence, cue))
                        ? cue.as(Emotion.FRUSTRATION).with(CueModifier.INDIGNANT) : cue;
            }
        });
        Token marks = indignantMarks(tokens);
        if (marks == null || structure.indignantWeight == 0) {
            return out;
        }
        boolean asked = false;
        for (int cueNo = 0; cueNo < out.cues().size(); cueNo++) {
            LexiconCue cue = out.cues().get(cueNo);
            asked |= cue.weight() > 0 && (puzzled(cue) || cue.emotion() == Emotion.FRUSTRATION || cue.emotion() == Emotion.ANGER);
        }
        if (!asked) { // "[name]?!": surprise, not a question about a problem
            return out;
        }
        out = out.map(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                return puzzled(cue) && cue.weight() > 0
                        ? cue.as(Emotion.FRUSTRATION).with(CueModifier.INDIGNANT) : cue;
            }
        });
        for (int cueNo = 0; cueNo < out.cues().size(); cueNo++) {
            LexiconCue cue = out.cues().get(cueNo);
            if (cue.isComplaint(complaintMin)) {
                return out;
            }
        }
        List<LexiconCue> cues = new ArrayList<>(out.cues());
        cues.add(LexiconCue.of(marks.start(), marks.end(), tokens.indexOf(marks), Emotion.FRUSTRATION,
                structure.indignantWeight, Cue.Source.QUESTION).with(CueModifier.INDIGNANT));
        return out.withCues(cues);
    }

    private static boolean hasAnger(SentenceCues sentence) {
        for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
            LexiconCue cue = sentence.cues().get(cueNo);
            if (cue.emotion() == Emotion.ANGER) {
                return true;
            }
        }
        return false;
    }

    /** A question's confusion, not explicit confusion ("I don't understand" stays): see {@link ComplaintToneStage}. */
    private static boolean puzzled(LexiconCue cue) {
        return cue.emotion() == Emotion.CONFUSION && cue.baseWeight() < ComplaintToneStage.EXPLICIT_CONFUSION;
    }

    /** The first run of marks with both '?' and '!' ("?!", "!?", "?!?!", or "?" then "!"), or null. */
    private static Token indignantMarks(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != Token.Kind.PUNCTUATION) {
                continue;
            }
            String key = token.key();
            boolean question = key.indexOf('?') >= 0;
            if (question && key.indexOf('!') >= 0) {
                return token;
            }
            if (question && i + 1 < tokens.size() && tokens.get(i + 1).key().startsWith("!")) {
                return token;
            }
        }
        return null;
    }

    /**
     * True if {@code cue} is profanity ("tf", "the hell", "wtf") asking about a problem: after a question
     * word other than "who" ("why tf", "how the hell"), or "wtf" before an auxiliary ("wtf is going on").
     */
    private boolean asksAboutAProblem(String text, SentenceCues sentence, LexiconCue cue) {
        List<Token> tokens = sentence.tokens();
        if (cue.tokenIndex() < 0 || !structure.is(SupportStructure.PROFANITY, sentence.foldedText(text, cue))) {
            return false;
        }
        int last = cue.found().lastToken() >= 0 ? cue.found().lastToken() : cue.tokenIndex();
        if (aimedAtSomeone(tokens, last + 1)) {
            return false;
        }
        int before = previousWord(tokens, cue.tokenIndex());
        if (before >= 0 && structure.is(SupportStructure.WH, tokens.get(before).folded())) {
            return true;
        }
        int after = last + 1;
        return after < tokens.size() && tokens.get(after).isWord()
                && structure.is(SupportStructure.AUXILIARY, tokens.get(after).folded())
                && structure.is(SupportStructure.WH, tokens.get(cue.tokenIndex()).folded());
    }

    /**
     * True if {@code cue} is a curse word said of a thing: after a determiner and before a word that is not a
     * person or the company ("my fucking phone", "this stupid app"), or after "is" whose subject is not one
     * ("my router is fucked"); "your stupid staff", "you are shit" and "this company is garbage" stay anger.
     */
    private boolean saidOfAThing(String text, SentenceCues sentence, LexiconCue cue) {
        List<Token> tokens = sentence.tokens();
        if (cue.tokenIndex() < 1 || !structure.is(SupportStructure.CURSING, sentence.foldedText(text, cue))) {
            return false;
        }
        String before = tokens.get(cue.tokenIndex() - 1).folded();
        int last = cue.found().lastToken() >= 0 ? cue.found().lastToken() : cue.tokenIndex();
        if (structure.is(SupportStructure.DETERMINER, before)) {
            return last + 1 < tokens.size() && tokens.get(last + 1).isWord() && !someone(tokens.get(last + 1));
        }
        return structure.is(SupportStructure.AUXILIARY, before) && cue.tokenIndex() >= 2 && tokens.get(cue.tokenIndex() - 2).isWord()
                && !someone(tokens.get(cue.tokenIndex() - 2));
    }

    private boolean someone(Token token) {
        return structure.is(SupportStructure.PERSON | SupportStructure.TARGET | SupportStructure.COMPANY, token.folded());
    }

    /** True if a {@code target} word ("you", "they", "that") is among the few words from {@code from} in the clause. */
    private boolean aimedAtSomeone(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size() && i < from + TARGET_WINDOW; i++) {
            Token token = tokens.get(i);
            if (token.isClauseBreak()) {
                return false;
            }
            if (token.isWord() && structure.is(SupportStructure.TARGET, token.folded())) {
                return true;
            }
        }
        return false;
    }

    private static int previousWord(List<Token> tokens, int index) {
        int i = index - 1;
        return i >= 0 && tokens.get(i).isWord() ? i : -1;
    }
}
