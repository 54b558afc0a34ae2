package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationCommandTest {

    private static final String THREAD = "{\"id\":\"t-1\",\"turns\":["
            + "{\"role\":\"customer\",\"text\":\"Hi, my order 4411 hasn't arrived yet, can you check where it is?\",\"time\":\"2026-03-02T09:00:00Z\"},"
            + "{\"role\":\"agent\",\"text\":\"Please calm down, we are looking into it.\",\"time\":\"2026-03-02T10:30:00Z\"},"
            + "{\"role\":\"customer\",\"text\":\"Third time I'm asking: my order 4411 still hasn't arrived, can anyone check where it is?\","
            + "\"time\":\"2026-03-02T12:00:00+01:00\"}]}";
    private static final Path SAMPLE = Path.of("../../shared/eval/twcs-threads-sample.csv");

    private static JsonNode json(String line) throws Exception {
        return JsonOutput.mapper().readTree(line);
    }

    @Test
    void writesOneReadingPerThreadWithTurnsTrajectoryRepeatsWaitsAnswerAndNextTurn() throws Exception {
        CliRun run = CliRun.run(THREAD + "\n\n" + THREAD.replace("t-1", "t-2") + "\n", "conversation", "--as-of", "2026-03-02T13:00:00Z");
        assertThat(run.exitCode()).isZero();
        assertThat(run.lines()).hasSize(2);
        JsonNode node = json(run.lines()[0]);
        assertThat(node.get("id").asText()).isEqualTo("t-1");
        assertThat(node.get("turns").get(0).get("reading").get("emotion").asText()).isEqualTo("frustration");
        JsonNode agent = node.get("turns").get(1);
        assertThat(agent.get("answers").asInt()).isZero();
        assertThat(agent.get("check").get("findings").get(0).get("rule").asText()).isEqualTo("MINIMISING_CALM_DOWN");
        assertThat(node.get("turns").get(2).get("time").asText()).isEqualTo("2026-03-02T11:00:00Z");
        assertThat(node.get("trajectory").get("trajectory").asText()).isEqualTo("escalating");
        assertThat(node.get("repeatedContact").findValuesAsText("kind")).containsExactly("asks-again", "says-so");
        assertThat(node.get("waits").get("longest").get("seconds").asLong()).isEqualTo(5400);
        assertThat(node.get("waits").get("current").get("seconds").asLong()).isEqualTo(7200);
        assertThat(node.get("waits").get("long").asBoolean()).isTrue();
        assertThat(node.get("answer").asText()).isEqualTo("awaiting-answer");
        assertThat(node.get("needsAnswer").asBoolean()).isTrue();
        assertThat(node.get("next").get("statements").size()).isPositive();
        assertThat(node.get("next").get("reasons").toString()).contains("repeated contact");
    }

    @Test
    void prettyViewShowsEachTurnWithItsEmotionOrFindingsAndTheNextTurn() {
        CliRun run = CliRun.run(THREAD + "\n", "conversation", "--pretty", "--as-of", "2026-03-02T13:00:00Z");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("thread t-1  3 turns  trajectory escalating (turns 0, 2)  answer awaiting-answer")
                .contains("repeated contact: turn 2 asks again what turn 0 asked")
                .contains("repeated contact: turn 2 says so \"Third time\"")
                .contains("waits: longest 1h 30m (turn 0 -> 1) current 2h 00m (turn 2, unanswered)  (long)")
                .contains("[1] agent    2026-03-02T10:30:00Z  answers [0]  score")
                .contains("findings: MINIMISING_CALM_DOWN \"calm down\"")
                .contains("  next: ");
    }

    @Test
    void aThreadThatStartsWithAnAgentTurnIsRead() throws Exception {
        CliRun run = CliRun.run("{\"turns\":[{\"role\":\"agent\",\"text\":\"Your parcel is delayed.\"},{\"role\":\"customer\",\"text\":\"Thanks!\"}]}\n",
                "conversation");
        assertThat(run.exitCode()).isZero();
        JsonNode node = json(run.lines()[0]);
        assertThat(node.has("id")).isFalse();
        assertThat(node.get("turns").get(0).has("answers")).isFalse();
        assertThat(node.get("answer").asText()).isEqualTo("closed");
    }

    private static void assertStops(String stdin, String expected, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "conversation";
        System.arraycopy(args, 0, all, 1, args.length);
        CliRun run = CliRun.run(stdin, all);
        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("empathy: " + expected);
    }

    @Test
    void badThreadsStopWithTheLineAndTheProblemNeverTheText() {
        assertStops("{\"id\":1,\"turns\":[]}\n", "line 1: a conversation needs at least one turn");
        assertStops("\n{\"turns\":[{\"role\":\"bot\",\"text\":\"secret\"}]}\n",
                "line 2: turns[0].role: unknown role 'bot', expected one of customer, agent");
        assertStops("{\"turns\":[{\"role\":\"customer\"}]}\n", "line 1: turns[0].text: must be a string");
        assertStops("{\"turns\":[{\"role\":\"customer\",\"text\":\"a\",\"time\":\"yesterday\"}]}\n",
                "line 1: turns[0].time: not an ISO-8601 time with an offset, such as 2017-10-10T15:16:08Z");
        assertStops("{\"turns\":[{\"role\":\"customer\",\"text\":\"secret\",\"time\":\"2026-03-02T10:00:00Z\"},"
                        + "{\"role\":\"agent\",\"text\":\"b\",\"time\":\"2026-03-02T09:00:00Z\"}]}\n",
                "line 1: turn 1 is timed 2026-03-02T09:00:00Z, before turn 0 at 2026-03-02T10:00:00Z: turns must be in time order");
        assertStops("{\"text\":\"secret\"}\n", "line 1: field \"turns\" must be an array of {\"role\", \"text\", \"time\"?}");
        assertStops("[1]\n", "line 1: expected a JSON object {\"id\": ..., \"turns\": [...]}");
        assertStops(THREAD + "\n", "line 1: conversation has 3 turns, more than this reader's maximum of 2 (ConversationReader.Builder.maxTurns)",
                "--max-turns", "2");
    }

    @Test
    void twcsThreadsAreRebuiltFromQuotedMultiLineCsvWithBrokenLinksCounted(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("twcs.csv");
        Files.writeString(csv, String.join("\n",
                "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id",
                "2,AcmeHelp,False,Tue Oct 10 15:16:08 +0000 2017,\"@9 Sorry, could you DM us?\",3,1",
                "1,9,True,Tue Oct 10 15:09:00 +0000 2017,\"@AcmeHelp my order, still not here &amp; no reply\n(second line)\",2,",
                "3,9,True,Tue Oct 10 15:20:00 +0000 2017,\"@AcmeHelp done\",\"4,77\",2",
                "4,AcmeHelp,False,Tue Oct 10 15:25:00 +0000 2017,@9 Thanks!,,3",
                "5,AcmeHelp,False,Tue Oct 10 16:00:00 +0000 2017,@8 Happy to help.,,99",
                ""));
        CliRun run = CliRun.run("", "conversation", "--twcs", csv.toString(), "--as-of", "2017-10-11T00:00:00Z");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err().strip()).isEqualTo("twcs: 5 tweets, 2 threads; 1 replies to tweets not in the file (their thread starts there), "
                + "1 response ids naming tweets not in the file (ignored)");
        JsonNode first = json(run.lines()[0]);
        assertThat(first.get("id").asText()).isEqualTo("1");
        assertThat(first.get("turns").findValuesAsText("role")).containsExactly("customer", "agent", "customer", "agent");
        assertThat(first.get("turns").get(0).get("text").asText()).isEqualTo("@AcmeHelp my order, still not here & no reply\n(second line)");
        JsonNode second = json(run.lines()[1]);
        assertThat(second.get("id").asText()).isEqualTo("5");
        assertThat(second.get("answer").asText()).isEqualTo("no-customer-turn");
    }

    @Test
    void malformedTwcsFilesStopWithFileLineAndProblem(@TempDir Path dir) throws Exception {
        String header = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n";
        Path missing = dir.resolve("missing.csv");
        Files.writeString(missing, "tweet_id,author_id,created_at,text\n1,9,Tue Oct 10 15:09:00 +0000 2017,hi\n");
        assertStops("", missing + ": missing column 'inbound', expected a header with tweet_id, author_id, inbound, created_at, text, "
                + "response_tweet_id, in_response_to_tweet_id", "--twcs", missing.toString());
        Path duplicate = dir.resolve("duplicate.csv");
        Files.writeString(duplicate, header + "1,9,True,Tue Oct 10 15:09:00 +0000 2017,a,,\n1,9,True,Tue Oct 10 15:10:00 +0000 2017,b,,\n");
        assertStops("", duplicate + ":3: duplicate tweet_id 1", "--twcs", duplicate.toString());
        Path inbound = dir.resolve("inbound.csv");
        Files.writeString(inbound, header + "1,9,maybe,Tue Oct 10 15:09:00 +0000 2017,a,,\n");
        assertStops("", inbound + ":2: inbound must be True or False, got 'maybe'", "--twcs", inbound.toString());
        assertStops("", dir.resolve("absent.csv") + ": no such file", "--twcs", dir.resolve("absent.csv").toString());
        Path quote = dir.resolve("quote.csv");
        Files.writeString(quote, header + "1,9,True,Tue Oct 10 15:09:00 +0000 2017,\"never closed,,\n");
        CliRun broken = CliRun.run("", "conversation", "--twcs", quote.toString());
        assertThat(broken.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(broken.err()).startsWith("empathy: " + quote + ": not readable as UTF-8 CSV: ").doesNotContain("never closed");
        Path time = dir.resolve("time.csv");
        Files.writeString(time, header + "1,9,True,2017-10-10,a,,\n");
        assertStops("", time + ":2: created_at '2017-10-10' is not like 'Tue Oct 10 15:16:08 +0000 2017'", "--twcs", time.toString());
    }

    @Test
    void theSharedSampleOfRealThreadsReadsWithoutError() throws Exception {
        assumeTrue(Files.exists(SAMPLE), "no ../shared/eval in this checkout");
        CliRun run = CliRun.run("", "conversation", "--twcs", SAMPLE.toString(), "--as-of", "2017-10-12T00:00:00Z");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).startsWith("twcs: 93 tweets, ");
        int turns = 0;
        for (String line : run.lines()) {
            JsonNode node = json(line);
            turns += node.get("turns").size();
            assertThat(node.get("trajectory").get("trajectory").asText()).isIn("escalating", "calming", "steady", "resolved");
        }
        assertThat(turns).isEqualTo(93);
    }
}
