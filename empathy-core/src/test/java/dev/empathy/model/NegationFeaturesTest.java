package dev.empathy.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NegationFeaturesTest {

    @Test
    void wordsAfterANegatorAreMarkedUpToAClauseBreak() {
        assertThat(Features.of(new NegationFeatures(), "I'm not happy with it, sorry"))
                .containsExactly("NOT_happy", "NOT_with", "NOT_it");
    }

    @Test
    void aScopeEndStopsTheNegation() {
        assertThat(Features.of(new NegationFeatures(), "I'm not angry but disappointed"))
                .containsExactly("NOT_angry");
    }

    @Test
    void contractionsAndTypographicApostrophesNegate() {
        assertThat(Features.of(new NegationFeatures(), "It DOESN’T work. Never worked.")).containsExactly("NOT_work", "NOT_worked");
    }

    @Test
    void textWithoutNegatorsHasNoFeatures() {
        assertThat(Features.of(new NegationFeatures(), "thanks so much")).isEmpty();
    }
}
