package dev.empathy.emotion;

import dev.empathy.situation.SituationReading;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;

/**
 * A whole message as the lexicon engine reads it: the original text and its sentences' cues. Immutable;
 * each {@link CueStage} returns a new one.
 *
 * @param text      the original text; every offset points into it
 * @param situation the message's detected situation, {@link SituationReading#general()} when none is read
 *                  (evidence for {@link SituationEvidence})
 * @param sentences the sentences in text order, at least one
 */
record MessageCues(String text, SituationReading situation, List<SentenceCues> sentences) {

    MessageCues {
        sentences = Sentences.of(sentences);
    }

    /** This message with {@code change} applied to each sentence. */
    MessageCues mapSentences(UnaryOperator<SentenceCues> change) {
        List<SentenceCues> changed = null; // allocated at the first changed sentence: most stages change none
        for (int i = 0; i < sentences.size(); i++) {
            SentenceCues sentence = sentences.get(i);
            SentenceCues after = change.apply(sentence);
            if (changed == null && after != sentence) {
                changed = new ArrayList<>(sentences.size());
                changed.addAll(sentences.subList(0, i));
            }
            if (changed != null) {
                changed.add(after);
            }
        }
        return changed == null ? this : new MessageCues(text, situation, changed);
    }

    /** This message with every cue changed by {@code change}. */
    MessageCues mapCues(UnaryOperator<LexiconCue> change) {
        return mapSentences(new UnaryOperator<>() { // a class, not a lambda: see CueStage
            @Override
            public SentenceCues apply(SentenceCues sentence) {
                return sentence.map(change);
            }
        });
    }

    /**
     * True if a sentence reports a wait or a repeated contact ("again", "for a week"): the annotation guide's
     * frustration, so the message is not a calm request.
     */
    boolean reportsWaitOrRepeat() {
        for (int sentenceNo = 0; sentenceNo < sentences.size(); sentenceNo++) {
            SentenceCues sentence = sentences.get(sentenceNo);
            for (int signalNo = 0; signalNo < sentence.signals().size(); signalNo++) {
                Signal signal = sentence.signals().get(signalNo);
                if (signal.type() == SignalType.LONG_WAIT || signal.type() == SignalType.REPEATED_CONTACT) {
                    return true;
                }
            }
        }
        return false;
    }

    MessageCues withSentences(List<SentenceCues> newSentences) {
        return new MessageCues(text, situation, newSentences);
    }

    /**
     * The sentences of a message: an immutable list over an array, of one class whatever its length (speed, issue 16:
     * {@code List.copyOf} made one or two sentences a {@code List12} and more a {@code ListN}, and the JIT's check of
     * the list's class, hoisted out of a stage's loop over the sentences, failed when a message of the other kind
     * came: four traps, then the stage compiled again). Equal to any list of the same sentences, as lists are.
     */
    private static final class Sentences extends AbstractList<SentenceCues> implements RandomAccess {

        private final SentenceCues[] sentences;

        private Sentences(SentenceCues[] sentences) {
            this.sentences = sentences;
        }

        /** {@code list} itself if it is one, else a copy. @throws NullPointerException if it holds a null */
        static List<SentenceCues> of(List<SentenceCues> list) {
            if (list instanceof Sentences) {
                return list;
            }
            SentenceCues[] sentences = list.toArray(new SentenceCues[0]);
            for (int i = 0; i < sentences.length; i++) {
                Objects.requireNonNull(sentences[i], "sentence");
            }
            return new Sentences(sentences);
        }

        @Override
        public SentenceCues get(int index) {
            return sentences[index];
        }

        @Override
        public int size() {
            return sentences.length;
        }
    }
}
