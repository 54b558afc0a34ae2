package dev.empathy.emotion;

import dev.empathy.situation.Situation;
import java.util.Objects;

/**
 * A customer message with its gold emotion label, as read from a labelled corpus. Immutable and
 * thread-safe.
 *
 * <p>{@link LabelledMessages} reads them from labelled TSV or JSON Lines (the formats are described there).
 *
 * @param text  the message exactly as written in the file, never blank
 * @param label the gold emotion
 * @param line      the 1-based line number in the file it came from, or 0 when it was not read from a file
 * @param situation the gold situation, or null when the message has none (no situation column, or {@code -})
 */
public record LabelledMessage(String text, Emotion label, int line, Situation situation) {

    /** A message without a situation label. */
    public LabelledMessage(String text, Emotion label, int line) {
        this(text, label, line, null);
    }

    /** {@return true if the message has a gold situation} */
    public boolean hasSituation() {
        return situation != null;
    }

    public LabelledMessage {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(label, "label must not be null");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
    }
}
