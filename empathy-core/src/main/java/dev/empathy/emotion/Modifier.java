package dev.empathy.emotion;

import java.util.Objects;

/**
 * One line of a modifiers file: a word or phrase that changes the cues around it.
 *
 * @param term  as written, e.g. {@code "a bit"}
 * @param kind  what it does
 * @param value multiplier for intensifiers, diminishers and contrast; the confusion weight of a question
 *              opener, the anxiety weight of a worry opener ("will I lose", "what if"); the factor of praise after a hypothetical marker ("would", "hope");
 *              unused for
 *              negators and clause words ("and", "because"), which end a negation's scope
 */
record Modifier(String term, Kind kind, double value) {

    // equals and hashCode are written out, with the values a record's own would give, because a record's
    // are linked through invokedynamic on first use, which cost tens of milliseconds of start-up (issue 17).

    @Override
    public boolean equals(Object o) {
        return o instanceof Modifier other && Objects.equals(term, other.term) && kind == other.kind
                && Double.compare(value, other.value) == 0;
    }

    @Override
    public int hashCode() {
        return (Objects.hashCode(term) * 31 + Objects.hashCode(kind)) * 31 + Double.hashCode(value);
    }

    enum Kind {
        NEGATOR, INTENSIFIER, DIMINISHER, CONTRAST, QUESTION, WORRY, CLAUSE, HYPOTHETICAL
    }
}
