package dev.empathy.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.data.DataLines;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LexiconEmotionClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example written in the shipped statements file holds: {@code example<TAB>statement-id<TAB>message}
 * names a customer the statement fits (the emotion read is one it suits and not one it is never for, at an
 * intensity in its range). One row an example, named by its file and line.
 */
class DataExamplesTest {

    private static final String FILE = "/dev/empathy/phrase/en/statements.tsv";

    static Stream<Arguments> examples() {
        DataLines lines = DataLines.resource(PhraseCatalog.class.getResourceAsStream(FILE), FILE, CatalogReader.FORMAT, CatalogReader.VERSION);
        List<Arguments> examples = new ArrayList<>();
        for (DataLines.Line line : lines.records()) {
            String[] fields = line.fields();
            if (fields[0].equals(CatalogReader.EXAMPLE)) {
                examples.add(Arguments.of("statements.tsv:" + line.number(), fields[1], fields[2]));
            }
        }
        return examples.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("examples")
    void theStatementFitsTheCustomerOfItsExample(String where, String id, String message) {
        Statement statement = PhraseCatalog.english().statement(id).orElse(null);
        assertThat(statement).as("%s names statement '%s', which the catalog does not hold", where, id).isNotNull();
        EmotionReading reading = LexiconEmotionClassifier.english().classify(message);
        assertThat(statement.suits()).as("%s: %s reads as %s", where, message, reading.emotion().id()).contains(reading.emotion());
        assertThat(statement.neverFor()).as("%s: %s", where, message).doesNotContain(reading.emotion());
        assertThat(statement.fitsIntensity(reading.intensity())).as("%s: intensity %.2f outside %.1f-%.1f", where,
                reading.intensity(), statement.minIntensity(), statement.maxIntensity()).isTrue();
    }

    @Test
    void theStatementsFileHasExamples() {
        assertThat(examples()).isNotEmpty();
    }
}
