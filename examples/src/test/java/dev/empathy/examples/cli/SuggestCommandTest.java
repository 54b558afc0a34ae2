package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestCommandTest {

    private static JsonNode json(String line) throws Exception {
        return JsonOutput.mapper().readTree(line);
    }

    @Test
    void writesOneObjectPerMessageWithEmotionRankedStatementsAndOpening() throws Exception {
        CliRun run = CliRun.run("I was charged twice and I'm really annoyed.\n", "suggest", "--situation", "billing-error",
                "--channel", "chat", "--name", "Sam");
        assertThat(run.exitCode()).isZero();
        assertThat(run.lines()).hasSize(1);
        JsonNode node = json(run.lines()[0]);
        assertThat(node.has("id")).isFalse();
        assertThat(node.get("emotion").textValue()).isNotBlank();
        assertThat(node.get("statements")).hasSize(3);
        for (JsonNode statement : node.get("statements")) {
            assertThat(statement.get("id").textValue()).matches("[a-z]{3}-\\d{3}");
            assertThat(statement.get("text").textValue()).doesNotContain("{", "[");
            assertThat(statement.get("intent").textValue()).isNotBlank();
            assertThat(statement.get("reasons")).isNotEmpty();
        }
        assertThat(node.get("opening").textValue()).isNotBlank();
    }

    @Test
    void jsonlFieldsOverrideTheFlagsPerMessage() throws Exception {
        CliRun run = CliRun.run("{\"id\": \"a\", \"text\": \"My dad passed away and I need to close his account.\", \"situation\": \"bereavement\", \"formality\": \"formal\", \"channel\": \"email\"}\n"
                + "\n{\"id\": 2, \"text\": \"Thanks so much, it works now!\", \"situation\": \"praise-feedback\"}\n", "suggest", "--jsonl");
        assertThat(run.exitCode()).isZero();
        assertThat(run.lines()).hasSize(2);
        assertThat(json(run.lines()[0]).get("id").textValue()).isEqualTo("a");
        assertThat(json(run.lines()[1]).get("id").intValue()).isEqualTo(2);
        assertThat(json(run.lines()[0]).get("opening").textValue()).doesNotContain("!");
    }

    @Test
    void aConversationNeverRepeatsAnOpeningStatement() throws Exception {
        String message = "This is the third time I'm asking where my parcel is.\n";
        CliRun run = CliRun.run(message.repeat(6), "suggest", "--conversation", "--count", "1");
        Set<String> seen = new HashSet<>();
        for (String line : run.lines()) {
            String opening = json(line).get("opening").textValue();
            assertThat(seen.add(opening)).as(opening).isTrue();
        }
    }

    @Test
    void theSameSeedGivesTheSameOutputAndAnotherSeedCanDiffer() {
        String input = "I'm worried my account was hacked.\nThe app keeps crashing, so frustrating.\n";
        assertThat(CliRun.run(input, "suggest", "--seed", "5").out()).isEqualTo(CliRun.run(input, "suggest", "--seed", "5").out());
        Set<String> outputs = new HashSet<>();
        for (int seed = 0; seed < 8; seed++) {
            outputs.add(CliRun.run(input, "suggest", "--seed", String.valueOf(seed)).out());
        }
        assertThat(outputs).hasSizeGreaterThan(1);
    }

    @Test
    void eachStatementCarriesItsSituationTagsAndTheMessageItsSituationAndSource() throws Exception {
        JsonNode given = json(CliRun.run("I was charged twice.\n", "suggest", "--situation", "billing-error").lines()[0]);
        assertThat(given.get("situation").get("id").textValue()).isEqualTo("billing-error");
        assertThat(given.get("situation").get("source").textValue()).isEqualTo("given");
        assertThat(given.get("statements")).allSatisfy(statement -> assertThat(statement.get("situations")).isNotEmpty());
        assertThat(given.get("statements").get(0).get("situations").toString()).contains("billing-error");
        JsonNode none = json(CliRun.run("What are your opening hours?\n", "suggest").lines()[0]);
        assertThat(none.get("situation").get("source").textValue()).isIn("none", "detected");
    }

    @Test
    void withoutASeedTheSameMessageGetsTheSameChoiceAndDifferentMessagesDifferentOnes() throws Exception {
        String input = "My parcel hasn't arrived.\nWhere is my parcel? It hasn't arrived.\nMy package still hasn't come.\n"
                + "The parcel I ordered never turned up.\nNo sign of my order yet.\nMy delivery is missing.\n";
        CliRun first = CliRun.run(input, "suggest", "--situation", "delivery-delay");
        assertThat(CliRun.run(input, "suggest", "--situation", "delivery-delay").out()).isEqualTo(first.out());
        Set<String> openings = new HashSet<>();
        for (String line : first.lines()) {
            openings.add(json(line).get("opening").textValue());
        }
        assertThat(openings).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void theProductAndDurationComeFromTheMessageWithTheEvidenceInTheReasons() throws Exception {
        CliRun run = CliRun.run("I've been waiting for three weeks and my parcel still hasn't arrived.\n", "suggest",
                "--situation", "delivery-delay", "--count", "20");
        JsonNode node = json(run.lines()[0]);
        List<String> reasons = new ArrayList<>();
        node.get("statements").forEach(statement -> statement.get("reasons").forEach(reason -> reasons.add(reason.textValue())));
        assertThat(node.toString()).contains("your parcel");
        assertThat(reasons).anyMatch(reason -> reason.startsWith("product \"your parcel\" from the message (\"my parcel\""));
    }

    @Test
    void prettyShowsTheSituationTheOpeningAndEachStatementWithItsReasons() {
        CliRun run = CliRun.run("I was charged twice and I'm really annoyed.\n", "suggest", "--pretty", "--situation", "billing-error");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("#1  ").contains("situation billing-error (given)", "  opening: ", "  1. ", "     why: ");
    }

    @Test
    void anUnknownSituationIsABadInputNamingTheLine() {
        CliRun run = CliRun.run("{\"text\": \"hi\", \"situation\": \"late\"}\n", "suggest", "--jsonl");
        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.err()).startsWith("empathy: line 1: situation: unknown value, expected one of delivery-delay,");
    }

    @Test
    void aMalformedVendorCatalogIsABadInputNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("acme.tsv");
        Files.writeString(file, "# empathy-statements 1\n# locale: en\nx-1\tthank\tanger\t-\t0.0-1.0\t*\t*\tgeneral\tThanks {who}.\n");
        CliRun run = CliRun.run("hello\n", "suggest", "--catalog", file.toString());
        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.err()).isEqualTo("empathy: " + file + ":3: unknown slot {who}, expected one of {name}, {product}, {issue}, {duration}, {agent}, {time-frame}" + System.lineSeparator());
    }
}
