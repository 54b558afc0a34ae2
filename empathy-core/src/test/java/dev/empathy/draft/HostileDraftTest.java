package dev.empathy.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reproducers of issue 13, item 4: drafts that took quadratic time in element and time-frame pairing
 * and in the overlap test. Time at ten times the length must stay near ten times the time (with slack for
 * a shared, noisy machine), not a hundred.
 */
class HostileDraftTest {

    private static final DraftChecker CHECKER = DraftChecker.english();

    static Stream<Arguments> repeatedDrafts() {
        return Stream.of(
                Arguments.of("next steps with time frames", "I'll call you by Friday. "),
                Arguments.of("findings next to elements", "Calm down. I am sorry for the delay. "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repeatedDrafts")
    void aLongDraftIsCheckedInLinearTime(String name, String unit) {
        String small = unit.repeat(100_000 / unit.length());
        String large = unit.repeat(1_000_000 / unit.length());
        CHECKER.check(small); // warm up
        long smallTime = timeMillis(() -> CHECKER.check(small));
        long largeTime = timeMillis(() -> CHECKER.check(large));

        assertThat(largeTime).isLessThan(Math.max(40 * smallTime, 5_000));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repeatedDrafts")
    void aLongDraftFindsWhatEachOfItsSentencesHas(String name, String unit) {
        DraftCheck one = CHECKER.check(unit.strip());
        DraftCheck many = CHECKER.check(unit.repeat(1000));

        assertThat(many.findings()).hasSize(1000 * one.findings().size());
        assertThat(many.elements()).hasSize(1000 * one.elements().size());
        for (ElementSpan element : many.elements()) {
            assertThat(many.draft().substring(element.start(), element.end())).isEqualTo(element.text());
        }
    }

    private static long timeMillis(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
