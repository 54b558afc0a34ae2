package dev.empathy.examples.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.empathy.examples.cli.JsonShapes;
import dev.empathy.examples.server.Routes.Route;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Jetty handler: CORS, routing (404, 405), the bearer token (401), the body limit (413), JSON
 * parsing (400), the endpoint, then one access-log line. A stage that refuses the request ends it with
 * {@code {"error": "..."}}. Bodies are read only up to the limit: a larger body is refused as soon as its
 * declared length, or the bytes read so far, pass it, and never reaches the engines. The access log holds
 * method, known path (never the query or an unknown path), status, size and time; never request text.
 * Thread-safe.
 */
final class ApiHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type";

    private final Routes routes;
    private final ServerSettings settings;
    private final byte[] token;
    private final Consumer<String> accessLog;

    ApiHandler(Routes routes, ServerSettings settings, Consumer<String> accessLog) {
        this.routes = routes;
        this.settings = settings;
        this.token = settings.token() == null ? null : ("Bearer " + settings.token()).getBytes(StandardCharsets.UTF_8);
        this.accessLog = accessLog;
    }

    /** An answer: status, body and content type. */
    private record Answer(int status, byte[] body, String contentType) {
        static Answer json(int status, JsonNode node) {
            try {
                return new Answer(status, JsonShapes.mapper().writeValueAsBytes(node), "application/json; charset=utf-8");
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write JSON", e);
            }
        }

        static Answer error(int status, String message) {
            return json(status, JsonShapes.mapper().createObjectNode().put("error", message));
        }

        static Answer empty(int status) {
            return new Answer(status, new byte[0], null);
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long started = System.nanoTime();
        String path = Request.getPathInContext(request);
        Map<String, Route> methods = routes.at(path);
        HttpFields.Mutable headers = response.getHeaders();
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (settings.allowsOrigin(origin)) {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, settings.corsOrigins().contains("*") ? "*" : origin);
            headers.put(HttpHeader.VARY, "Origin");
        }
        Answer answer;
        try {
            answer = answer(request, headers, methods, origin);
        } catch (BadRequestException e) {
            answer = Answer.error(e.status(), e.getMessage());
        } catch (IllegalArgumentException e) {
            // The library's argument errors name the argument and limit, never the text.
            answer = Answer.error(400, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} {} failed with {}", request.getMethod(), methods.isEmpty() ? "-" : path, e.getClass().getName());
            answer = Answer.error(500, "internal error");
        }
        if (answer.status() >= 400 && hasBody(request)) {
            // An error may be answered before the body is read (401, 403, 404, 405, 413): the connection may hold unread
            // bytes, so it is closed after the answer, and saying so stops the client from reusing it mid-close.
            headers.put(HttpHeader.CONNECTION, "close");
        }
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
            headers.put("X-Content-Type-Options", "nosniff");
        }
        headers.put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        // Logged before the write, so the line exists once the client has its answer (time excludes sending).
        accessLog.accept(request.getMethod() + " " + (methods.isEmpty() ? "-" : path) + " " + answer.status() + " "
                + answer.body().length + "B " + (System.nanoTime() - started) / 1_000_000 + "ms");
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
        return true;
    }

    private Answer answer(Request request, HttpFields.Mutable headers, Map<String, Route> methods, String origin) {
        if (methods.isEmpty()) {
            return Answer.error(404, "no such path; see /openapi.json");
        }
        String allow = String.join(", ", methods.keySet()) + ", OPTIONS";
        String method = request.getMethod();
        if (method.equals("OPTIONS")) {
            headers.put(HttpHeader.ALLOW, allow);
            if (request.getHeaders().contains(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD)) {
                if (!settings.allowsOrigin(origin)) {
                    return Answer.error(403, "origin not allowed; start the server with --cors-origin");
                }
                headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, allow);
                headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
                headers.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, 600);
            }
            return Answer.empty(204);
        }
        Route route = methods.get(method);
        if (route == null) {
            headers.put(HttpHeader.ALLOW, allow);
            return Answer.error(405, "method not allowed here; allowed: " + allow);
        }
        if (route.isApi() && token != null && !authorised(request)) {
            headers.put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
            return Answer.error(401, "missing or wrong bearer token (header Authorization: Bearer <token>)");
        }
        if (route.resource() != null) {
            headers.put(HttpHeader.CACHE_CONTROL, "no-cache");
            if (route.resource().contentType().startsWith("text/html")) {
                headers.put("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'");
            }
            return new Answer(200, route.resource().bytes(), route.resource().contentType());
        }
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        RequestBody body = method.equals("POST") ? RequestBody.parse(readBody(request)) : null;
        return Answer.json(200, route.endpoint().apply(body));
    }

    private static boolean hasBody(Request request) {
        return request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    private boolean authorised(Request request) {
        String given = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    /** The body, at most {@link ServerSettings#maxBodyBytes()}; 413 as soon as it is known to be larger. */
    private byte[] readBody(Request request) {
        int limit = settings.maxBodyBytes();
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.max(0, Math.min(request.getLength(), 64 * 1024)));
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = Request.asInputStream(request);
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (body.size() + read > limit) {
                    throw tooLarge(limit);
                }
                body.write(buffer, 0, read);
            }
        } catch (IOException e) {
            if (timedOut(e)) {
                throw new BadRequestException(408, "the request body did not arrive within the read timeout");
            }
            throw new BadRequestException(400, "could not read the request body (" + e.getClass().getSimpleName() + ")");
        }
        return body.toByteArray();
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable at = e; at != null; at = at.getCause()) {
            if (at instanceof TimeoutException || at instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }

    private static BadRequestException tooLarge(int limit) {
        return new BadRequestException(413, "request body is larger than the limit of " + limit + " bytes (--max-body)");
    }
}
