package dev.empathy.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example written in the shipped data files of empathy-core holds: the lexicon's and the modifiers'
 * ({@code example<TAB>emotion<TAB>message}), the situation cues' examples and counter-examples, and each
 * rule's examples (exact marked span) and counter-examples. One row an example, named by its file and line.
 */
class DataExamplesTest {

    private static final List<DataExample> EXAMPLES = DataVerifier.builtInExamples();

    static Stream<DataExample> examples() {
        return EXAMPLES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void holds(DataExample example) {
        assertThat(example.run()).as("%s", example).isEmpty();
    }

    @Test
    void everyDataFileWithExamplesContributesSome() {
        assertThat(EXAMPLES).extracting(example -> example.source().substring(example.source().lastIndexOf('/') + 1))
                .contains("lexicon.tsv", "modifiers.tsv", "situation-cues.tsv", "rules.tsv");
    }
}
