package dev.empathy.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void aLowerCaseAsciiWordIsReturnedItselfWithNothingAllocated() {
        String word = "parcel";
        assertThat(Folding.fold(word)).isSameAs(word);
        assertThat(Folding.isFolded(word)).isTrue();
    }

    @Test
    void dropsApostrophesStraightAndTypographic() {
        assertThat(Folding.fold("don't")).isEqualTo("dont");
        assertThat(Folding.fold("Can\u2019t")).isEqualTo("cant");
        assertThat(Folding.isFolded("don't")).isFalse();
    }

    @Test
    void lowerCasesInTheRootLocaleAndCollapsesWhiteSpace() {
        assertThat(Folding.fold("  FED\t  Up ")).isEqualTo("fed up");
        assertThat(Folding.fold("\u00c9T\u00c9")).isEqualTo("\u00e9t\u00e9");
        assertThat(Folding.fold("I")).isEqualTo("i"); // not the Turkish dotless i, whatever the default locale
        assertThat(Folding.fold("   ")).isEmpty();
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Folding.fold(null));
    }

    @Test
    void everyTokenCarriesItsKeyFoldedOnceSoStagesNeverFoldAgain() {
        List<String> texts = List.of("I don't know. Don\u2019t ask me!", "ROCK'N'ROLL it's ok\u0007bell x\u007fy \u02bcquoted\u2018", "SOOO ANNOYED!!! #fail", "Caf\u00e9 na\u00efve \u00c5ngstr\u00f6m 😡");
        for (String text : texts) {
            for (Sentence sentence : TextAnalyzer.english().sentences(text)) {
                for (Token token : sentence.tokens()) {
                    assertThat(token.folded()).as(token.key()).isEqualTo(Folding.fold(token.key()));
                }
            }
        }
        Token plain = new Token(0, 6, "parcel", Token.Kind.WORD, false);
        assertThat(plain.folded()).isSameAs(plain.key());
        assertThat(new Token(0, 5, "don't", Token.Kind.WORD, false, false).folded()).isEqualTo("dont");
    }
}
