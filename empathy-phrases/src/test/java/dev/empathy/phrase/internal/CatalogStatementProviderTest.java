package dev.empathy.phrase.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.draft.EmpathyElement;
import dev.empathy.draft.EmpathyStatementProvider;
import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.EmotionScores;
import dev.empathy.phrase.Intent;
import dev.empathy.phrase.PhraseCatalog;
import dev.empathy.phrase.Statement;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogStatementProviderTest {

    private static final PhraseCatalog CATALOG = PhraseCatalog.english();

    private static Set<Intent> intentsOf(String text) {
        return CATALOG.statements().stream().filter(statement -> CATALOG.render(statement, Map.of()).equals(text))
                .map(Statement::intent).collect(java.util.stream.Collectors.toSet());
    }

    private static EmotionReading reading(Emotion emotion, double intensity) {
        return new EmotionReading(emotion, intensity, 0.8, EmotionScores.of(Map.of(emotion, 1.0)), List.of(), List.of(), List.of());
    }

    @Test
    void isRegisteredForTheServiceLoader() {
        assertThat(ServiceLoader.load(EmpathyStatementProvider.class).stream().map(ServiceLoader.Provider::type).toList())
                .contains(CatalogStatementProvider.class);
    }

    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource(textBlock = """
            ACKNOWLEDGEMENT, FRUSTRATION, ACKNOWLEDGE|ACTIVE_LISTENING
            VALIDATION,      ANXIETY,     VALIDATE
            APOLOGY,         ANGER,       APOLOGISE
            REASSURANCE,     ANXIETY,     REASSURE|DE_ESCALATE
            COLLABORATION,   CONFUSION,   COLLABORATE|OFFER_OPTIONS
            NEXT_STEP,       FRUSTRATION, FOLLOW_UP
            GRATITUDE,       GRATITUDE,   THANK
            WARMTH,          SATISFACTION, ENCOURAGE|WARM_GREETING
            """)
    void suppliesAStatementOfTheElementsIntent(EmpathyElement element, Emotion emotion, String intents) {
        String text = new CatalogStatementProvider().statementFor(element, reading(emotion, 0.6)).orElseThrow();
        Set<Intent> expected = java.util.Arrays.stream(intents.split("\\|")).map(Intent::valueOf)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(intentsOf(text)).containsAnyElementsOf(expected).isSubsetOf(expected);
        assertThat(text).doesNotContain("{", "[");
    }

    @Test
    void anUnknownCustomerReadsAsNeutral() {
        assertThat(new CatalogStatementProvider().statementFor(EmpathyElement.COLLABORATION, null)).isPresent();
        assertThat(new CatalogStatementProvider().statementFor(EmpathyElement.GRATITUDE, null)).isPresent();
    }

    @Test
    void neverThrowsAndAnswersEmptyWhenNothingFits() {
        // intent-fit.tsv lists no apology for a neutral customer, so none fits
        assertThat(new CatalogStatementProvider().statementFor(EmpathyElement.APOLOGY, EmotionReading.neutral())).isEmpty();
        assertThat(new CatalogStatementProvider().statementFor(null, null)).isEmpty();
        // no intent supplies an exploration or a shared experience
        assertThat(new CatalogStatementProvider().statementFor(EmpathyElement.EXPLORATION, EmotionReading.neutral())).isEmpty();
        assertThat(new CatalogStatementProvider().statementFor(EmpathyElement.SHARED_EXPERIENCE, EmotionReading.neutral())).isEmpty();
    }
}
