package dev.empathy.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordFeaturesTest {

    @Test
    void oneFeaturePerWordInLowerCaseWithNumbersFoldedAndPunctuationLeftOut() {
        assertThat(Features.of(new WordFeatures(), "Order 55123 STILL isn’t here!!"))
                .containsExactly("w=order", "w=#num", "w=still", "w=isn't", "w=here");
    }

    @Test
    void wordsWithLettersAndDigitsAreKept() {
        assertThat(Features.of(new WordFeatures(), "3rd mp3")).containsExactly("w=3rd", "w=mp3");
    }
}
