package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word families and scope words of the shipped data, read on sentences written for this test. */
class WordFamiliesTest {

    private static Emotion read(String message) {
        return LexiconEmotionClassifier.english().classify(message).emotion();
    }

    @Test
    void likingAfterItsSubjectIsSatisfactionButLikeAloneIsNot() {
        assertThat(read("We really like the new seats")).isEqualTo(Emotion.SATISFACTION);
        assertThat(read("It looks like the parcel is in Leeds")).isEqualTo(Emotion.NEUTRAL);
    }

    @Test
    void neverBeenSoIsTheMostNotANegation() {
        assertThat(read("I have never been so happy with a delivery")).isEqualTo(Emotion.SATISFACTION);
        assertThat(read("I have never been happy with this router")).isEqualTo(Emotion.DISAPPOINTMENT);
    }

    @Test
    void stillAwaitingIsAWaitLikeStillWaiting() {
        assertThat(read("@BankHelp my dispute is still awaiting a decision :(")).isEqualTo(Emotion.FRUSTRATION);
        assertThat(read("@BankHelp the form is awaiting your signature")).isEqualTo(Emotion.NEUTRAL);
    }

    @Test
    void feelingBadForSomeoneIsSympathyNotALetDown() {
        assertThat(read("I felt so bad for the old lady on the bus this morning")).isEqualTo(Emotion.SADNESS);
        assertThat(read("The new menu is bad")).isEqualTo(Emotion.DISAPPOINTMENT);
    }

    @Test
    void justEndsANegationsScope() {
        assertThat(read("I'm not annoyed just confused about the two bills")).isEqualTo(Emotion.CONFUSION);
    }

    @Test
    void aPlainRequestForHelpIsNotWorry() {
        assertThat(read("Please help me change my seat")).isEqualTo(Emotion.NEUTRAL);
        assertThat(read("Someone please help, my card has been stolen")).isEqualTo(Emotion.ANXIETY);
    }

    @Test
    void fearWordsAreAnxietyAndMissingSomeoneIsSadness() {
        assertThat(read("The empty corridor at night is so creepy")).isEqualTo(Emotion.ANXIETY);
        assertThat(read("I really miss my grandad")).isEqualTo(Emotion.SADNESS);
        assertThat(read("I miss the old layout")).isEqualTo(Emotion.DISAPPOINTMENT);
    }

    @Test
    void answeringThanksIsGratitudeAndAHowToQuestionIsNeutral() {
        assertThat(read("You're welcome, glad I could return the favour")).isIn(Emotion.GRATITUDE, Emotion.SATISFACTION);
        assertThat(read("I moved house last week. How do I change my address?")).isEqualTo(Emotion.NEUTRAL);
        assertThat(read("I wouldn't even know where to start. How do I reset it?")).isEqualTo(Emotion.CONFUSION);
    }

    @Test
    void aContractedRequestFormulaIsNotGratitude() {
        assertThat(read("Could you send me the invoice again? It'd be much appreciated")).isEqualTo(Emotion.NEUTRAL);
    }
}
