package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.data.DataLines;
import dev.empathy.internal.text.Sentence;
import dev.empathy.internal.text.TextAnalyzer;
import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the examples written in the support-domain data files; each failing line is reported on its own. */
class SupportDataExamplesTest {

    private static final String DATA = "/dev/empathy/emotion/en/";

    static Stream<Arguments> failureExamples() {
        return examples("service-failures.tsv", ServiceFailures.FORMAT);
    }

    static Stream<Arguments> socialExamples() {
        return examples("social-media.tsv", SocialText.FORMAT);
    }

    static Stream<Arguments> situationExamples() {
        return examples("situation-evidence.tsv", SituationEvidence.FORMAT);
    }

    static Stream<Arguments> structureExamples() {
        return examples("support-structure.tsv", SupportStructure.FORMAT);
    }

    private static Stream<Arguments> examples(String file, String format) {
        DataLines lines = DataLines.resource(SupportDataExamplesTest.class, DATA + file, format, 1);
        List<Arguments> out = new ArrayList<>();
        for (DataLines.Line line : lines.records()) {
            String[] fields = line.fields();
            if (fields[0].equals("example")) {
                out.add(Arguments.of(file + ":" + line.number(), fields[1], fields[2]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("failureExamples")
    void serviceFailureExamplesReadAsWritten(String where, String sign, String message) {
        EmotionReading reading = LexiconEmotionClassifier.english().classify(message);
        List<Cue> failures = reading.cues().stream().filter(cue -> cue.source() == Cue.Source.FAILURE).toList();
        if (sign.equals("+")) { // a failure cue, or the lexicon already reads the failure as frustration
            assertThat(reading.cuesFor(Emotion.FRUSTRATION)).as(where + ": " + reading.cues()).isNotEmpty();
            assertThat(reading.emotion()).as(where).isEqualTo(Emotion.FRUSTRATION);
        } else {
            assertThat(failures).as(where + " should hold no failure cue").isEmpty();
        }
        for (Cue cue : failures) {
            assertThat(message.substring(cue.start(), cue.end())).isEqualTo(cue.text());
        }
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("socialExamples")
    void socialMediaExamplesReadAsWritten(String where, String message, String expected) {
        SocialText social = LexiconEmotionClassifier.english().lexicon().social;
        List<String> keys = new ArrayList<>();
        for (Sentence sentence : TextAnalyzer.english().sentences(message)) {
            for (Token token : social.normalise(message, sentence.start(), sentence.end(), sentence.tokens()).tokens()) {
                assertThat(token.start()).isGreaterThanOrEqualTo(0);
                assertThat(token.end()).isLessThanOrEqualTo(message.length());
                keys.add(token.key());
            }
        }
        assertThat(keys.stream().collect(Collectors.joining(" "))).as(where).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("situationExamples")
    void situationEvidenceExamplesReadAsWritten(String where, String emotion, String message) {
        EmotionReading reading = LexiconEmotionClassifier.english().classify(message);
        assertThat(reading.emotion()).as(where + ": " + reading.cues()).isEqualTo(Emotion.fromId(emotion));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("structureExamples")
    void supportStructureExamplesReadAsWritten(String where, String emotion, String message) {
        EmotionReading reading = LexiconEmotionClassifier.english().classify(message);
        assertThat(reading.emotion()).as(where + ": " + reading.cues()).isEqualTo(Emotion.fromId(emotion));
    }
}
