package dev.empathy.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

/**
 * The built-in cue file has an example for every situation and counter-examples. (They run, with every data
 * file's examples, in {@code dev.empathy.verify.DataExamplesTest}.)
 */
class SituationCueFileTest {

    static Stream<SituationCues.Example> examples() {
        return SituationDetector.english().examples().stream();
    }

    @org.junit.jupiter.api.Test
    void everySituationHasAnExampleAndTheFileHasCounterExamples() {
        for (Situation situation : Situation.values()) {
            assertThat(examples().filter(e -> !e.counter() && e.situation() == situation))
                    .as("an example for %s", situation.id()).isNotEmpty();
        }
        assertThat(examples().filter(SituationCues.Example::counter)).hasSizeGreaterThanOrEqualTo(5);
    }
}
