package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.internal.text.TextAnalyzer;
import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SocialTextTest {

    private static final SocialText SOCIAL = LexiconEmotionClassifier.english().lexicon().social;

    /** The keys {@code text[start, end)} is matched as, read as one sentence. */
    private static List<String> keys(String text, int start, int end) {
        List<String> keys = new ArrayList<>();
        for (Token token : SOCIAL.normalise(text, start, end, TextAnalyzer.tokens(text, start, end)).tokens()) {
            keys.add(token.key());
        }
        return keys;
    }

    private static List<String> keys(String text) {
        return keys(text, 0, text.length());
    }

    @Test
    void dropsUrlsAndMentionsButNotWordsStartingLikeThem() {
        assertThat(keys("see https://t.co/x1 now")).containsExactly("see", "now");
        assertThat(keys("how was www.x.com")).containsExactly("how", "was");
        assertThat(keys("what http")).containsExactly("what", "http");
        assertThat(keys("why www")).containsExactly("why", "www");
        assertThat(keys("ahttp://x.y")).contains("ahttp");
        assertThat(keys("@AmazonHelp help")).containsExactly("help");
    }

    @Test
    void aUrlWhosePrefixRunsPastTheSentenceEndIsReadFromTheText() {
        String text = "go http://x.y";
        assertThat(keys(text, 0, 5)).containsExactly("go"); // "go ht": the text has "http://" at 3
        assertThat(keys("go ht")).containsExactly("go", "ht");
    }

    @Test
    void anAbbreviationReadsAsItsExpansionWithTheSpanAndCapsOfTheWordWritten() {
        List<Token> tokens = SOCIAL.normalise("PLS help", 0, 8, TextAnalyzer.tokens("PLS help")).tokens();
        assertThat(tokens.get(0)).isEqualTo(new Token(0, 3, "please", Token.Kind.WORD, true));
        assertThat(tokens.get(1).key()).isEqualTo("help");
    }

    @Test
    void anEntityReadsAsOneTokenAndAHashtagAsItsWords() {
        assertThat(keys("you &amp; me")).containsExactly("you", "&", "me");
        assertThat(keys("so #SortIt")).containsExactly("so", "sort", "it");
        assertThat(keys("40+ minutes")).containsExactly("40", "minutes");
    }
}
