/**
 * Machinery behind the trainable emotion model: the OpenNLP feature generators for customer text and the
 * model file format. Not part of the API: anything here may change or disappear in any release, without
 * notice. Do not depend on it; use {@link dev.empathy.emotion.EmotionModel} and
 * {@link dev.empathy.emotion.ModelEmotionClassifier} instead.
 */
package dev.empathy.internal.model;
