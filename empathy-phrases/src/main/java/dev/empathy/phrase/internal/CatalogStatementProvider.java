package dev.empathy.phrase.internal;

import dev.empathy.draft.EmpathyElement;
import dev.empathy.draft.EmpathyStatementProvider;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.phrase.Intent;
import dev.empathy.phrase.SelectionContext;
import dev.empathy.phrase.StatementSelector;
import dev.empathy.phrase.Suggestion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link EmpathyStatementProvider} registered by {@code empathy-phrases}: answers the draft checker with a
 * statement from the built-in English catalog. Immutable and thread-safe; found by {@link java.util.ServiceLoader}.
 *
 * <p>Elements map to intents: acknowledgement to acknowledge, validation to validate, apology to apologise,
 * reassurance to reassure, collaboration to collaborate, next step to follow-up or offer-options, gratitude
 * to thank. An unknown customer reads as neutral.
 */
public final class CatalogStatementProvider implements EmpathyStatementProvider {

    private static final Map<EmpathyElement, Intent[]> INTENTS = new EnumMap<>(Map.of(
            EmpathyElement.ACKNOWLEDGEMENT, new Intent[] {Intent.ACKNOWLEDGE},
            EmpathyElement.VALIDATION, new Intent[] {Intent.VALIDATE},
            EmpathyElement.APOLOGY, new Intent[] {Intent.APOLOGISE},
            EmpathyElement.REASSURANCE, new Intent[] {Intent.REASSURE},
            EmpathyElement.COLLABORATION, new Intent[] {Intent.COLLABORATE},
            EmpathyElement.NEXT_STEP, new Intent[] {Intent.FOLLOW_UP, Intent.OFFER_OPTIONS},
            EmpathyElement.GRATITUDE, new Intent[] {Intent.THANK}));

    private final StatementSelector selector;

    /** The provider over {@link StatementSelector#english()}; called by {@link java.util.ServiceLoader}. */
    public CatalogStatementProvider() {
        this(StatementSelector.english());
    }

    /** A provider over {@code selector}, e.g. one built on a vendor catalog. */
    public CatalogStatementProvider(StatementSelector selector) {
        this.selector = Objects.requireNonNull(selector, "selector must not be null");
    }

    @Override
    public Optional<String> statementFor(EmpathyElement element, EmotionReading reading) {
        if (element == null) {
            return Optional.empty();
        }
        EmotionReading customer = reading != null ? reading : EmotionReading.neutral();
        try {
            SelectionContext context = SelectionContext.builder().count(1).intents(INTENTS.get(element)).build();
            List<Suggestion> chosen = selector.select(customer, context);
            return chosen.isEmpty() ? Optional.empty() : Optional.of(chosen.get(0).text());
        } catch (RuntimeException e) {
            // the contract: never throw for any reading
            return Optional.empty();
        }
    }
}
