package dev.empathy.examples.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.empathy.draft.DraftChecker;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LexiconEmotionClassifier;
import dev.empathy.examples.cli.JsonShapes;
import dev.empathy.phrase.StatementSelector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on a free loopback port for one test class, with a classifier that counts its calls, the access
 * log kept in memory, and a JDK {@link HttpClient} to call it.
 */
final class RunningServer implements AutoCloseable {

    /** Counts classify calls, so tests can tell whether a request reached the engines. */
    static final class CountingClassifier implements EmotionClassifier {
        final AtomicInteger calls = new AtomicInteger();
        private final EmotionClassifier inner = LexiconEmotionClassifier.english();

        @Override
        public EmotionReading classify(String message) {
            calls.incrementAndGet();
            return inner.classify(message);
        }
    }

    final CountingClassifier classifier = new CountingClassifier();
    final List<String> accessLog = new CopyOnWriteArrayList<>();
    final EmpathyServer server;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    RunningServer(ServerSettings settings) {
        this(settings, null);
    }

    RunningServer(ServerSettings settings, EmotionClassifier classifierOrNull) {
        EmotionClassifier used = classifierOrNull == null ? classifier : classifierOrNull;
        server = EmpathyServer.start(settings, new Engines(used, DraftChecker.english(), StatementSelector.english()), accessLog::add);
    }

    static RunningServer withDefaults() {
        return new RunningServer(ServerSettings.defaults(0));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> post(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JsonShapes.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
