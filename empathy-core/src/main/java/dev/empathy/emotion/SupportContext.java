package dev.empathy.emotion;

import dev.empathy.internal.text.Chars;
import dev.empathy.internal.text.Folding;
import dev.empathy.internal.text.Token;
import dev.empathy.situation.SituationCue;
import dev.empathy.situation.SituationReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a message reads as written to a company about what it provides: the context in which one failure
 * word is a failure ({@link SituationEvidence}) and praise beside a complaint is ironic ({@link IronicPraiseStage}).
 * A message is in a support context when
 * <ul>
 *   <li>it is addressed to someone by an @handle ("@ShopHelp ..."), or</li>
 *   <li>it names a {@code service} word: what a company provides or the company addressed ("order", "app",
 *       "your"), or</li>
 *   <li>its detected situation rests on two different cues ("charged twice ... the money"), or on a cue that acts
 *       on the writer's own thing, a {@code possessive} word right after it ("they locked my profile").</li>
 * </ul>
 * "The kids were up and down all night" and "loved the first film, they scrapped the sequel" are not: one word with another sense, and
 * praise and complaint about different things. The words are {@code service} and {@code possessive} lines of
 * {@code situation-evidence.tsv}, folded (lower case, apostrophes dropped). Immutable and thread-safe; linear in
 * the tokens and the situation's cues.
 */
final class SupportContext {

    /** No support context anywhere: no word lists (a classifier without situation data). */
    static final SupportContext NONE = new SupportContext(Set.of(), Set.of());

    private final Set<String> service; // folded words: "order", "account", "your"
    private final Set<String> possessive; // folded words: "my", "our"

    SupportContext(Set<String> service, Set<String> possessive) {
        this.service = Set.copyOf(service);
        this.possessive = Set.copyOf(possessive);
    }

    /** True if {@code message} is in a support context (see the class comment). */
    boolean holds(MessageCues message) {
        if (this == NONE) {
            return false;
        }
        String text = message.text();
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            List<Token> tokens = message.sentences().get(sentenceNo).sentence().tokens();
            for (int tokenNo = 0; tokenNo < tokens.size(); tokenNo++) {
                Token token = tokens.get(tokenNo);
                if (token.isWord() && (isInMention(text, token.start()) || service.contains(token.folded()))) {
                    return true; // an @handle (written to someone, as to a support account) or a service word
                }
            }
        }
        return !message.situation().cues().isEmpty() && restsOnMoreThanOneWord(message);
    }

    /**
     * Two different cues, or a cue followed by a possessive word ("froze my card"). Its own method, out of
     * {@link #holds}: most messages have no situation cue, and the JIT need not compile its lists into every stage
     * that asks (speed, issue 16).
     */
    private boolean restsOnMoreThanOneWord(MessageCues message) {
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>(); // where each of words starts in the text
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            List<Token> tokens = message.sentences().get(sentenceNo).sentence().tokens();
            for (int tokenNo = 0; tokenNo < tokens.size(); tokenNo++) {
                Token token = tokens.get(tokenNo);
                if (token.isWord()) {
                    words.add(token.folded());
                    starts.add(token.start());
                }
            }
        }
        return restsOnMoreThanOneWord(message.situation(), words, starts);
    }

    /** Two different cues, or a cue followed by a possessive word ("froze my card"). */
    private boolean restsOnMoreThanOneWord(SituationReading situation, List<String> words, List<Integer> starts) {
        String first = null;
        int next = 0;
        for (int cueNo = 0; cueNo < situation.cues().size(); cueNo++) { // cues in text order
            SituationCue cue = situation.cues().get(cueNo);
            while (next < starts.size() && starts.get(next) < cue.end()) {
                next++;
            }
            if (next < words.size() && possessive.contains(words.get(next))) {
                return true;
            }
            if (first == null) {
                first = cue.text();
            } else if (!Folding.sameFold(first, cue.text())) {
                return true;
            }
        }
        return false;
    }

    /** True if the word at {@code start} is part of an @handle ("@VirginTrains", "@British_Airways"). */
    static boolean isInMention(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (Chars.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '@';
    }
}
