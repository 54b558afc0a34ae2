package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ClassifyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Options that replace the built-in lexicon with {@code test-lexicon.tsv} (annoyed, thank you, cancel my account). */
    private static String[] withTestLexicon(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--no-builtin-lexicon", "--lexicon", testLexicon().toString()));
        return all.toArray(String[]::new);
    }

    static Path testLexicon() {
        try {
            return Path.of(Objects.requireNonNull(ClassifyCommandTest.class.getResource("/test-lexicon.tsv")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> jsonLines(CliRun run) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : run.lines()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void writesOneJsonObjectPerInputLineIncludingBlankOnes() throws Exception {
        CliRun run = CliRun.run("I am annoyed\n\nthank you\n", withTestLexicon("classify"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<JsonNode> readings = jsonLines(run);
        assertThat(readings).extracting(node -> node.get("emotion").asText())
                .containsExactly("frustration", "neutral", "gratitude");
        assertThat(readings.get(1).get("cues")).isEmpty();
        assertThat(readings.get(0).has("id")).isFalse();
    }

    @Test
    void readingHasScoresForAllNineEmotionsAndTheDocumentedFields() throws Exception {
        JsonNode reading = jsonLines(CliRun.run("I am annoyed\n", withTestLexicon("classify"))).get(0);

        List<String> fields = new ArrayList<>();
        reading.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("emotion", "intensity", "confidence", "scores", "cues", "sentences", "signals", "situation");
        List<String> emotions = new ArrayList<>();
        reading.get("scores").fieldNames().forEachRemaining(emotions::add);
        assertThat(emotions).containsExactly("anger", "frustration", "anxiety", "confusion", "disappointment",
                "sadness", "gratitude", "satisfaction", "neutral");
        assertThat(reading.get("intensity").asDouble()).isBetween(0.0, 1.0);
        assertThat(reading.get("sentences").get(0).get("text").asText()).isEqualTo("I am annoyed");
    }

    @Test
    void cueOffsetsPointIntoTheOriginalLine() throws Exception {
        String message = "Honestly I am SO annoyed";
        JsonNode cue = jsonLines(CliRun.run(message + "\n", withTestLexicon("classify"))).get(0).get("cues").get(0);

        assertThat(cue.get("emotion").asText()).isEqualTo("frustration");
        assertThat(cue.get("text").asText()).contains("annoyed");
        assertThat(message.substring(cue.get("start").asInt(), cue.get("end").asInt())).isEqualTo(cue.get("text").asText());
        assertThat(cue.get("weight").asDouble()).isPositive();
        assertThat(cue.get("modifiers").isArray()).isTrue();
    }

    @Test
    void reportsSignalsWithTheirTypeIdAndSpan() throws Exception {
        String message = "fix it or I cancel my account";
        JsonNode signal = jsonLines(CliRun.run(message + "\n", withTestLexicon("classify"))).get(0).get("signals").get(0);

        assertThat(signal.get("type").asText()).isEqualTo("escalation-risk");
        assertThat(signal.get("text").asText()).isEqualTo("cancel my account");
        assertThat(signal.get("start").asInt()).isEqualTo(12);
        assertThat(signal.get("end").asInt()).isEqualTo(29);
    }

    @Test
    void readingCarriesTheSituationWithConfidenceAndEvidenceSpans() throws Exception {
        String message = "my parcel still hasn't arrived";
        JsonNode situation = jsonLines(CliRun.run(message + "\n", "classify")).get(0).get("situation");

        assertThat(situation.get("id").asText()).isEqualTo("delivery-delay");
        assertThat(situation.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(situation.get("cues")).isNotEmpty();
        for (JsonNode cue : situation.get("cues")) {
            assertThat(message.substring(cue.get("start").asInt(), cue.get("end").asInt())).isEqualTo(cue.get("text").asText());
        }
    }

    @Test
    void noSituationReadsGeneralAndSituationCuesAddAVendorFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertThat(jsonLines(CliRun.run("my parcel still hasn't arrived\n", "classify", "--no-situation")).get(0)
                .get("situation").get("id").asText()).isEqualTo("general");
        Path cues = dir.resolve("cues.tsv");
        java.nio.file.Files.writeString(cues, "# empathy-situation-cues 1\ncue\tdefect\t5\tjammed\n");
        JsonNode situation = jsonLines(CliRun.run("the door is jammed\n", "classify", "--situation-cues", cues.toString()))
                .get(0).get("situation");
        assertThat(situation.get("id").asText()).isEqualTo("defect");
        assertThat(situation.get("cues").get(0).get("text").asText()).isEqualTo("jammed");
    }

    @Test
    void jsonlInputEchoesTheIdAsGiven() throws Exception {
        CliRun run = CliRun.run("{\"id\": \"t-1\", \"text\": \"thank you\"}\n\n{\"id\": 42, \"text\": \"I am annoyed\", \"channel\": \"chat\"}\n",
                withTestLexicon("classify", "--jsonl"));

        assertThat(run.exitCode()).isZero();
        List<JsonNode> readings = jsonLines(run);
        assertThat(readings).hasSize(2);
        assertThat(readings.get(0).get("id").asText()).isEqualTo("t-1");
        assertThat(readings.get(0).get("emotion").asText()).isEqualTo("gratitude");
        assertThat(readings.get(1).get("id").isInt()).isTrue();
        assertThat(readings.get(1).get("id").asInt()).isEqualTo(42);
        assertThat(readings.get(1).get("emotion").asText()).isEqualTo("frustration");
    }

    @Test
    void jsonlWithoutIdOmitsIt() throws Exception {
        JsonNode reading = jsonLines(CliRun.run("{\"text\": \"thank you\"}\n", withTestLexicon("classify", "--jsonl"))).get(0);

        assertThat(reading.has("id")).isFalse();
    }

    @Test
    void malformedJsonlStopsWithTheLineNumberAfterWritingEarlierMessages() throws Exception {
        CliRun run = CliRun.run("{\"id\": 1, \"text\": \"thank you\"}\n{\"id\": 2, \"text\": \n{\"id\": 3, \"text\": \"ok\"}\n",
                withTestLexicon("classify", "--jsonl"));

        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(jsonLines(run)).extracting(node -> node.get("id").asInt()).containsExactly(1);
        assertThat(run.err()).startsWith("empathy: line 2: not valid JSON: ");
    }

    @Test
    void jsonlLineWithoutStringTextIsRejected() {
        CliRun run = CliRun.run("{\"id\": 1, \"text\": 5}\n", withTestLexicon("classify", "--jsonl"));

        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.err()).isEqualTo("empathy: line 1: field \"text\" must be a string\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void jsonlLineThatIsNotAnObjectIsRejected() {
        CliRun run = CliRun.run("[\"thank you\"]\n", withTestLexicon("classify", "--jsonl"));

        assertThat(run.err()).isEqualTo("empathy: line 1: expected a JSON object {\"id\": ..., \"text\": ...}\n");
    }

    @Test
    void invalidUtf8InputNamesTheLine() {
        byte[] input = {'o', 'k', '\n', 'b', (byte) 0xFF, 'd', '\n'};

        CliRun run = CliRun.run(input, withTestLexicon("classify"));

        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.lines()).hasSize(1);
        assertThat(run.err()).isEqualTo("empathy: line 2: input is not valid UTF-8\n");
    }

    @Test
    void prettyViewMarksCuesAndListsSignalsWithoutColourWhenNotOnATerminal() {
        CliRun run = CliRun.run("I am annoyed, I will cancel my account\n", withTestLexicon("classify", "--pretty"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("#1  frustration  intensity ");
        assertThat(run.out()).contains("I am [annoyed]{frustration ");
        assertThat(run.out()).contains("  signals: escalation-risk \"cancel my account\"\n");
        assertThat(run.out()).contains("  situation: cancellation ");
        assertThat(run.out()).doesNotContain("\u001B[");
    }

    @Test
    void prettyViewUsesColourWhenAsked() {
        CliRun run = CliRun.run("I am annoyed\n", withTestLexicon("classify", "--pretty", "--color=always"));

        assertThat(run.out()).contains("\u001B[33m[annoyed]\u001B[0m");
    }

    @Test
    void aMalformedLexiconFileIsReportedWithFileAndLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path lexicon = dir.resolve("bad.tsv");
        java.nio.file.Files.writeString(lexicon, "# empathy-lexicon 1\nfurious\tangry\t1.0\n");

        CliRun run = CliRun.run("hi\n", "classify", "--lexicon", lexicon.toString());

        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.err()).startsWith("empathy: " + lexicon + ":2: unknown emotion 'angry'");
    }

    @Test
    void removeTermSwitchesALexiconEntryOff() throws Exception {
        JsonNode reading = jsonLines(CliRun.run("I am annoyed\n", withTestLexicon("classify", "--remove-term", "Annoyed"))).get(0);

        assertThat(reading.get("emotion").asText()).isEqualTo("neutral");
        assertThat(reading.get("cues")).isEmpty();
    }

    @Test
    void theReadmeMainJobReadsEveryMessageOfTheSampleConversation() throws Exception {
        String conversation = java.nio.file.Files.readString(Path.of("conversation.txt"));
        long messages = conversation.lines().count();

        CliRun run = CliRun.run(conversation, "classify");

        assertThat(run.exitCode()).isZero();
        List<JsonNode> readings = jsonLines(run);
        assertThat(readings).hasSize((int) messages);
        assertThat(readings).allSatisfy(reading -> assertThat(reading.get("emotion").asText())
                .isIn("anger", "frustration", "anxiety", "confusion", "disappointment", "sadness", "gratitude", "satisfaction", "neutral"));
        List<String> lines = conversation.lines().toList();
        for (int i = 0; i < readings.size(); i++) {
            for (JsonNode cue : readings.get(i).get("cues")) {
                assertThat(lines.get(i).substring(cue.get("start").asInt(), cue.get("end").asInt()))
                        .as("cue offsets of message %d", i + 1).isEqualTo(cue.get("text").asText());
            }
        }
    }
}
