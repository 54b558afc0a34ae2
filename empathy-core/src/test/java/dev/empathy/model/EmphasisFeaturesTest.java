package dev.empathy.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmphasisFeaturesTest {

    @Test
    void shoutingWithRepeatedExclamationMarks() {
        assertThat(Features.of(new EmphasisFeatures(), "WHERE IS MY REFUND!!!"))
                .containsExactly("caps=2+", "caps=shout", "punct=!", "punct=!!", "len=3-6");
    }

    @Test
    void oneCapitalisedWordAMixedQuestionAndAStretchedWord() {
        assertThat(Features.of(new EmphasisFeatures(), "why is this sooo SLOW?!"))
                .containsExactly("caps=1", "punct=!", "punct=?", "punct=?!", "elongated", "len=3-6");
    }

    @Test
    void plainShortMessageHasOnlyItsLength() {
        assertThat(Features.of(new EmphasisFeatures(), "ok")).containsExactly("len=1-2");
    }

    @Test
    void ellipsisAndLongMessages() {
        String message = "well... " + "word ".repeat(25);
        assertThat(Features.of(new EmphasisFeatures(), message)).containsExactly("punct=...", "len=21+");
    }
}
