package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseIndexTest {

    @Test
    void shortenCutsOnlyRunsOfThreeOrMoreLetters() {
        assertThat(PhraseIndex.shorten("annoyyyyed", 1)).isEqualTo("annoyed");
        assertThat(PhraseIndex.shorten("annoyyyyed", 2)).isEqualTo("annoyyed");
        assertThat(PhraseIndex.shorten("soooo", 1)).isEqualTo("so");
        assertThat(PhraseIndex.shorten("goooood", 2)).isEqualTo("good");
        assertThat(PhraseIndex.shorten("annoyed", 1)).isNull();
        assertThat(PhraseIndex.shorten("!!!", 1)).isNull();
    }

    @Test
    void parseTokenisesLikeAMessageAndKeepsPlaceholders() {
        PhraseIndex.Element[] elements = PhraseIndex.parse("for {number} {timeunit}");
        assertThat(elements).extracting(PhraseIndex.Element::key).containsExactly("for", null, null);
        assertThat(PhraseIndex.parse("can’t log in")).extracting(PhraseIndex.Element::key).containsExactly("can't", "log", "in");
        assertThat(PhraseIndex.parse("can't")[0].keyWithoutApostrophes()).isEqualTo("cant");
        assertThat(PhraseIndex.parse("great, just great")).extracting(PhraseIndex.Element::punctuation)
                .containsExactly(false, true, false, false);
    }
}
