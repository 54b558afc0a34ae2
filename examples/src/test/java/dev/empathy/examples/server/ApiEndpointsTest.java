package dev.empathy.examples.server;

import static dev.empathy.examples.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.empathy.examples.cli.EmpathyCli;
import dev.empathy.examples.cli.JsonShapes;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What each endpoint answers: the command line's JSON lines, over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiEndpointsTest {

    private final RunningServer running = RunningServer.withDefaults();

    @AfterAll
    void stop() {
        running.close();
    }

    private static JsonNode cli(String jsonLine, String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = EmpathyCli.commandLine(new ByteArrayInputStream(jsonLine.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err)).execute(args);
        assertThat(exit).as(err.toString()).isZero();
        return JsonShapes.mapper().readTree(out.toString());
    }

    @Test
    void classifyAnswersWhatTheCommandLineWritesForTheSameLine() throws Exception {
        String body = "{\"id\": 7, \"text\": \"I have been waiting three weeks for my refund and nobody answers!!\"}";

        HttpResponse<String> response = running.post("/v1/classify", body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(json(response)).isEqualTo(cli(body, "classify", "--jsonl"));
        assertThat(json(response).get("cues")).isNotEmpty();
    }

    @Test
    void checkWithACustomerAnswersWhatTheCommandLineWrites() throws Exception {
        String body = "{\"id\": \"t-1\", \"text\": \"Calm down. You should have read the policy.\", "
                + "\"customer\": \"My parcel is two weeks late and nobody replies!\"}";

        HttpResponse<String> response = running.post("/v1/check", body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(cli(body, "check", "--jsonl"));
        assertThat(json(response).get("findings").get(0).get("rule").asText()).isEqualTo("MINIMISING_CALM_DOWN");
    }

    @Test
    void suggestTakesTheCommandLinesFieldsAndAnsweringTheSameShape() throws Exception {
        String body = "{\"text\": \"You charged me twice this month!\", \"channel\": \"email\", \"formality\": \"formal\","
                + " \"situation\": \"billing-error\", \"name\": \"Sam\"}";

        HttpResponse<String> response = running.post("/v1/suggest", body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(cli(body, "suggest", "--jsonl"));
    }

    @Test
    void suggestNeverRepeatsUsedStatementsAndHonoursCount() {
        JsonNode first = json(running.post("/v1/suggest", "{\"text\": \"My order never arrived.\", \"count\": 2}"));
        String firstId = first.get("statements").get(0).get("id").asText();

        JsonNode second = json(running.post("/v1/suggest",
                "{\"text\": \"My order never arrived.\", \"count\": 5, \"used\": [\"" + firstId + "\"]}"));

        assertThat(first.get("statements")).hasSize(2);
        assertThat(second.get("statements")).hasSizeBetween(3, 5);
        assertThat(second.get("statements").findValuesAsText("id")).doesNotContain(firstId);
    }

    @Test
    void healthRulesAndStatementsDescribeWhatIsLoaded() {
        JsonNode health = json(running.get("/health"));
        JsonNode rules = json(running.get("/v1/rules"));
        JsonNode statements = json(running.get("/v1/statements"));

        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(rules.get("format").asText()).isEqualTo("empathy-rules 1");
        assertThat(rules.get("rules")).hasSize(health.get("rules").asInt());
        assertThat(rules.get("rules").get(0).get("category").asText()).isNotBlank();
        assertThat(rules.get("categories").get("minimising").asInt()).isPositive();
        assertThat(statements.get("format").asText()).isEqualTo("empathy-statements 1");
        assertThat(statements.get("statements")).hasSize(health.get("statements").asInt());
        assertThat(statements.get("statements").get(0).get("id").asText()).isNotBlank();
    }

    @Test
    void servesThePageAndTheOpenApiDocument() {
        HttpResponse<String> page = running.get("/");
        HttpResponse<String> script = running.get("/agent.js");
        HttpResponse<String> openApi = running.get("/openapi.json");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(page.body()).contains("<textarea id=\"customer\"", "<textarea id=\"draft\"", "agent.js").doesNotContain("http://", "https://");
        assertThat(script.body()).contains("/v1/check");
        JsonNode paths = json(openApi).get("paths");
        assertThat(json(openApi).get("openapi").asText()).startsWith("3.");
        assertThat(paths.fieldNames()).toIterable()
                .contains("/v1/classify", "/v1/check", "/v1/suggest", "/v1/rules", "/v1/statements", "/health");
    }
}
