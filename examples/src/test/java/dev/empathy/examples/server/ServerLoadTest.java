package dev.empathy.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.examples.cli.JsonShapes;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A bounded load run on loopback: 8 concurrent clients send 20,000 mixed requests (classify, check with a
 * customer, suggest), then the same 20,000 requests run in-process on 8 threads through the same
 * {@link Api} methods. Asserts zero errors and that every request got its own answer back (by echoed id);
 * reports throughput, p50 and p99 for both to {@code target/server-load.txt}. No timing assertions.
 */
class ServerLoadTest {

    private static final int CLIENTS = 8;
    private static final int REQUESTS = 20_000;
    private static final int WARM_UP = 1_000;
    private static final String[] PATHS = {"/v1/classify", "/v1/check", "/v1/suggest"};

    private record Run(String what, long nanos, long[] latencies) {
        String line() {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            double seconds = nanos / 1e9;
            return String.format(Locale.ROOT, "%-11s %,7d requests  %,8.0f req/s  p50 %6.3f ms  p99 %6.3f ms",
                    what, sorted.length, sorted.length / seconds, sorted[sorted.length / 2] / 1e6,
                    sorted[(int) (sorted.length * 0.99)] / 1e6);
        }
    }

    /** A task for one request index; returns the answer's echoed id. */
    private interface Call {
        int run(int index) throws Exception;
    }

    private static List<String> messages() throws IOException {
        try (InputStream in = ServerLoadTest.class.getResourceAsStream("/dev/empathy/examples/bench/short-messages.txt")) {
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return lines;
        }
    }

    private static String body(int index, List<String> messages) {
        ObjectNode node = JsonShapes.mapper().createObjectNode().put("id", index);
        String message = messages.get(index % messages.size());
        switch (index % PATHS.length) {
            case 0 -> node.put("text", message);
            case 1 -> node.put("text", "Calm down, you need to wait like everyone else. " + message)
                    .put("customer", messages.get((index / 3) % messages.size()));
            default -> node.put("text", message).put("channel", "chat").put("count", 3);
        }
        return node.toString();
    }

    private static Run run(String what, int count, Call call) throws Exception {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger wrongIds = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count && failure.get() == null; i = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    try {
                        if (call.run(i) != i) {
                            wrongIds.incrementAndGet();
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                    latencies[i] = System.nanoTime() - begin;
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        long nanos = System.nanoTime() - started;
        pool.shutdown();
        assertThat(failure.get()).as(what + ": first error").isNull();
        assertThat(wrongIds.get()).as(what + ": answers with another request's id").isZero();
        return new Run(what, nanos, latencies);
    }

    @Test
    void eightClientsGetEveryAnswerWithoutAnError() throws Exception {
        List<String> messages = messages();
        String[] bodies = new String[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            bodies[i] = body(i, messages);
        }
        AtomicInteger answered = new AtomicInteger();
        Run http;
        try (RunningServer running = RunningServer.withDefaults()) {
            Call overHttp = i -> {
                HttpResponse<String> response = running.client.send(running.request(PATHS[i % PATHS.length])
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(bodies[i])).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new AssertionError("request " + i + ": status " + response.statusCode() + " " + response.body());
                }
                answered.incrementAndGet();
                return JsonShapes.mapper().readTree(response.body()).get("id").asInt();
            };
            run("warm-up", WARM_UP, overHttp);
            answered.set(0);
            http = run("HTTP", REQUESTS, overHttp);
            assertThat(running.accessLog.stream().filter(line -> !line.contains(" 200 "))).isEmpty();
        }
        assertThat(answered.get()).as("responses received").isEqualTo(REQUESTS);

        Api api = new Api(Engines.english());
        Call inProcess = i -> {
            RequestBody body = RequestBody.parse(bodies[i].getBytes(StandardCharsets.UTF_8));
            JsonNode answer = switch (i % PATHS.length) {
                case 0 -> api.classify(body);
                case 1 -> api.check(body);
                default -> api.suggest(body);
            };
            byte[] bytes = JsonShapes.mapper().writeValueAsBytes(answer);
            return bytes.length > 0 ? answer.get("id").asInt() : -1;
        };
        run("warm-up", WARM_UP, inProcess);
        Run local = run("in-process", REQUESTS, inProcess);

        String report = String.join("\n",
                "Load test: " + CLIENTS + " concurrent clients, " + REQUESTS + " mixed requests (classify, check with customer, suggest), "
                        + Runtime.getRuntime().availableProcessors() + " cores",
                http.line(), local.line(),
                String.format(Locale.ROOT, "HTTP throughput is %.0f%% of in-process; errors 0, lost responses 0",
                        100.0 * local.nanos() / http.nanos()), "");
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "server-load.txt"), report);
    }
}
