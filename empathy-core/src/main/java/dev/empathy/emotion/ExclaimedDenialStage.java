package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement that denies something and is exclaimed is a complaint even with no emotion word: "we stayed four
 * nights, not five!!", "if you can't cope with one bank holiday !!!!!!". The annotation guide reads a complaint about a
 * failure as frustration; the repeated marks are its intensity. A sentence with two or more '!' in a row, a
 * {@code negator} word before them, no '?', no praise or thanks still counting and no complaint cue of its own
 * (at least {@code sarcasm.complaint.min}) gets a frustration cue of {@code exclaimed.weight} on the marks
 * ({@link CueModifier#EXCLAMATION}; {@code complaint-structure.tsv}). "No need to call, email is fine!!" keeps
 * its praise, and a question ("isn't it ready yet?!") is left to {@link IndignantQuestionStage}. Immutable and
 * thread-safe; linear in the sentence's tokens and cues.
 */
final class ExclaimedDenialStage implements CueStage.PerSentence {

    private final ComplaintStructure structure;
    private final double complaintMin;

    ExclaimedDenialStage(ComplaintStructure structure, Parameters parameters) {
        this.structure = structure;
        this.complaintMin = parameters.sarcasmComplaintMin();
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        if (structure.exclaimedWeight == 0 || sentence.marks().exclamations() < 2) {
            return sentence; // repeated marks need two '!' in the sentence's chars (speed, issue 16)
        }
        List<Token> tokens = sentence.tokens();
        int marks = -1;
        boolean denied = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Token.Kind.PUNCTUATION && token.key().indexOf('?') >= 0) {
                return sentence;
            }
            if (marks < 0 && denied && repeatedExclamation(tokens, i)) {
                marks = i;
            }
            if (token.isWord()) {
                int classes = sentence.wordClasses()[i]; // its classes once folded: bits, not look-ups (speed, issue 16)
                if ((classes & ComplaintStructure.REQUEST) != 0) {
                    return sentence; // "please don't call, email me instead!!": a request, not a complaint
                }
                denied |= (classes & ComplaintStructure.NEGATOR) != 0;
            }
        }
        if (marks < 0) {
            return sentence;
        }
        for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
            LexiconCue cue = sentence.cues().get(cueNo);
            if (cue.has(CueModifier.NEGATED)) {
                return sentence; // the denial is of an emotion word ("never fear!!"): negation has read it
            }
            if (cue.weight() > 0 && !cue.has(CueModifier.SARCASTIC)
                    && (cue.emotion() == Emotion.SATISFACTION || cue.emotion() == Emotion.GRATITUDE
                    || cue.isComplaint(complaintMin))) {
                return sentence;
            }
        }
        Token at = tokens.get(marks);
        List<LexiconCue> cues = new ArrayList<>(sentence.cues());
        cues.add(LexiconCue.of(at.start(), at.end(), -1, Emotion.FRUSTRATION, structure.exclaimedWeight,
                Cue.Source.SYMBOL).with(CueModifier.EXCLAMATION));
        return sentence.withCues(cues);
    }

    /** True if the token at {@code i} is "!!" or more, or a '!' followed by another. */
    private static boolean repeatedExclamation(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.kind() != Token.Kind.PUNCTUATION || token.key().indexOf('!') < 0) {
            return false;
        }
        if (token.key().indexOf('!') != token.key().lastIndexOf('!')) {
            return true;
        }
        return i + 1 < tokens.size() && tokens.get(i + 1).kind() == Token.Kind.PUNCTUATION
                && tokens.get(i + 1).key().startsWith("!");
    }
}
