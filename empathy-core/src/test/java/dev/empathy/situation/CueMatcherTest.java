package dev.empathy.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueMatcherTest {

    /** The matches of {@code patterns} (one cue each, line = index + 1) in {@code text}, as "line:first-last". */
    private static List<String> matches(String text, String... patterns) throws CuePattern.SyntaxException {
        List<CuePattern> cues = new ArrayList<>();
        for (int i = 0; i < patterns.length; i++) {
            cues.add(CuePattern.parse(Situation.REFUND, 1, patterns[i], i + 1));
        }
        List<String> found = new ArrayList<>();
        for (CueMatcher.Match match : new CueMatcher(cues).matches(MessageWords.of(text))) {
            found.add(match.cue().line() + ":" + match.first() + "-" + match.last());
        }
        return found;
    }

    @Test
    void cuesAreFoundByStartThenExactFirstWordsThenPrefixesShortestFirst() throws Exception {
        assertThat(matches("hackers hacked it", "hacke*", "hack*", "hackers", "hack* it", "hacked"))
                .containsExactly("3:0-0", "2:0-0", "1:0-0", "5:1-1", "2:1-1", "4:1-2", "1:1-1");
    }

    @Test
    void aCueWithAnExactAndAPrefixFirstWordIsFoundOncePerWay() throws Exception {
        assertThat(matches("refunded", "refunded|refund*")).containsExactly("1:0-0", "1:0-0");
    }

    @Test
    void aGapTakesTheShortestWidthAndStopsAtTheMessageEndOrASentenceEnd() throws Exception {
        assertThat(matches("not it not", "not .. not")).containsExactly("1:0-2");
        assertThat(matches("not a b c", "not .. c")).containsExactly("1:0-3");
        assertThat(matches("not a b c d", "not .. d")).containsExactly("1:0-4");
        assertThat(matches("not a b c d e", "not .. e")).isEmpty();
        assertThat(matches("not a", "not .. a|b")).containsExactly("1:0-1");
        assertThat(matches("not a", "not .. b")).isEmpty();
        assertThat(matches("not. a", "not .. a")).isEmpty();
        assertThat(matches("not a? b", "not .. b")).isEmpty();
        assertThat(matches("a not it ? yes", "not .. ? yes")).containsExactly("1:1-4");
        assertThat(matches("x y z not", "not .. x")).isEmpty();
    }

    @Test
    void laterElementsMatchExactWordsAndPrefixes() throws Exception {
        assertThat(matches("my refund was refused", "refund .. refus*", "my refund|money")).containsExactly("2:0-1", "1:1-3");
    }
}
