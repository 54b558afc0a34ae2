package dev.empathy.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example and counter-example of the built-in cue file; a failure names its file and line. */
class SituationCueFileTest {

    static Stream<SituationCues.Example> examples() {
        return SituationDetector.english().examples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleReadsAsItsSituation(SituationCues.Example example) {
        SituationReading reading = SituationDetector.english().detect(example.text());
        if (example.counter()) {
            assertThat(reading.situation()).as("%s: \"%s\" must not read as %s", example, example.text(), example.situation().id())
                    .isNotEqualTo(example.situation());
        } else {
            assertThat(reading.situation()).as("%s: \"%s\" (cues %s)", example, example.text(), reading.cues())
                    .isEqualTo(example.situation());
        }
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
