package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Questions that challenge the company instead of asking it something: the annotation guide's frustration
 * ("annoyance at a problem or an obstacle") said as a question, and its sarcasm rule (label the real emotion).
 * Two forms, read from {@code complaint-structure.tsv}:
 * <ul>
 *   <li>a {@code challenge} phrase in a clause ("how about actually sending it?", "care to reply?", "is it too
 *       much to ask", "since when does ...", "what's up with that?") is a challenge wherever it stands; a
 *       {@code kind} phrase is one when its question closes on a {@code be} word and a {@code pointer} word
 *       ("what sort of answer is that?"; "what kind of plans do you have?" is a question);</li>
 *   <li>a question asked with repeated marks ("held for a future date???") in a message about a service
 *       failure (a {@code failure} situation) is annoyance at it, not puzzlement: "any word on the new
 *       plans???" with no failure stays a question.</li>
 * </ul>
 * A challenge adds a frustration cue of {@code challenge.weight} on its phrase (on the marks for the second
 * form) unless a complaint cue already covers it, and the sentence's puzzled question cues count as
 * frustration ({@link CueModifier#INDIGNANT} on both). Runs on the whole message (the second form reads its
 * situation). Immutable and thread-safe; linear in the message's tokens times the longest phrase.
 */
final class ChallengeQuestionStage implements CueStage {

    private final ComplaintStructure structure;
    private final double complaintMin;

    ChallengeQuestionStage(ComplaintStructure structure, Parameters parameters) {
        this.structure = structure;
        this.complaintMin = parameters.sarcasmComplaintMin();
    }

    @Override
    public MessageCues apply(MessageCues message) {
        if (structure.challengeWeight == 0) {
            return message;
        }
        boolean failure = structure.aboutFailure(message);
        String text = message.text();
        return message.mapSentences(new UnaryOperator<>() { // a class, not a lambda: see CueStage
            @Override
            public SentenceCues apply(SentenceCues sentence) {
                return ChallengeQuestionStage.this.apply(text, sentence, failure);
            }
        });
    }

    private SentenceCues apply(String text, SentenceCues sentence, boolean failure) {
        List<Token> tokens = sentence.tokens();
        int[] span = challenge(tokens, sentence.wordClasses());
        if (span == null && failure) {
            span = repeatedMarks(tokens);
        }
        if (span == null) {
            return sentence;
        }
        int start = tokens.get(span[0]).start();
        int end = tokens.get(span[1]).end();
        boolean covered = false;
        for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
            LexiconCue cue = sentence.cues().get(cueNo);
            covered |= cue.start() < end && start < cue.end() && cue.isComplaint(complaintMin);
        }
        SentenceCues out = sentence.map(new UnaryOperator<>() { // a class, not a lambda: see CueStage
            @Override
            public LexiconCue apply(LexiconCue cue) {
                return puzzled(cue) ? cue.as(Emotion.FRUSTRATION).with(CueModifier.INDIGNANT) : cue;
            }
        });
        if (covered) {
            return out;
        }
        List<LexiconCue> cues = new ArrayList<>(out.cues());
        cues.add(LexiconCue.of(start, end, span[0], Emotion.FRUSTRATION, structure.challengeWeight, Cue.Source.QUESTION)
                .with(CueModifier.INDIGNANT));
        return out.withCues(cues);
    }

    /** A question's own confusion cue, not explicit confusion ("I don't understand" stays). */
    private static boolean puzzled(LexiconCue cue) {
        return cue.emotion() == Emotion.CONFUSION && cue.weight() > 0 && cue.source() == Cue.Source.QUESTION
                && cue.baseWeight() < ComplaintToneStage.EXPLICIT_CONFUSION;
    }

    /**
     * The first and last token index of the first challenge phrase in a clause, or null. The phrases are read
     * word by word down {@link ComplaintStructure#phrases}' tree, so a word that starts none ({@code classes}, the
     * sentence's {@link SentenceCues#wordClasses}) is left after one bit test, with no fold, look-up or phrase string
     * (speed, issue 16).
     */
    private int[] challenge(List<Token> tokens, int[] classes) {
        ComplaintStructure.PhraseWords root = structure.phrases();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isWord() || (classes[i] & ComplaintStructure.PHRASE_START) == 0) {
                continue;
            }
            ComplaintStructure.PhraseWords first = root.then(token.folded());
            if (first != null) {
                int[] span = challengeFrom(tokens, i, first);
                if (span != null) {
                    return span;
                }
            }
        }
        return null;
    }

    /** The first challenge phrase starting at word {@code i}, whose first word leads to {@code node}, or null. */
    private int[] challengeFrom(List<Token> tokens, int i, ComplaintStructure.PhraseWords node) {
        int j = i;
        while (true) {
            if (node.endsChallenge() || node.endsKind() && closesOnPointer(tokens, j + 1)) {
                return new int[] {i, j};
            }
            do { // the next word of the clause; quotes between words are skipped: "Care to 'REPLY'"
                j++;
                if (j >= tokens.size() || tokens.get(j).isClauseBreak()) {
                    return null;
                }
            } while (!tokens.get(j).isWord());
            node = node.then(tokens.get(j).folded());
            if (node == null) {
                return null;
            }
        }
    }

    /** True if the clause from {@code from} ends with a be word, a pointer word and a '?': "... is that?". */
    private boolean closesOnPointer(List<Token> tokens, int from) {
        String before = null;
        String last = null;
        for (int k = from; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.isClauseBreak()) {
                return token.key().indexOf('?') >= 0 && before != null
                        && structure.is("be", before) && structure.is("pointer", last);
            }
            if (token.isWord()) {
                before = last;
                last = token.folded();
            }
        }
        return false;
    }

    /** The first run of two or more '?' closing words ("date???", "account ??"), as a token span, or null. */
    private static int[] repeatedMarks(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != Token.Kind.PUNCTUATION || token.key().indexOf('!') >= 0) {
                continue;
            }
            boolean repeated = token.key().indexOf('?') != token.key().lastIndexOf('?')
                    || token.key().equals("?") && i + 1 < tokens.size() && tokens.get(i + 1).key().startsWith("?");
            if (repeated) {
                return new int[] {i, i};
            }
        }
        return null;
    }
}
