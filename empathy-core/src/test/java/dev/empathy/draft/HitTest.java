package dev.empathy.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Leftmost-longest selection of one owner's hits, as findings and elements use it. */
class HitTest {

    @Test
    void keepsTheLeftmostLongestHitsThatDoNotOverlapInTextOrder() {
        List<Hit<String>> hits = List.of(hit(10, 14), hit(0, 4), hit(0, 9), hit(5, 12), hit(14, 20));
        assertThat(Hit.leftmostLongest(hits)).extracting(hit -> hit.start() + "-" + hit.end())
                .containsExactly("0-9", "10-14", "14-20");
    }

    @Test
    void aSingleHitIsKeptAsItIs() {
        List<Hit<String>> one = List.of(hit(3, 5));
        assertThat(Hit.leftmostLongest(one)).isSameAs(one);
    }

    @Test
    void withSpanKeepsOwnerAndSentence() {
        Hit<String> widened = new Hit<>("next-step", 4, 9, 2).withSpan(0, 20);
        assertThat(widened).isEqualTo(new Hit<>("next-step", 0, 20, 2));
    }

    private static Hit<String> hit(int start, int end) {
        return new Hit<>("rule", start, end, 0);
    }
}
