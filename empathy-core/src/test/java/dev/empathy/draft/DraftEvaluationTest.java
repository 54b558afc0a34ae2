package dev.empathy.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.empathy.data.InvalidDataException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftEvaluationTest {

    private static List<DraftEvaluation.LabelledDraft> drafts(String split) throws Exception {
        try (InputStream in = DraftEvaluationTest.class.getResourceAsStream("/drafts/drafts.tsv")) {
            return DraftEvaluation.load(in, "drafts.tsv").stream().filter(d -> d.split().equals(split)).toList();
        }
    }

    private static List<DraftEvaluation.LabelledDraft> parse(String text) {
        return DraftEvaluation.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.tsv");
    }

    @Test
    void markersBecomeOffsetsIntoTheTextWithoutMarkers() {
        DraftEvaluation.LabelledDraft draft = parse("# empathy-drafts 1\nx1\tdev\tchat\tPlease [[calm down|minimising]] now.\\nOK\n").get(0);
        assertThat(draft.text()).isEqualTo("Please calm down now.\nOK");
        assertThat(draft.spans()).containsExactly(new DraftEvaluation.LabelledSpan(7, 16, Category.MINIMISING));
    }

    @Test
    void anUnknownCategoryInAMarkerFailsWithFileAndLine() {
        assertThatThrownBy(() -> parse("# empathy-drafts 1\nx1\tdev\tchat\t[[calm down|rude]]\n"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("t.tsv:2: unknown category 'rude', expected one of minimising, ");
    }

    @Test
    void overlappingFindingOfTheSameCategoryIsATruePositiveAndTheRestAreCountedAsErrors() {
        List<DraftEvaluation.LabelledDraft> drafts = parse("# empathy-drafts 1\n"
                + "a\tdev\tchat\t[[Please calm down|minimising]] and [[thanks a lot|sarcasm]].\n"
                + "b\tdev\tchat\tThat's our policy.\n");
        DraftEvaluation.Report report = DraftEvaluation.evaluate(DraftChecker.english(), drafts);
        assertThat(report.byCategory().get(Category.MINIMISING)).isEqualTo(new DraftEvaluation.Counts(1, 0, 0));
        assertThat(report.byCategory().get(Category.SARCASM)).isEqualTo(new DraftEvaluation.Counts(0, 0, 1));
        assertThat(report.byCategory().get(Category.POLICY)).isEqualTo(new DraftEvaluation.Counts(0, 1, 0));
        assertThat(report.overall().precision()).isEqualTo(0.5);
        assertThat(report.table()).contains("minimising").contains("all");
    }

    @Test
    void theLabelledSetIsAboutHalfDraftsWithSpansAndHalfCleanOverFourChannels() throws Exception {
        List<DraftEvaluation.LabelledDraft> all = new java.util.ArrayList<>(drafts("dev"));
        all.addAll(drafts("heldout"));
        double markedShare = all.stream().filter(d -> !d.spans().isEmpty()).count() / (double) all.size();
        assertThat(markedShare).as("share of drafts with a labelled span").isBetween(0.4, 0.6);
        assertThat(all.stream().map(DraftEvaluation.LabelledDraft::channel).distinct()).contains("email", "chat", "social", "sms");
    }

    @Test
    void jsonLinesDraftsLocateEachSpanAndCountGoodDraftsFlagged() {
        String jsonl = "{\"id\": \"a\", \"channel\": \"chat\", \"customer\": \"Where is it?\", \"draft\": \"Please calm down. Please calm down.\", "
                + "\"spans\": [{\"text\": \"calm down\", \"category\": \"minimising\"}, {\"text\": \"calm down\", \"category\": \"minimising\"}]}\n"
                + "{\"id\": \"b\", \"draft\": \"I've refunded you today.\", \"spans\": []}\n"
                + "{\"id\": \"c\", \"draft\": \"That's our policy.\"}\n";
        List<DraftEvaluation.LabelledDraft> drafts = DraftEvaluation.load(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), "d.jsonl");
        assertThat(drafts.get(0).spans()).containsExactly(new DraftEvaluation.LabelledSpan(7, 16, Category.MINIMISING),
                new DraftEvaluation.LabelledSpan(25, 34, Category.MINIMISING));
        assertThat(drafts.get(0).customer()).isEqualTo("Where is it?");
        DraftEvaluation.Report report = DraftEvaluation.evaluate(DraftChecker.english(), drafts);
        assertThat(report.spansFound()).isEqualTo(2);
        assertThat(report.goodDrafts()).isEqualTo(2);
        assertThat(report.goodFlagged()).isEqualTo(1);
        assertThat(report.goodFlaggedBy()).containsEntry(Category.POLICY, 1);
        assertThat(report.table()).contains("good drafts flagged: 1 of 2 (0.500)");
    }

    @Test
    void aJsonLinesSpanThatIsNotInTheDraftFailsWithFileAndLine() {
        String jsonl = "{\"id\": \"a\", \"draft\": \"Hello.\", \"spans\": [{\"text\": \"calm down\", \"category\": \"minimising\"}]}\n";
        assertThatThrownBy(() -> DraftEvaluation.load(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), "d.jsonl"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("d.jsonl:1: span 1 does not occur in the draft");
    }

    @Test
    void devSplitReachesTheMeasuredFloor() throws Exception {
        DraftEvaluation.Report report = DraftEvaluation.evaluate(DraftChecker.english(), drafts("dev"));
        System.out.println("dev split:\n" + report.table());
        assertThat(report.overall().precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.overall().recall()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void heldOutSplitScoresWithinTenPointsOfTheDevSplitItWasNotTunedOn() throws Exception {
        DraftEvaluation.Report dev = DraftEvaluation.evaluate(DraftChecker.english(), drafts("dev"));
        DraftEvaluation.Report heldOut = DraftEvaluation.evaluate(DraftChecker.english(), drafts("heldout"));
        System.out.println("heldout split:\n" + heldOut.table());
        assertThat(heldOut.spans()).as("labelled spans in the held-out split").isPositive();
        assertThat(heldOut.goodDrafts()).as("good drafts in the held-out split").isPositive();
        assertThat(heldOut.overall().f1()).as("held-out F1 against dev F1 %.3f", dev.overall().f1())
                .isGreaterThanOrEqualTo(dev.overall().f1() - 0.10);
        assertThat(heldOut.goodFlaggedShare()).as("held-out good drafts flagged against dev %.3f", dev.goodFlaggedShare())
                .isLessThanOrEqualTo(dev.goodFlaggedShare() + 0.10);
    }
}
