package dev.empathy.emotion;

/**
 * One line of a lexicon file.
 *
 * @param term    the term as written, e.g. {@code "fed up"} or {@code "😡"}
 * @param emotion the emotion it supports, or null for a signal-only entry
 * @param weight  base weight, {@code (0, 3]}
 * @param signal  the signal it raises, or null
 */
record LexiconEntry(String term, Emotion emotion, double weight, SignalType signal) {
}
