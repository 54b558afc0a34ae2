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
 *
 * <p>No lambda, method reference, stream or string {@code +} on the reading path: pass a class (an anonymous
 * {@code new UnaryOperator<>() {...}} to {@link SentenceCues#map} or {@link MessageCues#mapCues}) and use
 * {@code String.concat}. Each of those links an {@code invokedynamic} call site the first time it runs, and the
 * first one in a JVM sets {@code java.lang.invoke} up, about 10 ms of CPU of the first classification. Building
 * the classifier and reading a one-line message link none (start-up time, issue 17; {@code StartupPathTest} names
 * a call site that breaks it); code that runs only on an error may use them.
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
    CueStage IN_TEXT_ORDER = new InTextOrder();

    /** The stage {@link #IN_TEXT_ORDER}. */
    final class InTextOrder implements PerSentence, Comparator<LexiconCue> {

        private InTextOrder() {
        }

        @Override
        public SentenceCues apply(String text, SentenceCues sentence) {
            if (PerSentence.inTextOrder(sentence.cues())) {
                return sentence; // a stable sort would change nothing (speed, issue 16)
            }
            List<LexiconCue> sorted = new ArrayList<>(sentence.cues());
            sorted.sort(this);
            return sentence.withCues(sorted);
        }

        /** By start, then end. */
        @Override
        public int compare(LexiconCue a, LexiconCue b) {
            int byStart = Integer.compare(a.start(), b.start());
            return byStart != 0 ? byStart : Integer.compare(a.end(), b.end());
        }
    }
}
