package dev.empathy.emotion;

import java.util.List;
import java.util.Objects;

/**
 * The reading of one sentence of a message. Offsets are half-open UTF-16 indexes into the original
 * message. Immutable and thread-safe.
 *
 * @param start     first char index of the sentence, inclusive
 * @param end       last char index, exclusive
 * @param emotion   the sentence's primary emotion
 * @param intensity how strongly that emotion is expressed, {@code [0, 1]}; 0 for neutral
 * @param scores    the nine scores of this sentence alone
 * @param cues      the cues inside the sentence, in text order
 */
public record SentenceReading(int start, int end, Emotion emotion, double intensity, EmotionScores scores,
                              List<Cue> cues) {

    /**
     * Creates the record, checking its components.
     *
     * @param start first char index of the sentence, inclusive
     * @param end last char index, exclusive
     * @param emotion the sentence's primary emotion
     * @param intensity how strongly that emotion is expressed, {@code [0, 1]}; 0 for neutral
     * @param scores the nine scores of this sentence alone
     * @param cues the cues inside the sentence, in text order
     */
    public SentenceReading {
        Objects.requireNonNull(emotion, "emotion must not be null");
        Objects.requireNonNull(scores, "scores must not be null");
        cues = List.copyOf(cues);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("sentence span must satisfy 0 <= start <= end, got start=" + start + ", end=" + end);
        }
        if (!(intensity >= 0 && intensity <= 1)) {
            throw new IllegalArgumentException("intensity must be in [0, 1], got " + intensity);
        }
    }
}
