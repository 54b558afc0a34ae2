package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermIndexTest {

    @Test
    void shortenCutsOnlyRunsOfThreeOrMoreLetters() {
        assertThat(TermIndex.shorten("annoyyyyed", 1)).isEqualTo("annoyed");
        assertThat(TermIndex.shorten("annoyyyyed", 2)).isEqualTo("annoyyed");
        assertThat(TermIndex.shorten("soooo", 1)).isEqualTo("so");
        assertThat(TermIndex.shorten("goooood", 2)).isEqualTo("good");
        assertThat(TermIndex.shorten("annoyed", 1)).isNull();
        assertThat(TermIndex.shorten("!!!", 1)).isNull();
    }

    @Test
    void parseTokenisesLikeAMessageAndKeepsPlaceholders() {
        TermIndex.Element[] elements = TermParser.parse("for {number} {timeunit}");
        assertThat(elements).extracting(TermIndex.Element::key).containsExactly("for", null, null);
        assertThat(TermParser.parse("can’t log in")).extracting(TermIndex.Element::key).containsExactly("can't", "log", "in");
        assertThat(TermParser.parse("can't")[0].keyWithoutApostrophes()).isEqualTo("cant");
        assertThat(TermParser.parse("great, just great")).extracting(TermIndex.Element::punctuation)
                .containsExactly(false, true, false, false);
    }
}
