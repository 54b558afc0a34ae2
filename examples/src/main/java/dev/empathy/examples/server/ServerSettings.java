package dev.empathy.examples.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the HTTP server listens and what it accepts. Immutable and thread-safe.
 *
 * @param host            the address to bind, e.g. {@code "127.0.0.1"} (the default: loopback only)
 * @param port            the TCP port, 0 to 65535; 0 picks a free port ({@link EmpathyServer#port()} tells which)
 * @param maxBodyBytes    the largest request body accepted, in bytes, at least 1; larger bodies get 413 and are
 *                        never read whole nor passed to the engines (default {@value #DEFAULT_MAX_BODY_BYTES})
 * @param token           the bearer token every {@code /v1/} request must carry, or null for none
 * @param corsOrigins     origins allowed to call the API from a browser, e.g. {@code https://acme.zendesk.com};
 *                        {@code "*"} allows any; empty: no cross-origin access
 * @param idleTimeout     how long an idle keep-alive connection is kept open
 * @param readTimeout     how long a request being handled may wait for the next bytes of its body
 * @param stopTimeout     how long a graceful stop waits for requests in flight to finish
 */
public record ServerSettings(String host, int port, int maxBodyBytes, String token, List<String> corsOrigins,
                             Duration idleTimeout, Duration readTimeout, Duration stopTimeout) {

    /** The default body limit: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

    public ServerSettings {
        Objects.requireNonNull(host, "host must not be null");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1, got " + maxBodyBytes);
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        corsOrigins = List.copyOf(corsOrigins);
        positive(idleTimeout, "idleTimeout");
        positive(readTimeout, "readTimeout");
        positive(stopTimeout, "stopTimeout");
    }

    /** Loopback on {@code port}, 1 MiB bodies, no token, no CORS, 30 s idle, 10 s read and 10 s stop timeouts. */
    public static ServerSettings defaults(int port) {
        return new ServerSettings("127.0.0.1", port, DEFAULT_MAX_BODY_BYTES, null, List.of(),
                Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    /** A copy with another body limit. */
    public ServerSettings withMaxBodyBytes(int bytes) {
        return new ServerSettings(host, port, bytes, token, corsOrigins, idleTimeout, readTimeout, stopTimeout);
    }

    /** A copy that requires {@code bearer} (null: none). */
    public ServerSettings withToken(String bearer) {
        return new ServerSettings(host, port, maxBodyBytes, bearer, corsOrigins, idleTimeout, readTimeout, stopTimeout);
    }

    /** A copy that allows these browser origins. */
    public ServerSettings withCorsOrigins(List<String> origins) {
        return new ServerSettings(host, port, maxBodyBytes, token, origins, idleTimeout, readTimeout, stopTimeout);
    }

    /** True when a browser at {@code origin} may read the API's answers. */
    boolean allowsOrigin(String origin) {
        return origin != null && (corsOrigins.contains("*") || corsOrigins.contains(origin));
    }

    private static void positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name + " must not be null");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + duration);
        }
    }
}
