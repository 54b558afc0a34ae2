package dev.empathy.emotion;

import java.util.Objects;

/**
 * One line of a lexicon file.
 *
 * @param term    the term as written, e.g. {@code "fed up"} or {@code "😡"}
 * @param emotion the emotion it supports, or null for a signal-only entry
 * @param weight  base weight, {@code (0, 3]}
 * @param signal  the signal it raises, or null
 */
record LexiconEntry(String term, Emotion emotion, double weight, SignalType signal) {

    // equals and hashCode are written out, with the values a record's own would give, because a record's
    // are linked through invokedynamic on first use, which cost tens of milliseconds of start-up (issue 17).

    @Override
    public boolean equals(Object o) {
        return o instanceof LexiconEntry other && Objects.equals(term, other.term) && emotion == other.emotion
                && Double.compare(weight, other.weight) == 0 && signal == other.signal;
    }

    @Override
    public int hashCode() {
        return ((Objects.hashCode(term) * 31 + Objects.hashCode(emotion)) * 31 + Double.hashCode(weight)) * 31
                + Objects.hashCode(signal);
    }
}
