package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What keeps a calm message calm: "still" is the persistence of a complaint, not one on its own, and a calm
 * request for information holds little frustration however many small cues add up in it.
 */
class CalmStructureTest {

    private static EmotionReading read(String message) {
        return LexiconEmotionClassifier.english().classify(message);
    }

    static Stream<Arguments> examples() {
        String file = "calm-structure.tsv";
        DataLines lines = DataLines.resource(CalmStructureTest.class, "/dev/empathy/emotion/en/" + file, CalmStructure.FORMAT, 1);
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
    @MethodSource("examples")
    void calmStructureExamplesReadAsWritten(String where, String emotion, String message) {
        EmotionReading reading = read(message);
        assertThat(reading.emotion()).as(where + ": " + reading.cues()).isEqualTo(Emotion.fromId(emotion));
    }

    @Test
    void stillWithNoComplaintToPersistIsNoCue() {
        EmotionReading reading = read("@GymHelp Hello, this is Priya from the Leeds branch. I still have my old membership card.");
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(reading.cues()).noneMatch(cue -> cue.text().equalsIgnoreCase("still"));
    }

    @Test
    void stillBesideAComplaintStaysItsFrustration() {
        EmotionReading reading = read("@GymHelp the shower in the Leeds branch is broken and the app still shows it as working");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.cuesFor(Emotion.FRUSTRATION)).anyMatch(cue -> cue.text().equalsIgnoreCase("still"));
    }

    @Test
    void anEmphasisedOrHeatedStillStays() {
        assertThat(read("@GymHelp the Leeds branch STILL has my old address").cues())
                .anyMatch(cue -> cue.text().equals("STILL"));
        assertThat(read("@GymHelp the Leeds branch still has my old address??").cues())
                .anyMatch(cue -> cue.text().equals("still"));
    }

    @Test
    void aCalmRequestHoldsAtMostTheCapOfFrustration() {
        EmotionReading reading = read("@GymHelp I forgot my towel in the locker and couldn't find it later. "
                + "Is there a box for lost things at reception? If so, who keeps it?");
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(reading.cuesFor(Emotion.FRUSTRATION)).isNotEmpty()
                .allMatch(cue -> cue.has(CueModifier.CALM_QUESTION) && cue.weight() < cue.baseWeight());
        assertThat(reading.scores().get(Emotion.FRUSTRATION)).isLessThan(reading.scores().get(Emotion.NEUTRAL));
    }

    @Test
    void aRhetoricalQuestionOrAFeltWordIsNoCalmRequest() {
        String report = "@GymHelp I forgot my towel in the locker and couldn't find it later. ";
        assertThat(read(report + "Why is there no box for lost things at reception?").emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(read(report + "Is there a box for lost things at reception? This is so annoying.").emotion())
                .isEqualTo(Emotion.FRUSTRATION);
        assertThat(read(report + "Is there a box for lost things at reception?!").emotion()).isEqualTo(Emotion.FRUSTRATION);
    }

    @Test
    void badDataFailsNamingTheLine() {
        String file = "# empathy-calm-structure 1\nparam\trequest.cap\t1.5\n";
        DataLines lines = DataLines.ofText(file, "calm-structure.tsv", CalmStructure.FORMAT, 1);
        assertThatThrownBy(() -> CalmStructure.load(lines)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("calm-structure.tsv:2").hasMessageContaining("request.cap must be in [0, 1]");
        String noClass = "# empathy-calm-structure 1\nparam\trequest.cap\t0.8\nparam\trequest.strong\t1\nparam\treported.factor\t0.3\n"
                + "words\tpersistence\tstill\n";
        assertThatThrownBy(() -> CalmStructure.load(DataLines.ofText(noClass, "calm-structure.tsv", CalmStructure.FORMAT, 1)))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("missing words of class 'rhetorical'");
        String reported = "# empathy-calm-structure 1\nparam\treported.factor\t2\n";
        assertThatThrownBy(() -> CalmStructure.load(DataLines.ofText(reported, "calm-structure.tsv", CalmStructure.FORMAT, 1)))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("calm-structure.tsv:2")
                .hasMessageContaining("reported.factor must be in [0, 1]");
        String phrase = "# empathy-calm-structure 1\nwords\trhetorical\thow come\n";
        assertThatThrownBy(() -> CalmStructure.load(DataLines.ofText(phrase, "calm-structure.tsv", CalmStructure.FORMAT, 1)))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("calm-structure.tsv:2")
                .hasMessageContaining("one word");
    }
}
