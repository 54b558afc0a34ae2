package dev.empathy.emotion;

import dev.empathy.situation.SituationReading;

import java.util.List;
import java.util.Objects;

/**
 * What a classifier read in one customer message: the primary emotion, how strongly it is felt, a score
 * for each of the nine emotions, the evidence, per-sentence readings and the signals a support team acts
 * on. Immutable and thread-safe; holds no reference to the message beyond the covered text of its cues
 * and signals.
 *
 * @param emotion    the primary emotion of the whole message, weighted towards what the customer feels
 *                   at the end ("thanks for replying, but this is the third time" reads as frustration)
 * @param intensity  how strongly the primary emotion is expressed, {@code [0, 1]}: 0 for neutral, about
 *                   0.3 for one plain cue ("annoyed"), towards 1 for stacked, intensified, shouted cues
 * @param confidence how far the reading can be trusted, {@code [0, 1]}: the margin of the primary score
 *                   over the runner-up, scaled down by the share of words in a script the lexicon reads,
 *                   and, for messages of four words or more, when fewer than 15% of the words are English
 *                   function words ("the", "is", "my") or words the lexicon read: text in other scripts or
 *                   other languages ("Je suis très déçu") reads as neutral with confidence near 0
 * @param scores     the nine scores of the whole message
 * @param cues       every cue that moved a score, in text order
 * @param sentences  one reading per sentence, in text order; empty for empty or blank text
 * @param signals    urgency, escalation risk, sarcasm, repeated contact and long waits, in text order
 * @param situation  what the message is about, with its evidence; {@link SituationReading#general()} when
 *                   nothing points to a particular situation
 */
public record EmotionReading(Emotion emotion, double intensity, double confidence, EmotionScores scores,
                             List<Cue> cues, List<SentenceReading> sentences, List<Signal> signals,
                             SituationReading situation) {

    private static final EmotionReading NEUTRAL =
            new EmotionReading(Emotion.NEUTRAL, 0, 1, EmotionScores.neutral(), List.of(), List.of(), List.of(),
                    SituationReading.general());

    public EmotionReading {
        Objects.requireNonNull(emotion, "emotion must not be null");
        Objects.requireNonNull(scores, "scores must not be null");
        Objects.requireNonNull(situation, "situation must not be null");
        cues = List.copyOf(cues);
        sentences = List.copyOf(sentences);
        signals = List.copyOf(signals);
        if (!(intensity >= 0 && intensity <= 1)) {
            throw new IllegalArgumentException("intensity must be in [0, 1], got " + intensity);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
    }

    /** A reading whose situation is {@link SituationReading#general()}. */
    public EmotionReading(Emotion emotion, double intensity, double confidence, EmotionScores scores,
                          List<Cue> cues, List<SentenceReading> sentences, List<Signal> signals) {
        this(emotion, intensity, confidence, scores, cues, sentences, signals, SituationReading.general());
    }

    /** {@return this reading with {@code situation} in place of its own} */
    public EmotionReading withSituation(SituationReading situation) {
        return new EmotionReading(emotion, intensity, confidence, scores, cues, sentences, signals, situation);
    }

    /** {@return the reading of a message with no evidence at all: neutral, intensity 0, confidence 1, no cues} */
    public static EmotionReading neutral() {
        return NEUTRAL;
    }

    /** {@return the score of {@code emotion} in the whole message; shorthand for {@code scores().get(emotion)}} */
    public double score(Emotion emotion) {
        return scores.get(emotion);
    }

    /** {@return true if at least one signal of this type was found} */
    public boolean has(SignalType type) {
        Objects.requireNonNull(type, "type must not be null");
        for (Signal signal : signals) {
            if (signal.type() == type) {
                return true;
            }
        }
        return false;
    }

    /** {@return the cues that support {@code emotion}, in text order} */
    public List<Cue> cuesFor(Emotion emotion) {
        Objects.requireNonNull(emotion, "emotion must not be null");
        return cues.stream().filter(cue -> cue.emotion() == emotion).toList();
    }
}
