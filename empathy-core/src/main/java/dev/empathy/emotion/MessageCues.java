package dev.empathy.emotion;

import dev.empathy.situation.SituationReading;
import java.util.ArrayList;
import java.util.List;
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
        sentences = FixedList.of(sentences); // one list class for every length (speed, issue 16: see FixedList)
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
}
