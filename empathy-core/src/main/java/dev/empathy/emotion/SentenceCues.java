package dev.empathy.emotion;

import dev.empathy.internal.text.Folding;
import dev.empathy.internal.text.Sentence;
import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One sentence as the lexicon engine reads it: the cues and signals found so far, and what the
 * {@link CueFinder} learnt of the sentence's structure. Immutable; stages return changed copies.
 *
 * @param sentence              the sentence, with the analyzer's tokens
 * @param tokens                its tokens for matching ({@link SocialText}: mentions and URLs dropped,
 *                              "pls" read as "please"); offsets into the original text
 * @param known                 the {@link Vocabulary} entry of each of {@code tokens} (null where a key is unknown),
 *                              looked up once for every index and stage; never changed
 * @param wordClasses           the structure word classes of each word of {@code tokens} once folded (0 for other tokens) ({@link SupportStructure}'s
 *                              bits such as {@link SupportStructure#CONDITIONAL}, {@link ComplaintStructure}'s such as
 *                              {@link ComplaintStructure#NEGATOR}; {@link Vocabulary#wordClasses}), so that stages test bits
 *                              instead of folding and looking words up; never changed
 * @param cues                  the cues, in the order found until {@link CueStage#IN_TEXT_ORDER}, in
 *                              text order after it
 * @param signals               the signals, in the order found, without duplicates
 * @param hashtags              the spans {@code [start, end)} of its hashtags, e.g. "#neveragain"
 * @param contrast              its contrast markers
 * @param strongWaitOrRepeatAt  the start of its first clear wait or repeat ("for three weeks", not a bare
 *                              "again"), or {@link Integer#MAX_VALUE}
 * @param chars                 its chars, {@code text[sentence.start(), sentence.end())}, copied once: loops over a
 *                              sentence's chars read this array, not {@code text.charAt} (the JIT's hoisted checks of a
 *                              {@code charAt} loop fail when Latin-1 and UTF-16 texts alternate, emoji or curly quotes,
 *                              and each failure compiled the method containing the loop again: issue 16); never changed
 * @param marks                 its '!' and '?' marks
 */
record SentenceCues(Sentence sentence, List<Token> tokens, Vocabulary.Entry[] known, int[] wordClasses, List<LexiconCue> cues,
                    List<Signal> signals,
                    List<int[]> hashtags, Contrast contrast, int strongWaitOrRepeatAt, char[] chars,
                    Marks marks) {

    /**
     * The contrast markers of a sentence.
     *
     * @param opening the discount when the sentence opens with one ("But", "However"), 1 if it does not
     * @param at      the char offset of the last one inside the sentence ("thanks, but ..."), -1 if none
     * @param value   that one's discount of the cues before it
     */
    record Contrast(double opening, int at, double value) {
    }

    /**
     * The '!' and '?' marks of a sentence, counted once when it is found, for the stages that weigh them.
     *
     * @param exclamations how many '!' it holds
     * @param questions    how many '?' it holds
     * @param lastQuestion the offset of its last '?' in the message, -1 if none
     */
    record Marks(int exclamations, int questions, int lastQuestion) {

        private static final Marks NONE = new Marks(0, 0, -1);

        /** The marks of {@code chars}, the chars of a sentence starting at offset {@code start}. */
        static Marks of(char[] chars, int start) {
            int exclamations = 0;
            int questions = 0;
            int lastQuestion = -1;
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] == '!') {
                    exclamations++;
                } else if (chars[i] == '?') {
                    questions++;
                    lastQuestion = start + i;
                }
            }
            return exclamations == 0 && questions == 0 ? NONE : new Marks(exclamations, questions, lastQuestion);
        }
    }

    /** {@return {@code text[start, end)} as a new array} */
    static char[] chars(String text, int start, int end) {
        char[] chars = new char[end - start];
        text.getChars(start, end, chars, 0);
        return chars;
    }

    SentenceCues {
        cues = FixedList.of(cues); // one list class for every length (speed, issue 16: see FixedList)
        signals = FixedList.of(signals);
    }

    /** These cues, with {@code change} applied to each. */
    SentenceCues map(UnaryOperator<LexiconCue> change) {
        List<LexiconCue> changed = null; // allocated at the first changed cue: most stages change none (speed, issue 16)
        for (int i = 0; i < cues.size(); i++) {
            LexiconCue cue = cues.get(i);
            LexiconCue after = change.apply(cue);
            if (changed == null && after != cue) {
                changed = new ArrayList<>(cues.size());
                changed.addAll(cues.subList(0, i));
            }
            if (changed != null) {
                changed.add(after);
            }
        }
        return changed == null ? this : withCues(changed);
    }

    /**
     * {@code SupportStructure.fold(text.substring(cue.start(), cue.end()))}, the cue's text folded as the word lists
     * are written, without folding it where that is not needed (speed, issue 16: each stage that folded a cue's text had
     * the JIT compile the whole fold, {@code toLowerCase} and {@code replace}, into its loop). A cue that is exactly one
     * token, whose chars are ASCII or {@code U+2019} and whose key is those chars in lower case with {@code '} for
     * {@code U+2019}, has that token's {@link Token#folded()} as its fold: the same lower case, apostrophes dropped,
     * and nothing to strip or collapse. Another cue of ASCII chars and {@code U+2019} (a phrase, a rewritten token such
     * as "pls") is folded by {@link Folding#foldAscii}; any other (another script, {@code U+2018} or {@code U+02BC}, which the
     * fold keeps but a key turns to {@code '}, a control char) by the general fold.
     *
     * @param text the message text, of which this is a sentence
     */
    String foldedText(String text, LexiconCue cue) {
        int index = cue.tokenIndex();
        if (index >= 0 && index < tokens.size()) {
            Token token = tokens.get(index);
            if (token.start() == cue.start() && token.end() == cue.end() && spellsKey(token)) {
                return token.folded();
            }
        }
        int from = cue.start() - sentence.start();
        String folded = chars == null || from < 0 || cue.end() - sentence.start() > chars.length ? null
                : Folding.foldAscii(chars, from, cue.end() - sentence.start());
        return folded != null ? folded : SupportStructure.fold(text.substring(cue.start(), cue.end()));
    }

    /**
     * True if {@code token}'s chars in this sentence are ASCII or {@code U+2019} and its key is them in lower case
     * ({@code A-Z} only) with {@code '} for {@code U+2019}; reads {@link #chars}, not the text (see there).
     */
    private boolean spellsKey(Token token) {
        String key = token.key();
        int from = token.start() - sentence.start();
        int length = token.end() - token.start();
        if (chars == null || from < 0 || from + length > chars.length || key.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = chars[from + i];
            char lower = c == '\u2019' ? '\'' : Folding.lowerAscii(c);
            if (lower >= 128 || key.charAt(i) != lower) {
                return false;
            }
        }
        return true;
    }

    /** {@return the start offsets of this sentence's wait and repeated-contact signals} A new, mutable set each call. */
    Set<Integer> waitOrRepeatStarts() {
        Set<Integer> starts = new HashSet<>();
        for (int signalNo = 0; signalNo < signals.size(); signalNo++) {
            Signal signal = signals.get(signalNo);
            if (signal.type() == SignalType.LONG_WAIT || signal.type() == SignalType.REPEATED_CONTACT) {
                starts.add(signal.start());
            }
        }
        return starts;
    }

    /** True if this sentence holds a '!'. */
    boolean hasExclamation() {
        return marks.exclamations() > 0;
    }

    SentenceCues withCues(List<LexiconCue> newCues) {
        return new SentenceCues(sentence, tokens, known, wordClasses, newCues, signals, hashtags, contrast, strongWaitOrRepeatAt, chars, marks);
    }

    /** This sentence with {@code newCues} and {@code newSignals} (in order, without duplicates). */
    SentenceCues with(List<LexiconCue> newCues, Collection<Signal> newSignals) {
        return new SentenceCues(sentence, tokens, known, wordClasses, newCues, FixedList.of(newSignals), hashtags, contrast, strongWaitOrRepeatAt, chars, marks);
    }

    /** A signal over {@code text[start, end)}. */
    static Signal signal(String text, SignalType type, int start, int end) {
        return new Signal(type, start, end, text.substring(start, end));
    }
}
