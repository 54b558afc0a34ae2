package dev.empathy.examples.server;

import static dev.empathy.examples.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.emotion.LexiconEmotionClassifier;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bearer token, CORS for helpdesk app origins, and graceful stop. */
class AccessControlTest {

    private static final String ZENDESK = "https://acme.zendesk.com";

    @Test
    void withATokenTheApiNeedsItButHealthAndThePageDoNot() {
        try (RunningServer running = new RunningServer(ServerSettings.defaults(0).withToken("s3cret-token"))) {
            String body = "{\"text\": \"Where is my order?\"}";
            HttpResponse<String> none = running.post("/v1/classify", body);
            HttpResponse<String> wrong = running.send(running.request("/v1/classify").header("Authorization", "Bearer nope")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            HttpResponse<String> right = running.send(running.request("/v1/classify").header("Authorization", "Bearer s3cret-token")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());

            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(running.get("/v1/rules").statusCode()).isEqualTo(401);
            assertThat(running.get("/health").statusCode()).isEqualTo(200);
            assertThat(running.get("/").statusCode()).isEqualTo(200);
            assertThat(running.classifier.calls.get()).isEqualTo(1);
        }
    }

    @Test
    void anAllowedOriginGetsCorsHeadersAndItsPreflightAnswered() {
        try (RunningServer running = new RunningServer(ServerSettings.defaults(0).withCorsOrigins(List.of(ZENDESK)))) {
            HttpResponse<String> preflight = running.send(running.request("/v1/check").header("Origin", ZENDESK)
                    .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type, authorization")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
            HttpResponse<String> call = running.send(running.request("/v1/check").header("Origin", ZENDESK)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Calm down.\"}")).build());

            assertThat(preflight.statusCode()).isEqualTo(204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ZENDESK);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST, OPTIONS");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Authorization, Content-Type");
            assertThat(call.statusCode()).isEqualTo(200);
            assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ZENDESK);
            assertThat(call.headers().firstValue("Vary")).hasValue("Origin");
        }
    }

    @Test
    void anotherOriginGetsNoCorsHeadersAndItsPreflightIsRefused() {
        try (RunningServer running = new RunningServer(ServerSettings.defaults(0).withCorsOrigins(List.of(ZENDESK)))) {
            HttpResponse<String> preflight = running.send(running.request("/v1/check").header("Origin", "https://evil.example")
                    .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
            HttpResponse<String> call = running.send(running.request("/v1/check").header("Origin", "https://evil.example")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"hi\"}")).build());

            assertThat(preflight.statusCode()).isEqualTo(403);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void withoutCorsOriginsNoOriginIsAllowed() {
        try (RunningServer running = RunningServer.withDefaults()) {
            HttpResponse<String> call = running.send(running.request("/health").header("Origin", ZENDESK).GET().build());

            assertThat(call.statusCode()).isEqualTo(200);
            assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void aGracefulStopLetsTheRequestInFlightFinish() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LexiconEmotionClassifier real = LexiconEmotionClassifier.english();
        RunningServer running = new RunningServer(ServerSettings.defaults(0), message -> {
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real.classify(message);
        });
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(
                () -> running.post("/v1/classify", "{\"text\": \"Still no refund after a month!\"}"));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(running::close);
        Thread.sleep(200);
        assertThat(stopping).isNotDone();
        release.countDown();

        HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
        stopping.get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("emotion").asText()).isEqualTo("frustration");
    }
}
