package dev.empathy.draft;

import dev.empathy.emotion.EmotionReading;
import java.util.Optional;

/**
 * Service-provider interface: supplies an empathy statement that adds a missing element to a draft.
 * The draft checker finds implementations with {@link java.util.ServiceLoader}; the
 * {@code empathy-phrases} module registers one backed by its catalog, so a missing element comes with a
 * ready statement whenever that module is on the class path.
 *
 * <p>Implementations must be thread-safe, deterministic and must not throw for any reading.
 */
public interface EmpathyStatementProvider {

    /**
     * A rendered statement that supplies {@code element} for a customer read as {@code reading}.
     *
     * @param element the missing element, never null
     * @param reading the customer's reading, or null when the customer's message is unknown
     * @return the statement text, or empty when the provider has none that fits
     */
    Optional<String> statementFor(EmpathyElement element, EmotionReading reading);
}
