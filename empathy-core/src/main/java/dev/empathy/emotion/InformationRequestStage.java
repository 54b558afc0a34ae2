package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A message that ends on a calm request for information asks what to do about a problem; it does not
 * complain about it ("I was charged twice for one concert ticket. How do I claim the extra back?", "my
 * tablet has died. Do I need to send it in for repair?"). The annotation rule for real support messages reads
 * such a calm question or request for information as neutral. When the message's last question (only short
 * closing words such as "Thanks!" may follow it) is a clause that opens with an auxiliary or with an
 * information question word ({@code words info} of {@code support-structure.tsv}: how, what, where, when,
 * which; not "why"), and its sentence has no '!', the frustration cues of the whole message that name a
 * problem rather than feel it (base weight below {@link #NAMING_MAX}) weigh {@code request.factor} of their
 * weight ({@link CueModifier#CALM_QUESTION}), unless the message reports a wait or a repeated contact (the
 * guide's "still", "again"). Stronger words ("this is a joke") and rhetorical questions ("why is it still
 * broken?") keep their weight.
 * Immutable and thread-safe; linear in the message's tokens.
 */
final class InformationRequestStage implements CueStage {

    /** At most this many words may follow the last question ("Thanks in advance :)"). */
    private static final int CLOSING_MAX_WORDS = 4;

    /** Frustration cues below this base weight name a problem ("struggling to", "stopped working"). */
    static final double NAMING_MAX = 1.0;

    private final SupportStructure structure;

    InformationRequestStage(SupportStructure structure) {
        this.structure = structure;
    }

    @Override
    public MessageCues apply(MessageCues message) {
        if (structure.requestFactor == 1 || !hasNamingWord(message) || message.reportsWaitOrRepeat() || !endsOnInformationRequest(message)) {
            return message;
        }
        return message.mapCues(new UnaryOperator<>() { // a class, not a lambda: see CueStage
            @Override
            public LexiconCue apply(LexiconCue cue) {
                return cue.emotion() == Emotion.FRUSTRATION
                        && cue.weight() > 0 && cue.baseWeight() < NAMING_MAX
                        ? cue.times(structure.requestFactor).with(CueModifier.CALM_QUESTION) : cue;
            }
        });
    }

    /** True if a cue that this stage may change is in the message (speed, issue 16). */
    private static boolean hasNamingWord(MessageCues message) {
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            SentenceCues sentence = message.sentences().get(sentenceNo);
            for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                LexiconCue cue = sentence.cues().get(cueNo);
                if (cue.emotion() == Emotion.FRUSTRATION && cue.weight() > 0 && cue.baseWeight() < NAMING_MAX) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean endsOnInformationRequest(MessageCues message) {
        List<SentenceCues> sentences = message.sentences();
        int wordsAfter = 0;
        for (int s = sentences.size() - 1; s >= 0; s--) {
            List<Token> tokens = sentences.get(s).sentence().tokens();
            for (int i = tokens.size() - 1; i >= 0; i--) {
                Token token = tokens.get(i);
                if (token.key().indexOf('!') >= 0) {
                    return false;
                }
                if (token.key().indexOf('?') >= 0) {
                    return !hasExclamation(tokens) && opensAsInformationRequest(tokens, i);
                }
                if (token.isWord() && ++wordsAfter > CLOSING_MAX_WORDS) {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean hasExclamation(List<Token> tokens) {
        for (int tokenNo = 0; tokenNo < tokens.size(); tokenNo++) {
            Token token = tokens.get(tokenNo);
            if (token.key().indexOf('!') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True if the clause ending at tokens[end] opens, after openers such as "hi" or "so", with an auxiliary or an info word. */
    private boolean opensAsInformationRequest(List<Token> tokens, int end) {
        int from = 0;
        for (int i = end - 1; i >= 0; i--) {
            if (tokens.get(i).isClauseBreak()) {
                from = i + 1;
                break;
            }
        }
        for (int i = from; i < end; i++) {
            Token token = tokens.get(i);
            if (!token.isWord()) {
                continue;
            }
            int classes = structure.classesOf(token.folded());
            if ((classes & SupportStructure.OPENER) == 0) {
                return (classes & (SupportStructure.AUXILIARY | SupportStructure.INFO)) != 0;
            }
        }
        return false;
    }
}
