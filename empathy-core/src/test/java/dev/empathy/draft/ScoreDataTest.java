package dev.empathy.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.data.DataLines;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example and counter-example of {@code elements.tsv} and {@code politeness.tsv} is run through the
 * built-in checker: an example shows its element or strategy, a counter-example does not.
 */
class ScoreDataTest {

    private static final DraftChecker CHECKER = DraftChecker.english();

    static Stream<Arguments> elementCounters() {
        DataLines lines = DataLines.resource(DraftChecker.class, "/dev/empathy/draft/en/elements.tsv", "empathy-elements", 1);
        return lines.records().stream()
                .filter(line -> line.fields().length > 3 && !line.fields()[3].strip().equals("-") && !line.fields()[0].equals("time-frame"))
                .map(line -> Arguments.of("elements.tsv:" + line.number(), line.fields()[0].strip(), line.fields()[3].strip()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elementCounters")
    void noElementCueCounterExampleShowsItsElement(String name, String element, String counter) {
        assertThat(CHECKER.check(counter).elements()).as("%s on %s", name, counter)
                .extracting(span -> span.element().id()).doesNotContain(element);
    }

    static Stream<Arguments> strategies() {
        DataLines lines = DataLines.resource(DraftChecker.class, "/dev/empathy/draft/en/politeness.tsv", PolitenessScorer.FORMAT, 1);
        return lines.records().stream().map(line -> Arguments.of("politeness.tsv:" + line.number(), line.fields()[0].strip(),
                line.fields()[4].strip(), line.fields()[5].strip()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void everyPolitenessExampleShowsItsStrategyAndNoCounterExampleDoes(String name, String strategy, String example, String counter) {
        assertThat(CHECKER.check(example).politeness().evidence()).as("%s on %s", name, example)
                .extracting(ScoreEvidence::id).contains(strategy);
        if (!counter.equals("-")) {
            assertThat(CHECKER.check(counter).politeness().evidence()).as("%s on counter %s", name, counter)
                    .extracting(ScoreEvidence::id).doesNotContain(strategy);
        }
    }
}
