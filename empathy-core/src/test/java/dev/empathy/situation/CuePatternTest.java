package dev.empathy.situation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.internal.text.TextAnalyzer;
import dev.empathy.internal.text.Token;
import org.junit.jupiter.api.Test;

class CuePatternTest {

    @Test
    void aTokenKeyFoldsAsTheWordItself() {
        StringBuilder text = new StringBuilder();
        for (char c = 1; c < 0xFFFF; c++) {
            text.append('a').append(c).append(c).append("'s ").append(Character.toUpperCase(c)).append(c).append(' ');
        }
        text.append("ΟΔΥΣΣΕΥΣ Σ ΣΑΣ can’t Don‘t ʼtis HASN'T Ǆǅ İstanbul ﬁx ß");
        String all = text.toString();
        int checked = 0;
        for (Token token : TextAnalyzer.tokens(all)) {
            if (token.isWord()) {
                String word = all.substring(token.start(), token.end());
                assertThat(CuePattern.foldKey(token.key())).as("[%s]", word).isEqualTo(CuePattern.fold(token.key()))
                        .isEqualTo(CuePattern.fold(word.replace('\u02BC', '\'')));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100_000);
    }
}
