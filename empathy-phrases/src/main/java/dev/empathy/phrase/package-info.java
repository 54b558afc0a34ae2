/**
 * Empathy statements: the curated {@link dev.empathy.phrase.PhraseCatalog} (data files, extensible and
 * switchable by vendors) and the {@link dev.empathy.phrase.StatementSelector} that chooses, ranks and renders
 * statements for a customer's {@link dev.empathy.emotion.EmotionReading} and a
 * {@link dev.empathy.phrase.SelectionContext}, and composes a suggested {@link dev.empathy.phrase.Opening}.
 */
package dev.empathy.phrase;
