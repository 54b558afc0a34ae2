package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The detected situation as evidence: affected reports of a failure are frustration, calm questions neutral. */
class SituationEvidenceTest {

    private static EmotionReading read(String message) {
        return LexiconEmotionClassifier.english().classify(message);
    }

    @Test
    void anAffectedReportOfAFailureReadsFrustrationOnTheSituationsWords() {
        String message = "@ShopHelp my parcel went to the depot in Leeds again and then back to the sender";
        EmotionReading reading = read(message);
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        Cue added = reading.cues().stream().filter(cue -> cue.source() == Cue.Source.SITUATION).findFirst().orElseThrow();
        assertThat(message.substring(added.start(), added.end())).isEqualTo(added.text());
        assertThat(reading.situation().cues()).anyMatch(cue -> cue.start() == added.start());
    }

    @Test
    void theSameReportWithoutTheSituationDetectorStaysAsTheWordsSay() {
        LexiconEmotionClassifier withoutSituations = LexiconEmotionClassifier.builder().withoutSituations().build();
        String message = "@ShopHelp my parcel went to the depot in Leeds again and then back to the sender";
        assertThat(withoutSituations.classify(message).cues()).noneMatch(cue -> cue.source() == Cue.Source.SITUATION);
    }

    @Test
    void aCalmQuestionAboutAFailureIsNeutralAndItsFailureWordsAreDiscounted() {
        EmotionReading reading = read("@BankHelp is online banking broken today?");
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(reading.cuesFor(Emotion.FRUSTRATION)).isNotEmpty()
                .allMatch(cue -> cue.has(CueModifier.CALM_QUESTION) && cue.weight() < cue.baseWeight());
    }

    @Test
    void anExclamationMakesTheQuestionNoLongerCalm() {
        EmotionReading reading = read("@BankHelp is online banking broken again today?!");
        assertThat(reading.cues()).noneMatch(cue -> cue.has(CueModifier.CALM_QUESTION));
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
    }

    @Test
    void aReportThatDoesNotSayWhoItAffectsGetsNoSituationCue() {
        EmotionReading reading = read("The parcel went to the depot in Leeds and then back to the sender");
        assertThat(reading.cues()).noneMatch(cue -> cue.source() == Cue.Source.SITUATION);
    }

    @Test
    void oneCueWithAnotherSenseOutsideASupportContextAddsNoFrustration() {
        EmotionReading reading = read("I have my ups and downs");
        assertThat(reading.situation().cues()).extracting(cue -> cue.text()).containsExactly("ups");
        assertThat(reading.cues()).noneMatch(cue -> cue.source() == Cue.Source.SITUATION);
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(read("I locked myself out yesterday").cues()).noneMatch(cue -> cue.source() == Cue.Source.SITUATION);
    }

    @Test
    void anAtHandleMakesASingleCueASupportReport() {
        assertThat(read("I was charged twice").cues()).noneMatch(cue -> cue.source() == Cue.Source.SITUATION);
        assertThat(read("@ShopHelp I was charged twice").cues()).anyMatch(cue -> cue.source() == Cue.Source.SITUATION);
    }

    @Test
    void aServiceWordASecondCueOrAPossessiveObjectMakeASupportReport() {
        assertThat(read("I was charged twice on my account").cues()).anyMatch(cue -> cue.source() == Cue.Source.SITUATION);
        assertThat(read("I was charged twice, the money left my bank on Monday").cues())
                .anyMatch(cue -> cue.source() == Cue.Source.SITUATION);
        EmotionReading possessive = read("They locked my profile yesterday");
        assertThat(possessive.cues()).anyMatch(cue -> cue.source() == Cue.Source.SITUATION);
        assertThat(possessive.emotion()).isEqualTo(Emotion.FRUSTRATION);
    }

    @Test
    void griefWordsAboutABrokenProductReadAsFrustration() {
        EmotionReading reading = read("@TechHelp my laptop died after the update");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.cues()).noneMatch(cue -> cue.emotion() == Emotion.SADNESS);
    }

    @Test
    void griefOutsideAProductSituationStaysSadness() {
        assertThat(read("My mother died in April and I have to close her account").emotion()).isEqualTo(Emotion.SADNESS);
    }

    @Test
    void badDataFailsWithTheLineAndTheReason() {
        String file = "# empathy-situation-evidence 1\nparam\tweight\t0.9\nparam\tcalm.factor\t0.3\nfailure\tdelivery-delay lateness\n";
        DataLines lines = DataLines.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "evidence.tsv",
                SituationEvidence.FORMAT, 1);
        assertThatThrownBy(() -> SituationEvidence.load(lines)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("evidence.tsv").hasMessageContaining(":4").hasMessageContaining("lateness");
    }

    @Test
    void aMissingParamFailsToLoad() {
        String file = "# empathy-situation-evidence 1\nparam\tweight\t0.9\n";
        DataLines lines = DataLines.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "evidence.tsv",
                SituationEvidence.FORMAT, 1);
        assertThatThrownBy(() -> SituationEvidence.load(lines)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("calm.factor");
    }
}
