package dev.empathy.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import dev.empathy.internal.draft.PatternCompiler;
import dev.empathy.internal.draft.WordData;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmpathyAndPolitenessScoreTest {

    private static final DraftChecker CHECKER = DraftChecker.english();

    @Test
    void theSorryRouterDraftIsAnApologyAndAnEmotionalReaction() {
        DraftCheck check = CHECKER.check("I'm so sorry the router is still not working.");
        assertThat(check.elements()).extracting(ElementSpan::element).contains(EmpathyElement.APOLOGY);
        assertThat(check.empathy().emotionalReaction()).isEqualTo(1 - Math.exp(-1), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(check.empathy().evidence()).extracting(ScoreEvidence::id).contains("apology");
    }

    @Test
    void eachMechanismAddsToTheEmpathyScore() {
        double reaction = CHECKER.check("I'm so sorry.").empathy().value();
        double reactionAndInterpretation = CHECKER.check("I'm so sorry. That must have been stressful.").empathy().value();
        double all = CHECKER.check("I'm so sorry. That must have been stressful. What happened when you tried?").empathy().value();
        assertThat(reaction).isPositive();
        assertThat(reactionAndInterpretation).isGreaterThan(reaction);
        assertThat(all).isGreaterThan(reactionAndInterpretation);
        assertThat(CHECKER.check("Your ticket number is 4411.").empathy().value()).isZero();
    }

    @Test
    void explorationCuesInQuestionScopeCountOnlyInQuestions() {
        assertThat(CHECKER.check("What happened next?").empathy().exploration()).isPositive();
        assertThat(CHECKER.check("Have a look at the guide.").elements()).extracting(ElementSpan::element)
                .doesNotContain(EmpathyElement.EXPLORATION);
        assertThat(CHECKER.check("Have you tried turning it off?").elements()).extracting(ElementSpan::element)
                .contains(EmpathyElement.EXPLORATION);
    }

    @Test
    void dismissiveFindingsLowerBothScores() {
        DraftCheck kind = CHECKER.check("I'm so sorry, that must be stressful.");
        DraftCheck dismissive = CHECKER.check("I'm so sorry, that must be stressful. Calm down.");
        assertThat(dismissive.empathy().value()).isLessThan(kind.empathy().value());
        assertThat(dismissive.politeness().value()).isLessThan(kind.politeness().value());
        assertThat(dismissive.empathy().evidence()).extracting(ScoreEvidence::id).contains("MINIMISING_CALM_DOWN");
    }

    private static List<EmpathyElement> elementsOf(String draft) {
        return CHECKER.check(draft).elements().stream().map(ElementSpan::element).toList();
    }

    @Test
    void anInterpretationOrAnExplorationWeighsTwiceAnEmotionalReaction() {
        double reaction = CHECKER.check("I'm so sorry.").empathy().value();
        double exploration = CHECKER.check("Have you told anyone?").empathy().value();
        assertThat(reaction).isEqualTo((1 - Math.exp(-1)) / 5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(exploration).isEqualTo(2 * reaction, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void tellingOfOnesOwnLifeIsASharedExperienceAndMoreOfItShowsMoreInterpretation() {
        assertThat(elementsOf("I was on the same tablets for a year and they made me sleepy all day."))
                .contains(EmpathyElement.SHARED_EXPERIENCE);
        assertThat(elementsOf("Honestly I'm so scared of winter too.")).contains(EmpathyElement.SHARED_EXPERIENCE);
        double little = CHECKER.check("I was anxious too.").empathy().interpretation();
        double more = CHECKER.check("I was anxious too. I still get it some days, and it kept me awake for months.").empathy()
                .interpretation();
        assertThat(little).isPositive();
        assertThat(more).isGreaterThan(little).isLessThan(1);
    }

    @Test
    void anAgentSpeakingOfTheCaseInTheFirstPersonSharesNoExperience() {
        for (String draft : List.of("I have checked your account and I will send a new code.", "I'm checking with the warehouse now.",
                "Let me look into it.", "Would you like me to book a new slot?", "I think the parcel is at the depot.",
                "I've attached the form and I'm emailing the team.", "I'm not able to change the date.", "Please DM me the reference.")) {
            assertThat(elementsOf(draft)).as(draft).doesNotContain(EmpathyElement.SHARED_EXPERIENCE);
        }
    }

    @Test
    void encouragementAndAnOpenDoorAreWarmth() {
        assertThat(elementsOf("Hang in there, you've got this.")).contains(EmpathyElement.WARMTH);
        assertThat(elementsOf("If you ever want someone to talk to, my DMs are open.")).contains(EmpathyElement.WARMTH);
        assertThat(elementsOf("You are loved, and I'm thinking of you.")).contains(EmpathyElement.WARMTH);
        assertThat(elementsOf("You can do it online in two minutes.")).doesNotContain(EmpathyElement.WARMTH);
    }

    @Test
    void aQuestionPutToThePersonExploresButARequestOrAQuestionAboutOneselfDoesNot() {
        assertThat(elementsOf("Btw, have you told your sister how you feel?")).contains(EmpathyElement.EXPLORATION);
        assertThat(elementsOf("It sounds like the move has been hard on you?")).contains(EmpathyElement.EXPLORATION);
        assertThat(elementsOf("Could you send me your order number?")).doesNotContain(EmpathyElement.EXPLORATION);
        assertThat(elementsOf("Why am I always the one who gets left out?")).doesNotContain(EmpathyElement.EXPLORATION);
        assertThat(elementsOf("It sounds like the move has been hard on you.")).doesNotContain(EmpathyElement.EXPLORATION);
    }

    @Test
    void findingsAboutProcedureOrFormLowerTheScoreButNotTheEmpathy() {
        DraftCheck kind = CHECKER.check("I'm so sorry, that must be stressful.");
        DraftCheck commanding = CHECKER.check("I'm so sorry, that must be stressful. You need to restart the router.");
        assertThat(commanding.findings()).extracting(Finding::category).contains(Category.COMMANDING);
        assertThat(commanding.empathy().value()).isEqualTo(kind.empathy().value());
        assertThat(commanding.score()).isLessThan(kind.score());
    }

    @Test
    void politeRequestsScoreAboveHalfAndDirectOnesBelow() {
        assertThat(CHECKER.check("Thanks for the edit! Could you please have a look at the references too?").politeness().value())
                .isGreaterThan(0.7);
        assertThat(CHECKER.check("Why did you delete my section? Actually it was right.").politeness().value()).isLessThan(0.45);
        assertThat(CHECKER.check("").politeness().value()).isEqualTo(0.5);
    }

    @Test
    void aStrategyCountsOncePerDraft() {
        PolitenessScore once = CHECKER.check("Thanks.").politeness();
        PolitenessScore thrice = CHECKER.check("Thanks. Thanks. Thanks.").politeness();
        assertThat(thrice.value()).isEqualTo(once.value());
        assertThat(thrice.evidence()).extracting(ScoreEvidence::id).containsOnlyOnce("gratitude");
    }

    @Test
    void pleaseCountsPoliteInsideASentenceAndImpoliteAtItsStart() {
        assertThat(CHECKER.check("Could you please check it?").politeness().evidence()).extracting(ScoreEvidence::id)
                .contains("please").doesNotContain("please-start");
        assertThat(CHECKER.check("Please check it.").politeness().evidence()).extracting(ScoreEvidence::id)
                .contains("please-start").doesNotContain("please");
    }

    @Test
    void scoresRejectValuesOutsideTheUnitInterval() {
        assertThatThrownBy(() -> new PolitenessScore(1.5, List.of())).hasMessage("value must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> new EmpathyScore(0.5, -0.1, 0, 0, List.of())).hasMessage("emotionalReaction must be in [0, 1], got -0.1");
        assertThatThrownBy(() -> new ScoreEvidence("x", 3, 2, "", 0, "r")).hasMessage("span must satisfy 0 <= start <= end, got start 3, end 2");
    }

    @Test
    void brokenPolitenessDataFailsWithFileLineAndReason() {
        PatternCompiler compiler = new PatternCompiler(WordData.load(
                DataLines.resource(DraftChecker.class, "/dev/empathy/draft/en/words.tsv", WordData.FORMAT, 1)));
        assertThatThrownBy(() -> PolitenessScorer.load(DataLines.ofText(
                "# empathy-politeness 1\ngratitude\t0.8\tany\tthanks\tThanks.\t-\ngratitude\t0.9\tany\tthank you\tThank you.\t-\n",
                "p.tsv", PolitenessScorer.FORMAT, 1), compiler))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("p.tsv:3").hasMessageContaining("has weight 0.8 on an earlier line");
        assertThatThrownBy(() -> PolitenessScorer.load(DataLines.ofText(
                "# empathy-politeness 1\nhedges\t0.1\tsometimes\tmaybe\tMaybe.\t-\n", "p.tsv", PolitenessScorer.FORMAT, 1), compiler))
                .hasMessageContaining("p.tsv:2").hasMessageContaining("scope must be 'any' or 'question'");
        assertThatThrownBy(() -> EmpathyScorer.load(DataLines.ofText(
                "# empathy-mechanisms 1\napology\tsympathy\t1.0\n", "m.tsv", EmpathyScorer.FORMAT, 1)))
                .hasMessageContaining("m.tsv:2").hasMessageContaining("unknown mechanism 'sympathy'");
    }

    @Test
    void scoreReasonsCarryBothScores() {
        DraftCheck check = CHECKER.check("I'm so sorry. Could you tell me what happened?");
        assertThat(check.reasons()).extracting(ScoreReason::reason).anyMatch(r -> r.startsWith("empathy 0."))
                .anyMatch(r -> r.startsWith("politeness 0."));
        assertThat(check.reasons().stream().mapToInt(ScoreReason::points).sum()).isEqualTo(check.score());
    }
}
