package dev.empathy.emotion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One step of the lexicon engine: takes the message's cues and returns new ones (changed weights,
 * emotions or modifiers, added cues or signals); it never changes what it is given. {@link LexiconEngine}
 * lists the stages in the order they run, which is the algorithm. A stage is immutable and thread-safe.
 *
 * <p>To add a stage: write a class implementing this interface (or {@link PerSentence}) in this package,
 * put its numbers in {@code parameters.tsv} if it has any, and add it to {@link LexiconEngine}'s list.
 */
interface CueStage {

    MessageCues apply(MessageCues message);

    /** A stage that reads one sentence at a time and nothing outside it. */
    interface PerSentence extends CueStage {

        SentenceCues apply(String text, SentenceCues sentence);

        @Override
        default MessageCues apply(MessageCues message) {
            return message.mapSentences(sentence -> apply(message.text(), sentence));
        }
    }

    /** Puts each sentence's cues in text order (by start, then end; ties keep the order found). */
    CueStage IN_TEXT_ORDER = (PerSentence) (text, sentence) -> {
        List<LexiconCue> sorted = new ArrayList<>(sentence.cues());
        sorted.sort(Comparator.comparingInt(LexiconCue::start).thenComparingInt(LexiconCue::end));
        return sentence.withCues(sorted);
    };
}
