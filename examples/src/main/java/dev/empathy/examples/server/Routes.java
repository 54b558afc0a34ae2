package dev.empathy.examples.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The server's path table: which methods each path answers and how. Paths are matched exactly (no
 * parameters, no trailing slash). Immutable after construction; thread-safe.
 */
final class Routes {

    /** A JSON endpoint: the parsed body (null for GET) to the answer. */
    interface Endpoint extends Function<RequestBody, JsonNode> {
    }

    /** One answer to a method on a path: a JSON endpoint or a static resource. */
    record Route(String method, String path, Endpoint endpoint, Resource resource) {
        Route {
            Objects.requireNonNull(method, "method must not be null");
            Objects.requireNonNull(path, "path must not be null");
            if ((endpoint == null) == (resource == null)) {
                throw new IllegalArgumentException("a route has exactly one of endpoint and resource: " + path);
            }
        }

        /** True for {@code /v1/...}: the API proper, behind the token when there is one. */
        boolean isApi() {
            return path.startsWith("/v1/");
        }
    }

    /** A file served as is. */
    record Resource(byte[] bytes, String contentType) {
        Resource {
            bytes = bytes.clone();
        }
    }

    private final Map<String, Map<String, Route>> byPath = new LinkedHashMap<>();

    /** All routes of the server over {@code api}. */
    static Routes of(Api api, Map<String, Endpoint> extraPosts) {
        Routes routes = new Routes();
        routes.resource("/", "page/index.html", "text/html; charset=utf-8");
        routes.resource("/agent.js", "page/agent.js", "text/javascript; charset=utf-8");
        routes.resource("/agent.css", "page/agent.css", "text/css; charset=utf-8");
        routes.resource("/openapi.json", "openapi.json", "application/json; charset=utf-8");
        routes.get("/health", body -> api.health());
        routes.get("/v1/rules", body -> api.rules());
        routes.get("/v1/statements", body -> api.statements());
        routes.post("/v1/classify", api::classify);
        routes.post("/v1/check", api::check);
        routes.post("/v1/suggest", api::suggest);
        extraPosts.forEach(routes::post);
        return routes;
    }

    /** The routes of {@code path}, by method; empty for an unknown path. */
    Map<String, Route> at(String path) {
        return byPath.getOrDefault(path, Map.of());
    }

    private void get(String path, Endpoint endpoint) {
        add(new Route("GET", path, endpoint, null));
    }

    private void post(String path, Endpoint endpoint) {
        add(new Route("POST", path, endpoint, null));
    }

    private void resource(String path, String name, String contentType) {
        try (InputStream in = Routes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + Routes.class.getName());
            }
            add(new Route("GET", path, null, new Resource(in.readAllBytes(), contentType)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(Route route) {
        byPath.computeIfAbsent(route.path(), key -> new LinkedHashMap<>()).put(route.method(), route);
    }
}
