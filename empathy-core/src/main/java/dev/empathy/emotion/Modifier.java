package dev.empathy.emotion;

/**
 * One line of a modifiers file: a word or phrase that changes the cues around it.
 *
 * @param term  as written, e.g. {@code "a bit"}
 * @param kind  what it does
 * @param value multiplier for intensifiers, diminishers and contrast; the confusion weight of a question
 *              opener, the anxiety weight of a worry opener ("will I lose", "what if"); unused for
 *              negators and clause words ("and", "because"), which end a negation's scope
 */
record Modifier(String term, Kind kind, double value) {

    enum Kind {
        NEGATOR, INTENSIFIER, DIMINISHER, CONTRAST, QUESTION, WORRY, CLAUSE
    }
}
