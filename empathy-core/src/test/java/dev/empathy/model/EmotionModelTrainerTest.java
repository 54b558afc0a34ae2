package dev.empathy.model;

import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionEvaluation;
import dev.empathy.emotion.LabelledMessage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmotionModelTrainerTest {

    /** Lexicon-free features, so these tests do not depend on the lexicon's data. */
    static final Set<ModelFeature> NO_LEXICON = EnumSet.complementOf(EnumSet.of(ModelFeature.LEXICON_CUES));
    static final EmotionModelTrainer TRAINER = EmotionModelTrainer.defaults().withFeatures(NO_LEXICON).withCutoff(1);

    @Test
    void defaultsAreMaxentWithAHundredIterationsCutoffTwoAndEveryFeature() {
        EmotionModelTrainer defaults = EmotionModelTrainer.defaults();
        assertThat(defaults.algorithm()).isEqualTo(EmotionModelTrainer.Algorithm.MAXENT);
        assertThat(defaults.iterations()).isEqualTo(100);
        assertThat(defaults.cutoff()).isEqualTo(2);
        assertThat(defaults.features()).containsExactly(ModelFeature.values());
    }

    @Test
    void trainedModelReadsUnseenMessagesOfTheTrainedKinds() {
        ModelEmotionClassifier classifier = ModelEmotionClassifier.of(TRAINER.train(SmallCorpus.messages()));

        assertThat(classifier.classify("thank you so much, really appreciate it").emotion()).isEqualTo(Emotion.GRATITUDE);
        assertThat(classifier.classify("still nothing, this is ridiculous").emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(classifier.classify("can you check the delivery address").emotion()).isEqualTo(Emotion.NEUTRAL);
    }

    @Test
    void modelRemembersItsLabelsSettingsAndExampleCount() {
        EmotionModel model = TRAINER.withIterations(30).train(SmallCorpus.messages());

        assertThat(model.labels()).containsExactly(Emotion.FRUSTRATION, Emotion.GRATITUDE, Emotion.NEUTRAL);
        assertThat(model.features()).isEqualTo(NO_LEXICON);
        assertThat(model.algorithm()).isEqualTo(EmotionModelTrainer.Algorithm.MAXENT);
        assertThat(model.iterations()).isEqualTo(30);
        assertThat(model.cutoff()).isEqualTo(1);
        assertThat(model.exampleCount()).isEqualTo(96);
    }

    @Test
    void trainingTwiceOnTheSameDataGivesIdenticalModelBytes() {
        byte[] first = TRAINER.train(SmallCorpus.messages()).toBytes();
        byte[] second = TRAINER.train(SmallCorpus.messages()).toBytes();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void everyAlgorithmTrainsAModelThatSurvivesSaveAndLoad() {
        for (EmotionModelTrainer.Algorithm algorithm : EmotionModelTrainer.Algorithm.values()) {
            EmotionModel model = TRAINER.withAlgorithm(algorithm).withIterations(20).train(SmallCorpus.messages());
            EmotionModel loaded = EmotionModel.load(new java.io.ByteArrayInputStream(model.toBytes()), "m.bin");

            assertThat(loaded.algorithm()).as(algorithm.id()).isEqualTo(algorithm);
            assertThat(ModelEmotionClassifier.of(loaded).classify("thanks a lot").scores())
                    .as(algorithm.id()).isEqualTo(ModelEmotionClassifier.of(model).classify("thanks a lot").scores());
        }
    }

    @Test
    void trainingNeedsTwoDistinctLabels() {
        List<LabelledMessage> one = List.of(new LabelledMessage("thanks", Emotion.GRATITUDE, 1),
                new LabelledMessage("thank you", Emotion.GRATITUDE, 2));

        assertThatThrownBy(() -> TRAINER.train(one))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("training needs messages with at least 2 distinct labels, got [gratitude]");
    }

    @Test
    void settingsAreValidatedNamingTheArgument() {
        assertThatThrownBy(() -> TRAINER.withIterations(0)).hasMessage("iterations must be >= 1, got 0");
        assertThatThrownBy(() -> TRAINER.withCutoff(0)).hasMessage("cutoff must be >= 1, got 0");
        assertThatThrownBy(() -> TRAINER.withFeatures(Set.of())).hasMessage("features must not be empty");
        assertThatThrownBy(() -> TRAINER.crossValidate(SmallCorpus.messages(), 1))
                .hasMessage("folds must be between 2 and the number of messages (96), got 1");
    }

    @Test
    void algorithmIdsRoundTripAndUnknownIdsListTheValidOnes() {
        assertThat(EmotionModelTrainer.Algorithm.fromId("Maxent-QN")).isEqualTo(EmotionModelTrainer.Algorithm.MAXENT_QN);
        assertThatThrownBy(() -> EmotionModelTrainer.Algorithm.fromId("svm"))
                .hasMessage("unknown algorithm 'svm', expected one of maxent, maxent-qn, naive-bayes, perceptron");
    }

    @Test
    void crossValidationEvaluatesEachFoldWithAModelTrainedOnTheOtherFolds() {
        List<LabelledMessage> messages = SmallCorpus.messages();
        int folds = 4;

        EmotionEvaluation evaluation = TRAINER.crossValidate(messages, folds);

        List<Emotion> gold = new ArrayList<>();
        List<Emotion> predicted = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<LabelledMessage> train = new ArrayList<>();
            List<LabelledMessage> test = new ArrayList<>();
            for (int i = 0; i < messages.size(); i++) {
                (i % folds == fold ? test : train).add(messages.get(i));
            }
            ModelEmotionClassifier classifier = ModelEmotionClassifier.of(TRAINER.train(train));
            for (LabelledMessage message : test) {
                gold.add(message.label());
                predicted.add(classifier.classify(message.text()).emotion());
            }
        }
        EmotionEvaluation expected = EmotionEvaluation.of(gold, predicted);
        assertThat(evaluation.count()).isEqualTo(96);
        assertThat(evaluation.accuracy()).isEqualTo(expected.accuracy());
        assertThat(evaluation.macroF1()).isEqualTo(expected.macroF1());
        assertThat(evaluation.confusion()).isEqualTo(expected.confusion());
        assertThat(evaluation.accuracy()).isGreaterThan(0.5); // each fold holds out one whole template per emotion
    }
}
