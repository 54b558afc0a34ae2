package dev.empathy.phrase.internal;

import dev.empathy.draft.EmpathyElement;
import dev.empathy.draft.EmpathyStatementProvider;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.phrase.Intent;
import dev.empathy.phrase.SelectionContext;
import dev.empathy.phrase.StatementSelector;
import dev.empathy.phrase.Suggestion;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link EmpathyStatementProvider} registered by {@code empathy-phrases}: answers the draft checker with a
 * statement from the built-in English catalog. Immutable and thread-safe; found by {@link java.util.ServiceLoader}.
 *
 * <p>Elements map to the intents whose own element they are ({@link Intent#elements()}): acknowledgement to
 * acknowledge or active-listening, validation to validate, apology to apologise, reassurance to reassure or
 * de-escalate, collaboration to collaborate or offer-options, next step to follow-up, gratitude to thank,
 * warmth to encourage; an element no intent supplies (exploration, shared experience) gets no statement.
 * An unknown customer reads as neutral.
 */
public final class CatalogStatementProvider implements EmpathyStatementProvider {

    /** Each element's intents: those whose first {@link Intent#elements()} it is. */
    private static final Map<EmpathyElement, Intent[]> INTENTS = new EnumMap<>(EmpathyElement.class);

    static {
        for (EmpathyElement element : EmpathyElement.values()) {
            Intent[] intents = Arrays.stream(Intent.values()).filter(intent -> intent.elements().get(0) == element).toArray(Intent[]::new);
            if (intents.length > 0) {
                INTENTS.put(element, intents);
            }
        }
    }

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
        if (element == null || !INTENTS.containsKey(element)) {
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
