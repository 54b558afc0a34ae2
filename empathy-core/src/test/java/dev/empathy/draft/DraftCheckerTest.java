package dev.empathy.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.empathy.data.InvalidDataException;
import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.EmotionScores;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DraftCheckerTest {

    private static final DraftChecker CHECKER = DraftChecker.english();

    private static List<String> spans(DraftCheck check) {
        return check.findings().stream().map(f -> f.text() + "|" + f.category().id()).toList();
    }

    private static DraftChecker withRules(String rules) {
        return DraftChecker.builder().withoutBuiltInRules()
                .addRules(new ByteArrayInputStream(rules.getBytes(StandardCharsets.UTF_8)), "vendor.tsv").build();
    }

    private static EmotionReading reading(Emotion emotion) {
        return new EmotionReading(emotion, 0.7, 0.8, EmotionScores.neutral(), List.of(), List.of(), List.of());
    }

    @Test
    void findsDismissiveSpansWithOffsetsIntoTheOriginalDraft() {
        String draft = "Please calm down, that’s our policy.";
        DraftCheck check = CHECKER.check(draft);
        assertThat(spans(check)).containsExactly("calm down|minimising", "that’s our policy|policy");
        Finding first = check.findings().get(0);
        assertThat(draft.substring(first.start(), first.end())).isEqualTo("calm down");
        assertThat(first.ruleId()).isEqualTo("MINIMISING_CALM_DOWN");
        assertThat(first.severity()).isEqualTo(Severity.HIGH);
        assertThat(first.message()).isNotBlank();
        assertThat(first.suggestions()).isNotEmpty();
    }

    @Test
    void contractionsAndInflectionsAreMatchedAlike() {
        assertThat(spans(CHECKER.check("You don't need to be upset, stop calming down everyone.")))
                .contains("calming down|minimising");
        assertThat(spans(CHECKER.check("There's no way to undo it."))).containsExactly("There's no way to|dead-end");
        assertThat(spans(CHECKER.check("There is no way to undo it."))).containsExactly("There is no way to|dead-end");
    }

    @Test
    void justFiresOnlyWhereItMinimises() {
        assertThat(CHECKER.check("I just refunded you the full amount.").findings()).isEmpty();
        assertThat(spans(CHECKER.check("Just restart it."))).containsExactly("Just restart|condescending");
    }

    @Test
    void textQuotedFromTheCustomerIsNotTheAgentsVoice() {
        assertThat(CHECKER.check("> Calm down? You told me to calm down!\nI'm sorry, that was wrong of us.").findings()).isEmpty();
        assertThat(CHECKER.check("You wrote \"calm down, it's fine\" and I understand.").findings()).isEmpty();
        assertThat(CHECKER.check("You wrote “calm down” and I understand.").findings()).isEmpty();
        assertThat(spans(CHECKER.check("An unpaired \" quote hides nothing: calm down."))).containsExactly("calm down|minimising");
    }

    @Test
    void deadEndsWithAnAlternativeLaterInTheSentenceAreFine() {
        assertThat(CHECKER.check("We can't refund a used ticket, but we can move it to another date.").findings()).isEmpty();
        assertThat(spans(CHECKER.check("We can't refund a used ticket."))).containsExactly("We can't|dead-end");
    }

    @Test
    void shoutingIsFoundInCapitalsAndStackedExclamationMarksButNotInAcronyms() {
        assertThat(spans(CHECKER.check("PLEASE READ THE EMAIL we sent!!!")))
                .containsExactly("PLEASE READ THE EMAIL|shouting", "!!!|shouting");
        assertThat(CHECKER.check("The FAQ and the PDF are attached.").findings()).isEmpty();
    }

    @Test
    void applyingASuggestionReturnsTheNewDraftWithLaterFindingsMoved() {
        DraftCheck check = CHECKER.check("Please calm down, that's our policy.");
        Finding calm = check.findings().get(0);
        Revision revision = check.apply(calm, 0);
        assertThat(revision.draft()).isEqualTo("Please I understand how frustrating this is, that's our policy.");
        Finding policy = revision.findings().get(0);
        assertThat(revision.draft().substring(policy.start(), policy.end())).isEqualTo("that's our policy");
        assertThatThrownBy(() -> check.apply(calm, 9))
                .hasMessage("suggestionIndex 9 is out of range: finding MINIMISING_CALM_DOWN has 2 suggestions");
    }

    @Test
    void anEmptySuggestionDeletesTheSpanAndOneSpace() {
        DraftCheck check = CHECKER.check("You simply click Save.");
        Finding simply = check.findings().get(0);
        assertThat(simply.suggestions()).containsExactly("");
        assertThat(check.apply(simply, 0).draft()).isEqualTo("You click Save.");
    }

    @Test
    void angryCustomerNeedsAcknowledgementApologyAndANextStepWithATimeFrame() {
        DraftCheck bare = CHECKER.check("Your order has shipped.", reading(Emotion.ANGER));
        assertThat(bare.missing()).extracting(MissingElement::element)
                .containsExactly(EmpathyElement.ACKNOWLEDGEMENT, EmpathyElement.APOLOGY, EmpathyElement.NEXT_STEP);
        assertThat(bare.missing().get(0).reason()).isEqualTo("An angry customer first needs to hear that their anger has been noticed.");
        assertThat(bare.missing().get(0).suggestion()).isEmpty();

        DraftCheck good = CHECKER.check("I can see how frustrating this has been. I'm sorry we charged you twice. "
                + "I'll refund you by Friday.", reading(Emotion.ANGER));
        assertThat(good.missing()).isEmpty();
        assertThat(good.elements()).extracting(ElementSpan::element)
                .contains(EmpathyElement.ACKNOWLEDGEMENT, EmpathyElement.APOLOGY, EmpathyElement.NEXT_STEP);
    }

    @Test
    void aNextStepWithoutATimeFrameIsNotANextStep() {
        assertThat(CHECKER.check("I'll refund you.").elements()).isEmpty();
        assertThat(CHECKER.check("I'll refund you within 24 hours.").elements()).extracting(ElementSpan::text)
                .containsExactly("I'll refund you within 24 hours");
    }

    @Test
    void aCompletedActionOrTheCustomersOutcomeWithATimeFrameIsANextStep() {
        assertThat(CHECKER.check("I have refunded it and you will see it by Friday.").elements())
                .extracting(ElementSpan::element).containsExactly(EmpathyElement.NEXT_STEP);
        assertThat(CHECKER.check("You will see the refund on your statement.").elements()).isEmpty();
    }

    @Test
    void sayingItShouldNotHaveHappenedIsValidation() {
        assertThat(CHECKER.check("That should never have happened.").elements())
                .extracting(ElementSpan::element).containsExactly(EmpathyElement.VALIDATION);
    }

    @Test
    void anApologyThatIsANonApologyDoesNotCountAsAnApology() {
        DraftCheck check = CHECKER.check("I'm sorry you feel that way.", reading(Emotion.ANGER));
        assertThat(check.elements()).isEmpty();
        assertThat(check.missing()).extracting(MissingElement::element).contains(EmpathyElement.APOLOGY);
    }

    @Test
    void cheerfulToneIsFlaggedOnlyForAGrievingCustomer() {
        String draft = "Great! I've closed your father's account.";
        assertThat(CHECKER.check(draft).findings()).isEmpty();
        assertThat(CHECKER.check(draft, reading(Emotion.SADNESS)).findings()).extracting(Finding::category)
                .containsExactly(Category.TONE_MISMATCH);
    }

    @Test
    void missingElementsCarryTheProvidersStatement() {
        EmpathyStatementProvider provider = (element, reading) -> Optional.of("statement for " + element.id());
        DraftChecker checker = DraftChecker.builder().statementProviders(List.of(provider)).build();
        DraftCheck check = checker.check("Your order has shipped.", reading(Emotion.ANXIETY));
        assertThat(check.missing()).extracting(m -> m.suggestion().orElseThrow())
                .containsExactly("statement for reassurance", "statement for next-step");
    }

    @Test
    void scoreReasonsAddUpToTheScore() {
        for (String draft : List.of("Please calm down, that's our policy. You're overreacting, you must, you failed to!!!",
                "I'm sorry we charged you twice, thank you for your patience. I'll refund you by Friday.", "")) {
            DraftCheck check = CHECKER.check(draft, reading(Emotion.ANGER));
            assertThat(check.reasons().stream().mapToInt(ScoreReason::points).sum()).as(draft).isEqualTo(check.score());
            assertThat(check.score()).isBetween(0, 100);
        }
        assertThat(CHECKER.check("Please calm down.").score()).isEqualTo(60); // 80 - 20
    }

    @Test
    void nullFailsFastNamingTheArgument() {
        assertThatThrownBy(() -> CHECKER.check(null)).isInstanceOf(NullPointerException.class).hasMessage("draft must not be null");
        assertThatThrownBy(() -> CHECKER.check("x", (EmotionReading) null)).hasMessage("customer must not be null");
        assertThatThrownBy(() -> CHECKER.check("x", (String) null)).hasMessage("customerMessage must not be null");
    }

    @Test
    void emptyDraftGivesNoFindings() {
        DraftCheck check = CHECKER.check("");
        assertThat(check.findings()).isEmpty();
        assertThat(check.elements()).isEmpty();
        assertThat(check.score()).isEqualTo(80);
    }

    @Test
    void hostileInputNeverThrows() {
        StringBuilder big = new StringBuilder();
        while (big.length() < 1_000_000) {
            big.append("Please calm down \u0000\u0007 \uD800 \uDFFF 😀😡 日本語のテキスト مرحبا YOU MUST!!! ");
        }
        DraftCheck check = CHECKER.check(big.toString());
        assertThat(check.findings()).isNotEmpty();
        assertThat(CHECKER.check("\uD83D").findings()).isEmpty();
        assertThat(CHECKER.check("\n\n\r\t  ").findings()).isEmpty();
    }

    @Test
    void hostileUserPatternsStayLinearInTheDraftLength() {
        DraftChecker hostile = withRules("# empathy-rules 1\n"
                + "H1\tminimising\tlow\ta? a? a? a? a? a? a? a? a? a? a? a? a? a? a? b\tm\t\t[[a b]]\tc\n"
                + "H2\tminimising\tlow\ta *4 a *4 a *4 b\tm\t\t[[a a a b]]\tc\n");
        long small = hostile.steps("a ".repeat(10_000));
        long large = hostile.steps("a ".repeat(40_000));
        assertThat((double) large / small).isBetween(3.8, 4.2);
    }

    @Test
    void malformedUserRulesFailAtLoadNamingFileLineAndProblem() {
        String head = "# empathy-rules 1\n# locale: en\n";
        assertThatThrownBy(() -> withRules(head + "X1\trude\tlow\tcalm\tm\t\t[[calm]]\tc\n"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("vendor.tsv:3: unknown category 'rude', expected one of minimising, invalidating, blaming, policy, "
                        + "deflecting, condescending, commanding, non-apology, sympathy, sarcasm, dead-end, shouting, tone-mismatch");
        assertThatThrownBy(() -> withRules(head + "X1\tpolicy\tsevere\tcalm\tm\t\t[[calm]]\tc\n"))
                .hasMessage("vendor.tsv:3: unknown severity 'severe', expected one of low, medium, high");
        assertThatThrownBy(() -> withRules(head + "X1\tpolicy\tlow\tcalm [ down\tm\t\t[[calm]]\tc\n"))
                .hasMessage("vendor.tsv:3: broken pattern 'calm [ down': '[' without a matching ']'");
        assertThatThrownBy(() -> withRules(head + "X1\tpolicy\tlow\tcalm\tm\t\t[[calm]]\tc\nX1\tpolicy\tlow\trelax\tm\t\t[[relax]]\tc\n"))
                .hasMessage("vendor.tsv:4: duplicate rule id 'X1', first defined at vendor.tsv:3");
        assertThatThrownBy(() -> withRules(head + "X1\tpolicy\tlow\tcalm\tm\n"))
                .hasMessage("vendor.tsv:3: expected 8 to 10 TAB-separated fields (id, category, severity, pattern, message, "
                        + "suggestions, example, counter-example[, when[, unless]]), found 5");
        byte[] badUtf8 = (head + "X1\tpolicy\tlow\tcalm\tm\t\t[[calm]]\tc\u00FF\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> DraftChecker.builder().addRules(new ByteArrayInputStream(badUtf8), "vendor.tsv").build())
                .hasMessage("vendor.tsv:3: is not valid UTF-8");
        assertThatThrownBy(() -> DraftChecker.builder().addRules(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), "vendor.tsv")
                .addRules(new ByteArrayInputStream((head + "MINIMISING_CALM_DOWN\tpolicy\tlow\tcalm\tm\t\t[[calm]]\tc\n")
                        .getBytes(StandardCharsets.UTF_8)), "vendor.tsv").build())
                .hasMessageStartingWith("vendor.tsv:3: duplicate rule id 'MINIMISING_CALM_DOWN', first defined at /dev/empathy/draft/en/rules.tsv:");
    }

    @Test
    void vendorRulesAddTheirOwnBannedPhrases() {
        DraftChecker checker = DraftChecker.builder().addRules(new ByteArrayInputStream(("# empathy-rules 1\n"
                + "ACME_OLD_NAME\tpolicy\tlow\tacme classic\tWe renamed Acme Classic to Acme One.\tAcme One\t[[Acme Classic]] is great.\tAcme One is great.\n")
                .getBytes(StandardCharsets.UTF_8)), "acme.tsv").build();
        assertThat(checker.check("Try ACME classic.").findings()).extracting(Finding::ruleId).containsExactly("ACME_OLD_NAME");
    }

    @Test
    void rulesAndCategoriesCanBeSwitchedOffAndAMinimumSeveritySet() {
        String draft = "Please calm down, you simply click Save.";
        assertThat(DraftChecker.builder().disableRules("MINIMISING_CALM_DOWN").build().check(draft).findings())
                .extracting(Finding::ruleId).containsExactly("CONDESCENDING_SIMPLY");
        assertThat(DraftChecker.builder().disableCategories(Category.CONDESCENDING).build().check(draft).findings())
                .extracting(Finding::ruleId).containsExactly("MINIMISING_CALM_DOWN");
        assertThat(DraftChecker.builder().minimumSeverity(Severity.MEDIUM).build().check(draft).findings())
                .extracting(Finding::ruleId).containsExactly("MINIMISING_CALM_DOWN");
        assertThat(DraftChecker.builder().onlyCategories(Category.CONDESCENDING).build().check(draft).findings())
                .extracting(Finding::ruleId).containsExactly("CONDESCENDING_SIMPLY");
        assertThatThrownBy(() -> DraftChecker.builder().disableRules("NO_SUCH_RULE").build())
                .hasMessage("cannot disable unknown rule 'NO_SUCH_RULE'");
    }

    @Test
    void oneCheckerSharedByEightThreadsGivesTheSingleThreadedResults() throws Exception {
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String text = "Draft " + i + ": please calm down, that's our policy. I'm sorry we charged you twice, I'll refund you by Friday!!";
            drafts.add(text.substring(0, Math.min(text.length(), 20 + i % 90)));
        }
        List<DraftCheck> expected = drafts.stream().map(CHECKER::check).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<DraftCheck>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> drafts.stream().map(CHECKER::check).toList()));
            }
            for (Future<List<DraftCheck>> future : futures) {
                assertThat(future.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
