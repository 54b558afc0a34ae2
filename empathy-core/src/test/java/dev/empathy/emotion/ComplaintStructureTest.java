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
 * How strongly a complaint is meant and at whom: a complaint word said of the company's people is anger, an
 * exclaimed denial is frustration, negated praise beside a complaint is frustration, not a let-down.
 */
class ComplaintStructureTest {

    private static EmotionReading read(String message) {
        return LexiconEmotionClassifier.english().classify(message);
    }

    @Test
    void aComplaintWordSaidOfTheCompanysPeopleIsAnger() {
        EmotionReading reading = read("@BankHelp you guys are so slow, the transfer took a week");
        assertThat(reading.emotion()).isEqualTo(Emotion.ANGER);
        assertThat(reading.cuesFor(Emotion.ANGER)).anyMatch(cue -> cue.text().equals("slow")
                && cue.has(CueModifier.AT_THE_COMPANY));
    }

    @Test
    void theSameWordSaidOfAThingStaysFrustration() {
        EmotionReading reading = read("@BankHelp your app is so slow, the transfer took a week");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.cues()).noneMatch(cue -> cue.has(CueModifier.AT_THE_COMPANY));
    }

    @Test
    void anAccusationSaidOfThemIsNotWorry() {
        EmotionReading reading = read("@TaxiHelp u r a fraud, the driver cancelled and I paid the fee");
        assertThat(reading.emotion()).isEqualTo(Emotion.ANGER);
        assertThat(reading.cuesFor(Emotion.ANXIETY)).isEmpty();
    }

    @Test
    void tooManyWordsBetweenThemAndTheJudgementIsNoJudgementOfThem() {
        EmotionReading reading = read("@ShopHelp you are all of the people who said the box was so terrible");
        assertThat(reading.cues()).noneMatch(cue -> cue.has(CueModifier.AT_THE_COMPANY));
    }

    @Test
    void anExclaimedDenialWithNoEmotionWordIsFrustration() {
        String message = "@AirHelp the bill says 5,000 miles, not 3,200 as we flew!!";
        EmotionReading reading = read(message);
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        Cue marks = reading.cuesFor(Emotion.FRUSTRATION).get(0);
        assertThat(marks.text()).isEqualTo("!!");
        assertThat(message.substring(marks.start(), marks.end())).isEqualTo("!!");
        assertThat(marks.has(CueModifier.EXCLAMATION)).isTrue();
    }

    @Test
    void anExclaimedDenialBesidePraiseOrInAQuestionIsNoComplaint() {
        assertThat(read("@ShopHelp no problem at all, the parcel was lovely!!").emotion()).isEqualTo(Emotion.SATISFACTION);
        assertThat(read("@ShopHelp is it not ready yet??!!").cues())
                .noneMatch(cue -> cue.text().equals("!!") && cue.has(CueModifier.EXCLAMATION));
        assertThat(read("@ShopHelp please do not ring, just email me!!").emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(read("@ShopHelp we are not at home on Sunday, so Monday is better!").emotion()).isEqualTo(Emotion.NEUTRAL);
    }

    @Test
    void negatedPraiseBesideAComplaintIsFrustration() {
        EmotionReading reading = read("@RailHelp the 8:10 was cancelled again this morning. Not happy");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.cues()).filteredOn(cue -> cue.text().equals("happy"))
                .singleElement().satisfies(cue -> {
                    assertThat(cue.emotion()).isEqualTo(Emotion.FRUSTRATION);
                    assertThat(cue.modifiers()).contains(CueModifier.NEGATED, CueModifier.WITH_COMPLAINT);
                });
    }

    @Test
    void negatedPraiseAloneStaysDisappointment() {
        EmotionReading reading = read("@ShopHelp not happy with the colour of the jumper");
        assertThat(reading.emotion()).isEqualTo(Emotion.DISAPPOINTMENT);
        assertThat(reading.cues()).noneMatch(cue -> cue.has(CueModifier.WITH_COMPLAINT));
    }

    @Test
    void aWhenYourOpeningWithADenialIsAComplaint() {
        String message = "When your @TaxiCo driver won't wait two minutes and charges the fee anyway";
        EmotionReading reading = read(message);
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.cuesFor(Emotion.FRUSTRATION)).anyMatch(cue -> cue.text().equals("When your"));
    }

    @Test
    void aWhenYourOpeningWithPraiseOrAsAQuestionIsNoComplaint() {
        assertThat(read("When your @TaxiCo driver never lets you carry a bag, brilliant").emotion())
                .isEqualTo(Emotion.SATISFACTION);
        assertThat(read("@TaxiHelp when will your app not ask me to log in every time?").cues())
                .noneMatch(cue -> cue.text().equalsIgnoreCase("when your"));
        assertThat(read("@TaxiHelp So when your driver arrives I pay him in cash").cues())
                .noneMatch(cue -> cue.text().equalsIgnoreCase("when your"));
    }

    @Test
    void aBareThanksOnAReportOfAFailureIsNoGratitude() {
        EmotionReading reading = read("@CourierHelp the parcel went to number 14, not to us at number 41. Thx");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.cuesFor(Emotion.GRATITUDE)).singleElement()
                .satisfies(cue -> assertThat(cue.modifiers()).contains(CueModifier.COURTESY));
        assertThat(read("Thanks @RailCo - my train was cancelled and the next one is already packed").emotion())
                .isEqualTo(Emotion.FRUSTRATION);
    }

    @Test
    void thanksForSomethingOrAnsweringAReplyStaysGratitude() {
        assertThat(read("@CourierHelp thanks for finding my parcel, it was at the depot after all").emotion())
                .isEqualTo(Emotion.GRATITUDE);
        assertThat(read("@CourierHelp Thank you. The parcel was left at the depot, I picked it up").cuesFor(Emotion.GRATITUDE))
                .noneMatch(cue -> cue.has(CueModifier.COURTESY));
    }

    @Test
    void aCurseWordAimedAtNoOneIsFrustration() {
        EmotionReading reading = read("@GameHelp the new app keeps printing garbage in the chat box");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.cues()).filteredOn(cue -> cue.text().equals("garbage")).singleElement()
                .satisfies(cue -> {
                    assertThat(cue.emotion()).isEqualTo(Emotion.FRUSTRATION);
                    assertThat(cue.modifiers()).contains(CueModifier.ABOUT_A_THING);
                });
    }

    @Test
    void aCurseWordAimedAtSomeoneStaysAnger() {
        assertThat(read("@GameHelp that reply from your team was garbage").emotion()).isEqualTo(Emotion.ANGER);
        assertThat(read("@GameHelp the reply Mike sent was pure garbage").emotion()).isEqualTo(Emotion.ANGER);
        assertThat(read("@GameHelp Garbage. Three days and nothing").cuesFor(Emotion.ANGER))
                .anyMatch(cue -> cue.text().equals("Garbage"));
    }

    @Test
    void aJudgementSaidOfAThingIsFrustrationAndOfTheCompanyAnger() {
        assertThat(read("@PhoneHelp since the firmware update my router is appalling").emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(read("@PhoneHelp your service is appalling").emotion()).isEqualTo(Emotion.ANGER);
    }

    @Test
    void aQuestionThatChallengesTheCompanyIsFrustration() {
        EmotionReading reading = read("@BankHelp you promised to call me back on Friday. Care to explain?");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.cuesFor(Emotion.FRUSTRATION)).anyMatch(cue -> cue.text().equals("Care to explain")
                && cue.has(CueModifier.INDIGNANT) && cue.source() == Cue.Source.QUESTION);
        assertThat(read("@GymHelp since when does the pool close at six?").emotion()).isEqualTo(Emotion.FRUSTRATION);
    }

    @Test
    void aKindOfQuestionChallengesOnlyWhenItClosesOnThatOrThis() {
        EmotionReading challenge = read("@TelcoHelp a new router every month. What sort of service is that?");
        assertThat(challenge.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(challenge.cuesFor(Emotion.CONFUSION)).isEmpty();
        EmotionReading question = read("@TelcoHelp what sort of service do you offer in Leeds?");
        assertThat(question.emotion()).isNotEqualTo(Emotion.FRUSTRATION);
        assertThat(question.cues()).noneMatch(cue -> cue.has(CueModifier.INDIGNANT));
    }

    @Test
    void aChallengePhraseIsReadInsideOneClause() {
        EmotionReading reading = read("@CafeHelp I am fine, how about you? Actually, could you tell me the opening hours");
        assertThat(reading.cues()).noneMatch(cue -> cue.has(CueModifier.INDIGNANT));
    }

    @Test
    void repeatedQuestionMarksAboutAFailureAreAnnoyanceNotPuzzlement() {
        EmotionReading failure = read("@CourierHelp the tracker now says my parcel will be delivered next month??");
        assertThat(failure.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(failure.cuesFor(Emotion.FRUSTRATION)).anyMatch(cue -> cue.text().equals("??") && cue.has(CueModifier.INDIGNANT));
        EmotionReading noFailure = read("@GameHelp will the new map be out this week??");
        assertThat(noFailure.emotion()).isNotEqualTo(Emotion.FRUSTRATION);
    }

    @Test
    void anUnknownClassNamesTheFileAndLine() {
        String file = "# empathy-complaint-structure 1\nparam\texclaimed.weight\t0.7\nwords\tcolour\tred\n";
        DataLines lines = DataLines.ofText(file, "complaint-structure.tsv", ComplaintStructure.FORMAT, 1);
        assertThatThrownBy(() -> ComplaintStructure.load(lines)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("complaint-structure.tsv:3").hasMessageContaining("unknown class 'colour'");
    }

    @Test
    void aMissingClassOrParamIsAnError() {
        String noParam = "# empathy-complaint-structure 1\nwords\tpeople\tyou\n";
        assertThatThrownBy(() -> ComplaintStructure.load(DataLines.ofText(noParam, "c.tsv", ComplaintStructure.FORMAT, 1)))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("missing param 'exclaimed.weight'");
        String noClass = "# empathy-complaint-structure 1\nparam\texclaimed.weight\t0.7\nparam\tmeme.weight\t0.7\nparam\tchallenge.weight\t1.2\nwords\tpeople\tyou\n";
        assertThatThrownBy(() -> ComplaintStructure.load(DataLines.ofText(noClass, "c.tsv", ComplaintStructure.FORMAT, 1)))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("missing words of class 'be'");
    }

    @Test
    void aPhraseIsNotAWordOfAClass() {
        String file = "# empathy-complaint-structure 1\nparam\texclaimed.weight\t0.7\nparam\tmeme.weight\t0.7\nwords\tpeople\tyou guys\n";
        assertThatThrownBy(() -> ComplaintStructure.load(DataLines.ofText(file, "c.tsv", ComplaintStructure.FORMAT, 1)))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("c.tsv:4")
                .hasMessageContaining("is one word");
    }

    @Test
    void thePhraseTreeEndsAMemberExactlyWhereItsWordsDo() {
        String file = "# empathy-complaint-structure 1\nparam\texclaimed.weight\t0.7\nparam\tmeme.weight\t0.7\n"
                + "param\tchallenge.weight\t1.2\nwords\tpeople\tyou\nwords\tbe\tis\nwords\tfiller\tso\nwords\tnegator\tnot\n"
                + "words\trequest\tplease\nwords\tmeme\twhen\nwords\towner\tyour\nwords\tfailure\toutage\n"
                + "words\tchallenge\tcare to reply|care to reply at all\nwords\tkind\twhat kind of\nwords\tpointer\tthat\n";
        ComplaintStructure structure = ComplaintStructure.load(DataLines.ofText(file, "c.tsv", ComplaintStructure.FORMAT, 1));
        ComplaintStructure.PhraseWords care = structure.phrases().then("care");
        assertThat(care.endsChallenge()).isFalse();
        assertThat(care.then("to").then("reply").endsChallenge()).isTrue();
        assertThat(care.then("to").then("reply").then("at").endsChallenge()).isFalse();
        assertThat(care.then("to").then("reply").then("at").then("all").endsChallenge()).isTrue();
        assertThat(structure.phrases().then("what").then("kind").then("of").endsKind()).isTrue();
        assertThat(structure.phrases().then("what").then("kind").then("of").endsChallenge()).isFalse();
        assertThat(structure.phrases().then("reply")).as("a word that starts no phrase").isNull();
        assertThat(care.then("to reply").endsChallenge()).as("a word holding a space reads as its pieces").isTrue();
        assertThat(care.then("")).isNull();
    }

    static Stream<Arguments> examples() {
        DataLines lines = DataLines.resource(ComplaintStructureTest.class, "/dev/empathy/emotion/en/complaint-structure.tsv",
                ComplaintStructure.FORMAT, 1);
        List<Arguments> out = new ArrayList<>();
        for (DataLines.Line line : lines.records()) {
            String[] fields = line.fields();
            if (fields[0].equals("example")) {
                out.add(Arguments.of("complaint-structure.tsv:" + line.number(), fields[1], fields[2]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("examples")
    void complaintStructureExamplesReadAsWritten(String where, String emotion, String message) {
        EmotionReading reading = read(message);
        assertThat(reading.emotion()).as(where + ": " + reading.cues()).isEqualTo(Emotion.fromId(emotion));
    }
}
