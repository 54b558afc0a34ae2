package dev.empathy.examples.server;

import static dev.empathy.examples.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gets 400, 404, 405 or 413 with an {"error"} that names the fault and never quotes the body. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiLimitsTest {

    private static final String SECRET = "Zq7-private-customer-words";
    private static final int LIMIT = 64 * 1024;

    private final RunningServer running = new RunningServer(ServerSettings.defaults(0).withMaxBodyBytes(LIMIT));

    @AfterAll
    void stop() {
        running.close();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "/v1/classify | {\"text\": \"" + SECRET + "\"                | request body is not valid JSON (line 1, column 38)",
            "/v1/classify | [\"" + SECRET + "\"]                         | request body must be a JSON object",
            "/v1/classify | ''                                            | request body must be a JSON object",
            "/v1/classify | {\"text\": \"a\"} \"" + SECRET + "\"            | request body is not valid JSON (line 1, column 15)",
            "/v1/classify | {\"txt\": \"" + SECRET + "\"}                  | field \"text\" is required (a string)",
            "/v1/classify | {\"text\": [\"" + SECRET + "\"]}               | field \"text\" must be a string",
            "/v1/check    | {\"text\": \"hi\", \"customer\": {\"a\": \"" + SECRET + "\"}} | field \"customer\" must be a string",
            "/v1/suggest  | {\"text\": \"hi\", \"channel\": \"" + SECRET + "\"} | field \"channel\" must be one of: chat, email, phone, social",
            "/v1/suggest  | {\"text\": \"hi\", \"formality\": 3}              | field \"formality\" must be a string",
            "/v1/suggest  | {\"text\": \"hi\", \"count\": 21}                 | field \"count\" must be an integer from 1 to 20",
            "/v1/suggest  | {\"text\": \"hi\", \"count\": 2.5}                | field \"count\" must be an integer from 1 to 20",
            "/v1/suggest  | {\"text\": \"hi\", \"used\": \"" + SECRET + "\"}    | field \"used\" must be an array of strings",
            "/v1/suggest  | {\"text\": \"hi\", \"used\": [1]}                  | field \"used\" must be an array of strings",
    })
    void malformedRequestsGet400NamingTheFieldWithoutQuotingTheBody(String path, String body, String error) {
        int before = running.classifier.calls.get();

        HttpResponse<String> response = running.post(path, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo(error);
        assertThat(response.body()).doesNotContain(SECRET);
        assertThat(running.classifier.calls.get()).isEqualTo(before);
    }

    @Test
    void anUnknownPathIs404AndAWrongMethodIs405WithAllow() {
        HttpResponse<String> unknown = running.get("/v1/classify/" + SECRET);
        HttpResponse<String> wrongMethod = running.get("/v1/check");
        HttpResponse<String> deleteHealth = running.send(running.request("/health").DELETE().build());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("error").asText()).isEqualTo("no such path; see /openapi.json");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
        assertThat(deleteHealth.statusCode()).isEqualTo(405);
        assertThat(deleteHealth.headers().firstValue("Allow")).hasValue("GET, OPTIONS");
        assertThat(running.accessLog).noneMatch(line -> line.contains(SECRET));
    }

    @Test
    void aDeclaredTenMegabyteBodyGets413BeforeItIsSent() throws Exception {
        int before = running.classifier.calls.get();
        try (Socket socket = new Socket("127.0.0.1", running.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/classify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (10 << 20) + "\r\n\r\n{\"text\": \"").getBytes(StandardCharsets.US_ASCII));
            out.flush();

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413 ").contains("Connection: close")
                    .endsWith("{\"error\":\"request body is larger than the limit of " + LIMIT + " bytes (--max-body)\"}");
        }
        assertThat(running.classifier.calls.get()).isEqualTo(before);
    }

    @Test
    void aChunkedTenMegabyteBodyGets413AndNeverReachesTheEngines() throws Exception {
        int before = running.classifier.calls.get();
        byte[] head = "{\"text\": \"".getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("127.0.0.1", running.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/classify HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write((Integer.toHexString(head.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(head);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            int sent = 0;
            try {
                for (; sent < 160; sent++) {  // 10 MiB in all, unless the server has closed the connection first
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (java.io.IOException closedByServer) {
                // expected once the server has answered 413 and closed
            }
            String answer = readSome(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 413 ");
            assertThat(sent).as("chunks the client could send before the server gave up").isLessThan(160 + 1);
        }
        assertThat(running.classifier.calls.get()).isEqualTo(before);
    }

    private static String readSome(InputStream in) throws java.io.IOException {
        byte[] buffer = new byte[4096];
        int read = in.read(buffer);
        return read < 0 ? "" : new String(buffer, 0, read, StandardCharsets.UTF_8);
    }

    @Test
    void aBodyJustUnderTheLimitIsServed() {
        String text = "my order is late. ".repeat((LIMIT - 100) / 18);

        HttpResponse<String> response = running.post("/v1/classify", "{\"text\": \"" + text + "\"}");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aThousandMalformedRequestsInARowLeaveItServing() {
        List<String> bad = List.of("{", "{\"text\": 1}", "null", "\u0000\u0001", "{\"text\": \"a\"}}", "[]");
        for (int i = 0; i < 1000; i++) {
            HttpResponse<String> response = running.post("/v1/check", bad.get(i % bad.size()));
            assertThat(response.statusCode()).as("request %d", i).isEqualTo(400);
        }

        HttpResponse<String> good = running.post("/v1/check", "{\"text\": \"Calm down.\"}");

        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(json(good).get("findings")).isNotEmpty();
        assertThat(json(running.get("/health")).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void theAccessLogHoldsMethodPathStatusAndNeverTheText() {
        running.post("/v1/classify", "{\"text\": \"" + SECRET + " is angry\"}");
        running.post("/v1/check", "{\"text\": \"" + SECRET + "\", \"customer\": \"" + SECRET + "\"}");
        running.send(running.request("/v1/suggest?text=" + SECRET).POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"hi\"}")).build());

        assertThat(running.accessLog).anyMatch(line -> line.matches("POST /v1/classify 200 \\d+B \\d+ms"));
        assertThat(running.accessLog).anyMatch(line -> line.startsWith("POST /v1/suggest 200 "));
        assertThat(running.accessLog).noneMatch(line -> line.contains(SECRET));
    }

    @Test
    void aBodyThatStopsArrivingGets408AfterTheReadTimeout() throws Exception {
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, LIMIT, null, List.of(),
                Duration.ofSeconds(30), Duration.ofMillis(500), Duration.ofSeconds(5));
        try (RunningServer slow = new RunningServer(settings);
             Socket socket = new Socket("127.0.0.1", slow.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"text\"".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();

            String answer = readSome(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 408 ");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
            assertThat(slow.classifier.calls.get()).isZero();
        }
    }

    @Test
    void nonJsonBytesAreA400NotA500() {
        HttpResponse<String> response = running.send(running.request("/v1/classify")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xfe, 0x7b})))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
    }
}
