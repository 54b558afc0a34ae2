package dev.empathy.model;

import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionEvaluation;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LabelledMessage;
import dev.empathy.emotion.LabelledMessages;
import dev.empathy.emotion.LexiconEmotionClassifier;
import dev.empathy.emotion.SignalType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelEmotionClassifierTest {

    static ModelEmotionClassifier classifier;

    @BeforeAll
    static void train() {
        classifier = ModelEmotionClassifier.of(EmotionModelTrainerTest.TRAINER.train(SmallCorpus.messages()));
    }

    @Test
    void scoresAreTheModelsProbabilitiesAndUntrainedEmotionsScoreZero() {
        EmotionReading reading = classifier.classify("thanks a lot for the help");

        assertThat(reading.scores().asMap().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(reading.score(Emotion.ANGER)).isZero();
        assertThat(reading.score(Emotion.SADNESS)).isZero();
        assertThat(reading.emotion()).isEqualTo(Emotion.GRATITUDE);
        assertThat(reading.intensity()).isEqualTo(reading.score(Emotion.GRATITUDE));
        double runnerUp = Math.max(reading.score(Emotion.FRUSTRATION), reading.score(Emotion.NEUTRAL));
        assertThat(reading.confidence()).isCloseTo(reading.score(Emotion.GRATITUDE) - runnerUp,
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void modelReadingCarriesNoCuesOrSentences() {
        EmotionReading reading = classifier.classify("ugh, still broken. this is ridiculous");

        assertThat(reading.cues()).isEmpty();
        assertThat(reading.sentences()).isEmpty();
    }

    @Test
    void neutralReadingHasIntensityZero() {
        EmotionReading reading = classifier.classify("what is the status of my booking");

        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(reading.intensity()).isZero();
    }

    @Test
    void blankTextReadsNeutralAndNullIsRejected() {
        assertThat(classifier.classify("  \n")).isSameAs(EmotionReading.neutral());
        assertThatThrownBy(() -> classifier.classify(null)).hasMessage("message must not be null");
    }

    @Test
    void modelWithLexiconCuesCarriesTheLexiconsSignals() {
        ModelEmotionClassifier withCues = ModelEmotionClassifier.of(
                EmotionModelTrainer.defaults().withCutoff(1).train(SmallCorpus.messages()));

        EmotionReading reading = withCues.classify("This is the third time I'm asking about my refund!");

        assertThat(withCues.model().features()).contains(ModelFeature.LEXICON_CUES);
        assertThat(reading.signals()).isEqualTo(LexiconEmotionClassifier.english()
                .classify("This is the third time I'm asking about my refund!").signals());
        assertThat(reading.has(SignalType.REPEATED_CONTACT)).isTrue();
    }

    @Test
    void eightThreadsSharingOneClassifierGetTheSameReadingsAsOneThread() throws Exception {
        ModelEmotionClassifier shared = ModelEmotionClassifier.of(
                EmotionModelTrainer.defaults().withCutoff(1).train(SmallCorpus.messages()));
        List<String> messages = new ArrayList<>();
        for (LabelledMessage message : SmallCorpus.messages()) {
            messages.add(message.text());
            messages.add(message.text().toUpperCase(java.util.Locale.ROOT) + "!!");
            messages.add("not " + message.text() + ", but thanks");
        }
        List<EmotionReading> expected = messages.stream().map(shared::classify).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<EmotionReading>>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int offset = thread * 37;
                results.add(pool.submit(() -> {
                    EmotionReading[] readings = new EmotionReading[messages.size()];
                    for (int round = 0; round < 5; round++) {
                        for (int k = 0; k < messages.size(); k++) {
                            int i = (k + offset) % messages.size(); // each thread walks the messages in its own order
                            readings[i] = shared.classify(messages.get(i));
                        }
                    }
                    return List.of(readings);
                }));
            }
            for (Future<List<EmotionReading>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void builtInModelReadsTheHeldOutTestSplitWithMacroF1AboveTheLexicons() {
        java.util.List<LabelledMessage> test = LabelledMessages.readTsv(java.nio.file.Path.of("src/test/resources/corpus/emotion-test.tsv"));

        EmotionEvaluation model = EmotionEvaluation.of(ModelEmotionClassifier.english(), test);
        EmotionEvaluation lexicon = EmotionEvaluation.of(LexiconEmotionClassifier.english(), test);

        assertThat(model.count()).isEqualTo(903);
        assertThat(model.macroF1()).isGreaterThan(0.7).isGreaterThan(lexicon.macroF1());
    }
}
