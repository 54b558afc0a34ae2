package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.internal.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each stage of the lexicon engine on its own: the cues the {@link CueFinder} finds in one sentence, then
 * one stage, with the built-in data. A new stage gets a test like these.
 */
class CueStagesTest {

    private static final Lexicon LEXICON = LexiconEmotionClassifier.english().lexicon();
    private static final Parameters PARAMETERS = LEXICON.parameters;

    private static SentenceCues found(String text) {
        return new CueFinder(LEXICON).find(text, TextAnalyzer.english().sentences(text).get(0));
    }

    private static LexiconCue only(SentenceCues sentence) {
        assertThat(sentence.cues()).hasSize(1);
        return sentence.cues().get(0);
    }

    @Test
    void aMessageIsShoutedWithEightLettersNineInTenOfThemCapitalsInAnyScriptOrCoder() {
        assertThat(CapitalsStage.isShouted("WHERE IS MY ORDER")).isTrue();
        assertThat(CapitalsStage.isShouted("WHERE IS MY ORDER \uD83D\uDE21")).isTrue(); // a UTF-16 string
        assertThat(CapitalsStage.isShouted("\u00C9T\u00C9 \u00C9NORME \u0394\u0394")).isTrue();
        assertThat(CapitalsStage.isShouted("WHERE IS my order")).isFalse();
        assertThat(CapitalsStage.isShouted("WHERE IS MY ORDEr \uD83D\uDE21")).isTrue(); // 13 of 14
        assertThat(CapitalsStage.isShouted("WHERE IS MY ORder \uD83D\uDE21")).isFalse(); // 12 of 14
        assertThat(CapitalsStage.isShouted("ABCDEFG!")).isFalse(); // seven letters
    }

    @Test
    void theFinderRecordsScopesButLeavesWeightsToTheStages() {
        LexiconCue cue = only(found("I am not really happy"));
        assertThat(cue.emotion()).isEqualTo(Emotion.SATISFACTION);
        assertThat(cue.weight()).isEqualTo(cue.baseWeight());
        assertThat(cue.found().negated()).isTrue();
        assertThat(cue.found().multiplier()).isGreaterThan(1);
        assertThat(cue.modifiers()).isZero();
    }

    @Test
    void intensityMultipliesByTheModifierAndDiminishingMarksItSo() {
        LexiconCue really = only(new IntensityStage().apply("", found("I am really annoyed")));
        assertThat(really.weight()).isEqualTo(really.baseWeight() * really.found().multiplier());
        assertThat(really.has(CueModifier.INTENSIFIED)).isTrue();

        LexiconCue aBit = only(new IntensityStage().apply("", found("I am a bit annoyed")));
        assertThat(aBit.weight()).isLessThan(aBit.baseWeight());
        assertThat(aBit.has(CueModifier.DIMINISHED)).isTrue();
    }

    @Test
    void negationMapsTheEmotionAsTheParametersSay() {
        Parameters.Negation rule = PARAMETERS.negation().get(Emotion.SATISFACTION);
        LexiconCue notHappy = only(new NegationStage(PARAMETERS).apply("", found("I am not happy")));
        assertThat(notHappy.emotion()).isEqualTo(rule.target());
        assertThat(notHappy.weight()).isEqualTo(notHappy.baseWeight() * rule.factor());
        assertThat(notHappy.has(CueModifier.NEGATED)).isTrue();
    }

    @Test
    void negationToNeutralCancelsTheCueButKeepsIt() {
        assertThat(PARAMETERS.negation().get(Emotion.ANGER).target()).isEqualTo(Emotion.NEUTRAL);
        LexiconCue notAngry = only(new NegationStage(PARAMETERS).apply("", found("I am not angry")));
        assertThat(notAngry.emotion()).isEqualTo(Emotion.ANGER);
        assertThat(notAngry.weight()).isZero();
    }

    @Test
    void exclamationsRaiseEveryCueUpToTheirMaximum() {
        String two = "I am annoyed!!";
        LexiconCue raised = only(new ExclamationStage(PARAMETERS).apply(two, found(two)));
        assertThat(raised.weight()).isEqualTo(raised.baseWeight() * (1 + PARAMETERS.exclamationStep()));
        String many = "I am annoyed!!!!!!!!!!";
        LexiconCue capped = only(new ExclamationStage(PARAMETERS).apply(many, found(many)));
        assertThat(capped.weight()).isEqualTo(capped.baseWeight() * (1 + PARAMETERS.exclamationStep() * PARAMETERS.exclamationMax()));
        String one = "I am annoyed!";
        assertThat(only(new ExclamationStage(PARAMETERS).apply(one, found(one))).has(CueModifier.EXCLAMATION)).isFalse();
    }

    @Test
    void aStageReturnsNewCuesAndLeavesItsInputAsItWas() {
        SentenceCues before = found("I am really annoyed");
        SentenceCues after = new IntensityStage().apply("", before);
        assertThat(after).isNotSameAs(before);
        assertThat(only(before).weight()).isEqualTo(only(before).baseWeight());
    }

    @Test
    void inTextOrderSortsByStartThenEndAndKeepsTiesInTheOrderFound() {
        SentenceCues sentence = found("x").withCues(List.of(
                LexiconCue.of(5, 9, -1, Emotion.ANGER, 1, Cue.Source.SYMBOL),
                LexiconCue.of(0, 4, -1, Emotion.ANXIETY, 1, Cue.Source.SYMBOL),
                LexiconCue.of(0, 2, -1, Emotion.SADNESS, 1, Cue.Source.SYMBOL),
                LexiconCue.of(0, 2, -1, Emotion.CONFUSION, 1, Cue.Source.SYMBOL)));
        MessageCues sorted = CueStage.IN_TEXT_ORDER.apply(new MessageCues("x", dev.empathy.situation.SituationReading.general(), List.of(sentence)));
        assertThat(sorted.sentences().get(0).cues()).extracting(LexiconCue::emotion)
                .containsExactly(Emotion.SADNESS, Emotion.CONFUSION, Emotion.ANXIETY, Emotion.ANGER);
    }
}
