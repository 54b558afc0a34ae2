/**
 * Reading the customer: classify the emotion in a customer's message, with intensity, evidence and the
 * signals a support team acts on.
 *
 * <p>Start with {@link dev.empathy.emotion.LexiconEmotionClassifier#english()}, which returns an
 * {@link dev.empathy.emotion.EmotionClassifier}; its result is an immutable
 * {@link dev.empathy.emotion.EmotionReading}. All types here are immutable and thread-safe except
 * builders. Offsets are half-open UTF-16 indexes into the original text.
 */
package dev.empathy.emotion;
