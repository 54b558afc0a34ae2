package dev.empathy.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MessageWordsTest {

    private static String[] keys(String text) {
        MessageWords words = MessageWords.of(text);
        return Arrays.copyOf(words.keys, words.size);
    }

    @Test
    void wordsAreFoldedAndSentenceEndsAreBoundaries() {
        assertThat(keys("Hasn't it ARRIVED?? No… it's late! Still.")).containsExactly(
                "hasnt", "it", "arrived", "?", "no", ".", "its", "late", ".", "still", ".");
    }

    @Test
    void linksInAnyCaseAndHandlesAreLeftOut() {
        assertThat(keys("see HTTPS://x.co/a and Http://b.co ok @Shop_1 fine xhttp://c.co")).containsExactly(
                "see", "and", "ok", "fine", "xhttp", "c", ".", "co");
    }

    @Test
    void aLinkStartsAsRegionMatchesIgnoringCaseSaysWithAnyCharAnywhere() {
        for (String link : new String[] {"http://x", "https://x"}) {
            for (int position = 2; position < link.length(); position++) {
                for (int i = 0; i <= Character.MAX_VALUE; i++) {
                    char[] chars = link.toCharArray();
                    chars[position] = (char) i;
                    String text = new String(chars);
                    boolean expected = text.regionMatches(true, 0, "http://", 0, 7) || text.regionMatches(true, 0, "https://", 0, 8);
                    assertThat(MessageWords.startsLink(chars, 0)).as("%s with %04x at %d", link, i, position).isEqualTo(expected);
                }
            }
        }
        assertThat(MessageWords.startsLink("httpſ://x".toCharArray(), 0)).isTrue(); // long s: upper case 'S'
        assertThat(MessageWords.startsLink("http:/".toCharArray(), 0)).isFalse();
        assertThat(MessageWords.startsLink("ahttp://x".toCharArray(), 1)).isFalse();
        assertThat(MessageWords.startsLink("(http://x".toCharArray(), 1)).isTrue();
    }
}
