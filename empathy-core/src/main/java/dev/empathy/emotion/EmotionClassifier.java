package dev.empathy.emotion;

/**
 * Reads the emotion in a customer's message.
 *
 * <p>Implementations are immutable and thread-safe: build one, share it across threads, and call
 * {@link #classify(String)} concurrently. The same text always gives an equal reading. The built-in
 * implementation is {@link LexiconEmotionClassifier}; a trained model can implement this interface to
 * replace it or blend with it.
 */
public interface EmotionClassifier {

    /**
     * Reads {@code message}.
     *
     * <p>Empty or blank text reads as {@link EmotionReading#neutral()}. Any other text, of any length,
     * script or content (control characters, lone surrogates, emoji only), returns a reading in time
     * linear in its length and never throws.
     *
     * @param message the customer's message, any length
     * @return the reading, never null
     * @throws NullPointerException if {@code message} is null ("message must not be null")
     */
    EmotionReading classify(String message);
}
