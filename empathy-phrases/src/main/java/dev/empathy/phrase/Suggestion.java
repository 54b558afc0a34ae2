package dev.empathy.phrase;

import java.util.List;
import java.util.Objects;

/**
 * One chosen, rendered empathy statement with the reasons it was chosen. Immutable and thread-safe.
 *
 * @param id      the statement's id, e.g. {@code "ack-001"}; add it to
 *                {@link SelectionContext.Builder#used(String...)} once sent
 * @param text    the rendered text, every slot filled or left out, e.g. {@code "I can see how frustrating this has been, Sam."}
 * @param intent  what the statement does
 * @param score   its ranking score (higher fits better); comparable only within one selection
 * @param reasons why it was chosen, in plain words a person can read, e.g. {@code "written for billing-error"}
 */
public record Suggestion(String id, String text, Intent intent, double score, List<String> reasons) {

    /**
     * Creates the record, checking its components.
     *
     * @param id the statement's id, e.g. {@code "ack-001"}; add it to {@link SelectionContext.Builder#used(String...)} once sent
     * @param text the rendered text, every slot filled or left out, e.g. {@code "I can see how frustrating this has been, Sam."}
     * @param intent what the statement does
     * @param score its ranking score (higher fits better); comparable only within one selection
     * @param reasons why it was chosen, in plain words a person can read, e.g. {@code "written for billing-error"}
     */
    public Suggestion {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(intent, "intent must not be null");
        reasons = List.copyOf(reasons);
    }
}
