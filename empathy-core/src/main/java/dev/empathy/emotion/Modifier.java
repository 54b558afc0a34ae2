package dev.empathy.emotion;

/**
 * One line of a modifiers file: a word or phrase that changes the cues around it.
 *
 * @param term  as written, e.g. {@code "a bit"}
 * @param kind  what it does
 * @param value multiplier for intensifiers, diminishers and contrast; confusion weight for question openers
 */
record Modifier(String term, Kind kind, double value) {

    enum Kind {
        NEGATOR, INTENSIFIER, DIMINISHER, CONTRAST, QUESTION
    }
}
