/**
 * Reading the customer: classify the emotion in a customer's message, with intensity, evidence and the
 * signals a support team acts on.
 *
 * <p>Start with {@link dev.empathy.emotion.LexiconEmotionClassifier#english()}, which returns an
 * {@link dev.empathy.emotion.EmotionClassifier}; its result is an immutable
 * {@link dev.empathy.emotion.EmotionReading}. All types here are immutable and thread-safe except
 * builders. Offsets are half-open UTF-16 indexes into the original text. The trainable model and its
 * classifiers are in {@code dev.empathy.model}.
 *
 * <p>The public types are the API. Everything else in this package is the lexicon engine and is
 * package-private: {@code LexiconEngine} (the ordered list of stages), {@code CueFinder}, one
 * {@code *Stage} class per step, {@code ReadingScorer}, and the data they load ({@code Lexicon},
 * {@code Parameters}, {@code ServiceFailures}, {@code SocialText}, {@code TermIndex}). The README section
 * "How it is built" lists the stages in order.
 */
package dev.empathy.emotion;
