/**
 * The trainable emotion model: train an {@link dev.empathy.model.EmotionModel} on your own labelled
 * tickets with {@link dev.empathy.model.EmotionModelTrainer}, save and load it, and read messages with
 * {@link dev.empathy.model.ModelEmotionClassifier} or, keeping the lexicon's evidence,
 * {@link dev.empathy.model.BlendedEmotionClassifier}. Readings are the same
 * {@link dev.empathy.emotion.EmotionReading} as the lexicon classifier's.
 *
 * <p>The feature generators, the feature input and the model file format are package-private machinery.
 * All public types here are immutable and thread-safe except the trainer's configuration steps, which
 * return new trainers.
 */
package dev.empathy.model;
