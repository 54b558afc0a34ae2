package dev.empathy.draft;

import java.util.Objects;
import java.util.Optional;

/**
 * An empathy element this customer needs and the draft lacks. Immutable and thread-safe.
 *
 * @param element    the missing element
 * @param reason     why this customer needs it, one sentence, e.g. "An angry customer first needs to hear
 *                   that their anger has been noticed."
 * @param suggestion a statement that supplies it, from an {@link EmpathyStatementProvider} on the class
 *                   path, or empty when there is none
 */
public record MissingElement(EmpathyElement element, String reason, Optional<String> suggestion) {
    /**
     * Creates the record, checking its components.
     *
     * @param element the missing element
     * @param reason why this customer needs it, one sentence, e.g. "An angry customer first needs to hear that their
     *     anger has been noticed."
     * @param suggestion a statement that supplies it, from an {@link EmpathyStatementProvider} on the class path, or
     *     empty when there is none
     */
    public MissingElement {
        Objects.requireNonNull(element, "element must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(suggestion, "suggestion must not be null (use Optional.empty())");
    }
}
