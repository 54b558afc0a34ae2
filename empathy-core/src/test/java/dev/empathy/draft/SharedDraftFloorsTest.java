package dev.empathy.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.empathy.internal.json.JsonObjectParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Floors on the shared development sets written outside this project (../shared/eval beside the clone), at
 * default settings; skipped when the data is absent. The held-out sets are measured elsewhere with the same code.
 */
class SharedDraftFloorsTest {

    private static final Path DRAFTS = Path.of("../../shared/eval/drafts-dev.jsonl");
    private static final Path REPLIES = Path.of("../../shared/eval/twcs-agent-replies-dev.jsonl");

    @Test
    void otherWritersDraftsAreFoundAndGoodOnesStayQuiet() {
        assumeTrue(Files.isRegularFile(DRAFTS), "drafts-dev.jsonl not present beside this clone");
        DraftEvaluation.Report report = DraftEvaluation.evaluate(DraftChecker.english(), DraftEvaluation.load(DRAFTS));
        assertThat(report.spansFoundShare()).as(report.table()).isGreaterThanOrEqualTo(0.70);
        assertThat(report.goodFlaggedShare()).as(report.table()).isLessThanOrEqualTo(0.10);
    }

    @Test
    void realAgentRepliesAreRarelyFlagged() throws Exception {
        assumeTrue(Files.isRegularFile(REPLIES), "twcs-agent-replies-dev.jsonl not present beside this clone");
        List<String> replies = Files.readAllLines(REPLIES, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(l -> (String) JsonObjectParser.parseObject(l).get("text")).toList();
        long flagged = replies.stream().filter(reply -> !DraftChecker.english().check(reply).findings().isEmpty()).count();
        assertThat(flagged / (double) replies.size()).as("%d of %d replies flagged", flagged, replies.size()).isLessThanOrEqualTo(0.05);
    }
}
