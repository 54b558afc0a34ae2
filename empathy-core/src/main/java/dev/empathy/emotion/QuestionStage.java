package dev.empathy.emotion;

import dev.empathy.internal.text.Sentence;
import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Questions: in a sentence with a question mark, the strongest question opener adds confusion ("what does
 * this mean?") and the strongest worry opener at the start of a clause adds anxiety ("will I lose my
 * data?"), unless the lexicon already found that emotion on those words; repeated marks raise both
 * ({@code question.repeated.step}). Bare "??" with no opener and no "!" reads as confusion.
 */
final class QuestionStage implements CueStage.PerSentence {

    private final TermIndex<Modifier> questions;
    private final Parameters parameters;

    QuestionStage(Lexicon lexicon) {
        this.questions = lexicon.questions;
        this.parameters = lexicon.parameters;
    }

    @Override
    public SentenceCues apply(String text, SentenceCues found) {
        Sentence sentence = found.sentence();
        int questionMarks = found.marks().questions();
        int lastMark = found.marks().lastQuestion();
        if (questionMarks == 0) {
            return found;
        }
        List<LexiconCue> cues = new ArrayList<>(found.cues());
        List<Token> tokens = found.tokens();
        double boost = 1 + parameters.repeatedQuestionStep() * Math.min(questionMarks - 1, 3);
        boolean confusion = addOpener(cues, tokens, found.known(), Modifier.Kind.QUESTION, Emotion.CONFUSION, boost);
        boolean worry = addOpener(cues, tokens, found.known(), Modifier.Kind.WORRY, Emotion.ANXIETY, boost);
        if (!confusion && !worry && questionMarks >= 2 && !found.hasExclamation()) {
            // "??" alone: confusion; "will I lose it??": worry; "INCONVENIENCE?!?!": outrage, not confusion
            int start = lastMark;
            while (start > sentence.start() && text.charAt(start - 1) == '?') {
                start--;
            }
            cues.add(LexiconCue.of(start, lastMark + 1, -1, Emotion.CONFUSION,
                    parameters.repeatedQuestionWeight() * boost, Cue.Source.QUESTION));
        }
        return found.withCues(cues);
    }

    /**
     * Adds to {@code cues} a cue of {@code emotion} for the strongest opener of {@code kind} ("what does"
     * for confusion, "will I lose" for anxiety), unless a cue of that emotion already covers its words.
     * Returns true if the sentence has such an opener.
     */
    private boolean addOpener(List<LexiconCue> cues, List<Token> tokens, Vocabulary.Entry[] known, Modifier.Kind kind,
                              Emotion emotion, double boost) {
        Modifier best = null;
        int bestAt = -1;
        int bestLength = 0;
        for (int i = 0; i < tokens.size(); i++) {
            TermIndex.Match<Modifier> opener = questions.longestAt(tokens, known, i);
            if (opener == null) {
                continue;
            }
            if (kind == Modifier.Kind.WORRY && !startsClause(tokens, i)) {
                continue; // "will I lose" starts a worried question; "where is my order" has no worry in "is my"
            }
            for (int modifierNo = 0; modifierNo < opener.values().size(); modifierNo++) {
                Modifier modifier = opener.values().get(modifierNo);
                if (modifier.kind() == kind && (best == null || modifier.value() > best.value())) {
                    best = modifier;
                    bestAt = i;
                    bestLength = opener.length();
                }
            }
        }
        if (best == null) {
            return false;
        }
        int start = tokens.get(bestAt).start();
        int end = tokens.get(bestAt + bestLength - 1).end();
        for (int cueNo = 0; cueNo < cues.size(); cueNo++) {
            LexiconCue cue = cues.get(cueNo);
            if (cue.emotion() == emotion && cue.start() < end && start < cue.end()) {
                return true; // the lexicon already counted these words ("how do i", "what if")
            }
        }
        cues.add(LexiconCue.of(start, end, bestAt, emotion, best.value() * parameters.questionScale() * boost,
                Cue.Source.QUESTION));
        return true;
    }

    /** Words that may open a clause before a worry opener: "And what about my deposit?", "But will I lose it?" */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "so", "also", "ok", "okay", "oh");

    /**
     * True if {@code tokens[index]} is the sentence's first word or follows punctuation ("..., will I lose it?"),
     * after at most one clause opener ("And what about my deposit?").
     */
    private static boolean startsClause(List<Token> tokens, int index) {
        boolean opener = false;
        for (int i = index - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (token.isWord()) {
                if (opener || !CLAUSE_OPENERS.contains(token.key())) {
                    return false;
                }
                opener = true;
                continue;
            }
            if (token.kind() == Token.Kind.PUNCTUATION) {
                return true;
            }
        }
        return true;
    }
}
