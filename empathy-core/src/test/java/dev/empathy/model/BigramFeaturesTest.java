package dev.empathy.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BigramFeaturesTest {

    @Test
    void neighbouringWordsPairUpFromTheStartMarkerAndNeverAcrossAClauseBreak() {
        assertThat(Features.of(new BigramFeatures(), "Third time asking, still nothing"))
                .containsExactly("b=^|third", "b=third|time", "b=time|asking", "b=still|nothing");
    }

    @Test
    void oneWordGivesOnlyTheStartPair() {
        assertThat(Features.of(new BigramFeatures(), "ok")).containsExactly("b=^|ok");
    }
}
