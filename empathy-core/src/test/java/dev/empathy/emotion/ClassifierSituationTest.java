package dev.empathy.emotion;

import dev.empathy.model.BlendedEmotionClassifier;
import dev.empathy.model.EmotionModel;
import dev.empathy.model.ModelEmotionClassifier;
import dev.empathy.situation.Situation;
import dev.empathy.situation.SituationDetector;
import dev.empathy.situation.SituationReading;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every classifier gives its readings a situation, and each can switch detection off or use another detector. */
class ClassifierSituationTest {

    private static final String LATE = "My parcel still hasn't arrived and tracking hasn't moved";

    private static SituationDetector jammedIsDefect() {
        return SituationDetector.builder().withoutBuiltInCues()
                .addCues(new ByteArrayInputStream("# empathy-situation-cues 1\ncue\tdefect\t3\tjammed\n".getBytes(StandardCharsets.UTF_8)), "vendor.tsv")
                .build();
    }

    @Test
    void lexiconReadingsCarryTheSituationOfTheBuiltInDetector() {
        EmotionReading reading = LexiconEmotionClassifier.english().classify(LATE);

        assertThat(reading.situation()).isEqualTo(SituationDetector.english().detect(LATE));
        assertThat(reading.situation().situation()).isEqualTo(Situation.DELIVERY_DELAY);
        assertThat(LexiconEmotionClassifier.english().situationDetector()).isSameAs(SituationDetector.english());
    }

    @Test
    void lexiconBuilderSwitchesSituationsOffOrUsesAnotherDetector() {
        assertThat(LexiconEmotionClassifier.builder().withoutSituations().build().classify(LATE).situation())
                .isEqualTo(SituationReading.general());
        LexiconEmotionClassifier vendor = LexiconEmotionClassifier.builder().situationDetector(jammedIsDefect()).build();
        assertThat(vendor.classify(LATE).situation().isGeneral()).isTrue();
        assertThat(vendor.classify("the printer is jammed").situation().situation()).isEqualTo(Situation.DEFECT);
    }

    @Test
    void modelAndBlendReadingsCarryTheSameSituation() {
        SituationReading expected = SituationDetector.english().detect(LATE);

        assertThat(ModelEmotionClassifier.english().classify(LATE).situation()).isEqualTo(expected);
        assertThat(BlendedEmotionClassifier.english().classify(LATE).situation()).isEqualTo(expected);
    }

    @Test
    void modelAndBlendCanSwitchSituationsOffOrUseAnotherDetector() {
        assertThat(ModelEmotionClassifier.english().withSituationDetector(SituationDetector.none()).classify(LATE).situation())
                .isEqualTo(SituationReading.general());
        assertThat(BlendedEmotionClassifier.english().withSituationDetector(SituationDetector.none()).classify(LATE).situation())
                .isEqualTo(SituationReading.general());
        BlendedEmotionClassifier vendor = BlendedEmotionClassifier.english().withSituationDetector(jammedIsDefect());
        assertThat(vendor.classify("the printer is jammed").situation().situation()).isEqualTo(Situation.DEFECT);
        assertThat(vendor.situationDetector()).isNotSameAs(SituationDetector.english());
    }

    @Test
    void aModelUsesItsLexiconsDetectorByDefault() {
        LexiconEmotionClassifier lexicon = LexiconEmotionClassifier.builder().withoutSituations().build();
        ModelEmotionClassifier model = ModelEmotionClassifier.of(EmotionModel.english(), lexicon);

        assertThat(model.situationDetector()).isSameAs(SituationDetector.none());
        assertThat(BlendedEmotionClassifier.of(model).classify(LATE).situation()).isEqualTo(SituationReading.general());
    }

    @Test
    void blankTextReadsNeutralWithAGeneralSituation() {
        assertThat(LexiconEmotionClassifier.english().classify(" ").situation()).isEqualTo(SituationReading.general());
        assertThat(BlendedEmotionClassifier.english().classify("").situation()).isEqualTo(SituationReading.general());
    }
}
