package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import org.junit.jupiter.api.Test;

/**
 * The structure of support messages: yes/no questions ask about a problem, '?!' and profanity about a
 * problem are frustration, "died" said of a thing and a crying emoji about a failure are not grief.
 */
class SupportStructureTest {

    private static EmotionReading read(String message) {
        return LexiconEmotionClassifier.english().classify(message);
    }

    @Test
    void aYesNoQuestionAsksAboutAProblemAndItsWordsAreDiscounted() {
        EmotionReading reading = read("@RailHelp hi, is there a delay on the Leeds line this morning?");
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(reading.cuesFor(Emotion.FRUSTRATION)).isNotEmpty()
                .allMatch(cue -> cue.has(CueModifier.CALM_QUESTION) && cue.weight() < cue.baseWeight());
    }

    @Test
    void theSameWordsInAStatementStayFrustration() {
        EmotionReading reading = read("@RailHelp there is a delay on the Leeds line again this morning");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.cues()).noneMatch(cue -> cue.has(CueModifier.CALM_QUESTION));
    }

    @Test
    void aWhQuestionIsNotAYesNoQuestion() {
        EmotionReading reading = read("@RailHelp why are the trains to Leeds still delayed?");
        assertThat(reading.cues()).filteredOn(cue -> cue.text().equalsIgnoreCase("still"))
                .noneMatch(cue -> cue.has(CueModifier.CALM_QUESTION));
    }

    @Test
    void complaintWordsInAnIfClauseSayWhatMightHappenAndAreDiscounted() {
        EmotionReading reading = read("@ShopHelp if the parcel is lost again I will ask for a refund");
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(reading.cuesFor(Emotion.FRUSTRATION)).isNotEmpty().allMatch(cue -> cue.has(CueModifier.HYPOTHETICAL));
    }

    @Test
    void theIfClauseEndsAtAClauseBreakOrAConjunction() {
        EmotionReading reading = read("@ShopHelp wondering if you can help as my parcel is lost again");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.cues()).noneMatch(cue -> cue.has(CueModifier.HYPOTHETICAL));
    }

    @Test
    void aQuestionAskedWithQuestionAndExclamationMarksIsAComplaint() {
        String message = "@ShopHelp why is my order showing as delivered ?!";
        EmotionReading reading = read(message);
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.cuesFor(Emotion.FRUSTRATION)).anyMatch(cue -> cue.has(CueModifier.INDIGNANT));
        for (Cue cue : reading.cues()) {
            assertThat(message.substring(cue.start(), cue.end())).isEqualTo(cue.text());
        }
    }

    @Test
    void aNameWithQuestionAndExclamationMarksIsSurpriseNotAComplaint() {
        assertThat(read("Jordan?! Here, tonight?!").cues()).noneMatch(cue -> cue.has(CueModifier.INDIGNANT));
    }

    @Test
    void profanityAskingAboutAProblemIsFrustrationAndAimedAtPeopleStaysAnger() {
        assertThat(read("why tf is my internet so slow again").emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(read("wtf is going on with the app today").emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(read("wtf are you doing with my account").emotion()).isEqualTo(Emotion.ANGER);
        assertThat(read("who the hell decided to close the only branch").emotion()).isEqualTo(Emotion.ANGER);
    }

    @Test
    void aCurseWordSaidOfAThingIsFrustrationAndSaidOfTheCompanyStaysAnger() {
        EmotionReading thing = read("@TelcoHelp my fucking router drops out every night");
        assertThat(thing.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(thing.cuesFor(Emotion.FRUSTRATION)).anyMatch(cue -> cue.has(CueModifier.INDIGNANT));
        assertThat(read("@TelcoHelp the new app is garbage").emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(read("@TelcoHelp this company is garbage").emotion()).isEqualTo(Emotion.ANGER);
        assertThat(read("@TelcoHelp your stupid agents keep lying to me").emotion()).isEqualTo(Emotion.ANGER);
    }

    @Test
    void aComplaintWordAimedAtTheCompanyIsAngerAndAtAThingStaysFrustration() {
        EmotionReading company = read("@BankHelp never again with your useless staff");
        assertThat(company.emotion()).isEqualTo(Emotion.ANGER);
        assertThat(company.cuesFor(Emotion.ANGER)).anyMatch(cue -> cue.has(CueModifier.AT_THE_COMPANY));
        assertThat(read("@BankHelp your app is useless since the update").cues())
                .noneMatch(cue -> cue.has(CueModifier.AT_THE_COMPANY));
    }

    @Test
    void aDeathWordSaidOfAThingIsABrokenDeviceAndOfAPersonIsGrief() {
        EmotionReading device = read("@TechHelp the tablet I use for work has died");
        assertThat(device.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(device.cuesFor(Emotion.FRUSTRATION)).anyMatch(cue -> cue.has(CueModifier.ABOUT_A_THING));
        assertThat(read("@BankHelp my husband died in May and I need his statements").emotion()).isEqualTo(Emotion.SADNESS);
    }

    @Test
    void aCryingEmojiAboutAServiceFailureIsALetDownButBesideGriefStaysSadness() {
        assertThat(read("@CourierHelp my parcel went back to the depot 😭").emotion()).isNotEqualTo(Emotion.SADNESS);
        assertThat(read("@BankHelp my grandmother passed away on Sunday 😭").emotion()).isEqualTo(Emotion.SADNESS);
    }

    @Test
    void aMessageEndingOnACalmRequestForInformationAsksAndItsProblemWordsAreDiscounted() {
        EmotionReading reading = read("@BankHelp I am struggling to set up my new card. Can you help?");
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(reading.cuesFor(Emotion.FRUSTRATION)).isNotEmpty()
                .allMatch(cue -> cue.has(CueModifier.CALM_QUESTION) && cue.weight() < cue.baseWeight());
    }

    @Test
    void aRhetoricalWhyAnExclamationOrARepeatBeforeTheRequestStaysFrustration() {
        assertThat(read("@BankHelp I am struggling to set up my new card. Why is it so hard?").emotion())
                .isEqualTo(Emotion.FRUSTRATION);
        assertThat(read("@BankHelp I am struggling to set up my new card. Can you help?!").emotion())
                .isEqualTo(Emotion.FRUSTRATION);
        EmotionReading repeated = read("@BankHelp I am struggling to set up my new card again. Can you help?");
        assertThat(repeated.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(repeated.cues()).noneMatch(cue -> cue.has(CueModifier.CALM_QUESTION));
    }

    @Test
    void badDataFailsWithTheLineAndTheReason() {
        String file = "# empathy-support-structure 1\nparam\tpolar.factor\t0.3\nwords\tcolour\tred\n";
        DataLines lines = DataLines.ofText(file, "support-structure.tsv", SupportStructure.FORMAT, 1);
        assertThatThrownBy(() -> SupportStructure.load(lines)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("support-structure.tsv:3").hasMessageContaining("unknown class 'colour'");
    }

    @Test
    void aMissingClassFailsNamingIt() {
        String file = "# empathy-support-structure 1\nparam\tpolar.factor\t0.3\nparam\tindignant.weight\t0.7\nparam\tconditional.factor\t0.3\nparam\trequest.factor\t0.3\n"
                + "words\tauxiliary\tis|are\n";
        DataLines lines = DataLines.ofText(file, "support-structure.tsv", SupportStructure.FORMAT, 1);
        assertThatThrownBy(() -> SupportStructure.load(lines)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("missing words of class 'opener'");
    }
}
