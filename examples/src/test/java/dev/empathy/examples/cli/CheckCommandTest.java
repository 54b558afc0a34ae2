package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @Test
    void writesOneJsonObjectPerDraftWithFindingsElementsMissingAndScore() throws Exception {
        CliRun run = CliRun.run("{\"id\":7,\"text\":\"Please calm down.\",\"customer\":\"This is outrageous, I am furious!\"}\n", "check", "--jsonl");
        assertThat(run.exitCode()).isZero();
        JsonNode node = JsonOutput.mapper().readTree(run.lines()[0]);
        assertThat(node.get("id").asInt()).isEqualTo(7);
        JsonNode finding = node.get("findings").get(0);
        assertThat(finding.get("start").asInt()).isEqualTo(7);
        assertThat(finding.get("end").asInt()).isEqualTo(16);
        assertThat(finding.get("text").asText()).isEqualTo("calm down");
        assertThat(finding.get("rule").asText()).isEqualTo("MINIMISING_CALM_DOWN");
        assertThat(finding.get("category").asText()).isEqualTo("minimising");
        assertThat(finding.get("severity").asText()).isEqualTo("high");
        assertThat(finding.get("suggestions").size()).isPositive();
        assertThat(node.get("elements").isArray()).isTrue();
        assertThat(node.get("missing").size()).isPositive();
        assertThat(node.get("score").asInt()).isBetween(0, 100);
        assertThat(node.get("empathy").asDouble()).isBetween(0.0, 1.0);
        assertThat(node.get("politeness").asDouble()).isLessThan(0.5);
        assertThat(node.get("mechanisms").get("emotional-reaction").asDouble()).isZero();
        assertThat(node.get("evidence").get("politeness").findValuesAsText("id")).contains("please-start", "MINIMISING_CALM_DOWN");
    }

    @Test
    void empathyAndPolitenessCarryTheirEvidence() throws Exception {
        CliRun run = CliRun.run("{\"id\":1,\"text\":\"I'm so sorry. That must have been stressful. Could you tell me what happened?\"}\n", "check", "--jsonl");
        JsonNode node = JsonOutput.mapper().readTree(run.lines()[0]);
        assertThat(node.get("mechanisms").get("emotional-reaction").asDouble()).isPositive();
        assertThat(node.get("mechanisms").get("interpretation").asDouble()).isPositive();
        assertThat(node.get("mechanisms").get("exploration").asDouble()).isPositive();
        assertThat(node.get("evidence").get("empathy").findValuesAsText("id")).contains("apology", "acknowledgement", "exploration");
        assertThat(node.get("politeness").asDouble()).isGreaterThan(0.5);
    }

    @Test
    void plainLinesAreOneDraftEach() {
        CliRun run = CliRun.run("I just refunded you.\nJust restart it.\n", "check");
        assertThat(run.lines()).hasSize(2);
        assertThat(run.lines()[0]).contains("\"findings\":[]");
        assertThat(run.lines()[1]).contains("CONDESCENDING_JUST_IMPERATIVE");
    }

    @Test
    void prettyViewShowsLineColumnRuleMessageAndSuggestion() {
        CliRun run = CliRun.run("Please calm down.\n", "check", "--pretty", "--color=never");
        assertThat(run.out()).contains("Please [calm down].").contains("1:8  high  MINIMISING_CALM_DOWN  \"calm down\"")
                .contains("-> \"I understand how frustrating this is\"");
    }

    @Test
    void aMalformedRulesFileStopsWithFileLineAndProblem(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("vendor.tsv");
        Files.writeString(rules, "# empathy-rules 1\nX1\trude\tlow\tcalm\tm\t\t[[calm]]\tc\n");
        CliRun run = CliRun.run("hello\n", "check", "--rules", rules.toString());
        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.err()).startsWith("empathy: " + rules + ":2: unknown category 'rude'");
    }

    @Test
    void evaluateDraftsPrintsPerCategoryScores(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.tsv");
        Files.writeString(file, "# empathy-drafts 1\na\tdev\tchat\tPlease [[calm down|minimising]].\nb\theldout\tchat\tThanks!\n");
        CliRun run = CliRun.run("", "evaluate-drafts", file.toString(), "--split", "dev");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("minimising        1    0    0  1.000  1.000  1.000").contains("1 drafts, overlap match");
    }
}
