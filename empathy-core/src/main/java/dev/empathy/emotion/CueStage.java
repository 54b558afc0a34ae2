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

        /** True if {@code cues} are sorted by start, then end. */
        static boolean inTextOrder(List<LexiconCue> cues) {
            for (int i = 1; i < cues.size(); i++) {
                LexiconCue before = cues.get(i - 1);
                LexiconCue cue = cues.get(i);
                if (before.start() > cue.start() || (before.start() == cue.start() && before.end() > cue.end())) {
                    return false;
                }
            }
            return true;
        }

        SentenceCues apply(String text, SentenceCues sentence);

        @Override
        default MessageCues apply(MessageCues message) {
            String text = message.text();
            List<SentenceCues> sentences = message.sentences();
            List<SentenceCues> changed = null; // a loop, not mapSentences with a lambda: no allocation when nothing changes
            for (int i = 0; i < sentences.size(); i++) {
                SentenceCues sentence = sentences.get(i);
                SentenceCues after = apply(text, sentence);
                if (changed == null && after != sentence) {
                    changed = new ArrayList<>(sentences.size());
                    changed.addAll(sentences.subList(0, i));
                }
                if (changed != null) {
                    changed.add(after);
                }
            }
            return changed == null ? message : message.withSentences(changed);
        }
    }

    /** Puts each sentence's cues in text order (by start, then end; ties keep the order found). */
    CueStage IN_TEXT_ORDER = (PerSentence) (text, sentence) -> {
        if (PerSentence.inTextOrder(sentence.cues())) {
            return sentence; // a stable sort would change nothing (speed, issue 16)
        }
        List<LexiconCue> sorted = new ArrayList<>(sentence.cues());
        sorted.sort(Comparator.comparingInt(LexiconCue::start).thenComparingInt(LexiconCue::end));
        return sentence.withCues(sorted);
    };
}
