package dev.empathy.examples.server;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.LoggerFactory;

/**
 * The HTTP JSON API and the agent page over one set of {@link Engines}, on embedded Jetty 12.
 * {@code java -jar examples/target/empathy-server.jar --port 8080} runs it ({@link ServerCommand} lists the
 * options); tests and embedders call {@link #start}. Stopping is graceful: the server stops accepting, lets
 * requests in flight finish (up to {@link ServerSettings#stopTimeout()}) and then closes. The JVM's shutdown
 * hook stops it the same way on SIGTERM. Thread-safe.
 */
public final class EmpathyServer implements AutoCloseable {

    private final Server jetty;
    private final ServerConnector connector;

    private EmpathyServer(Server jetty, ServerConnector connector) {
        this.jetty = jetty;
        this.connector = connector;
    }

    /** Starts a server; the access log goes to the SLF4J logger {@code dev.empathy.examples.server.access}. */
    public static EmpathyServer start(ServerSettings settings, Engines engines) {
        return start(settings, engines, LoggerFactory.getLogger("dev.empathy.examples.server.access")::info);
    }

    /**
     * Starts a server that writes one access-log line per request to {@code accessLog} (method, known path,
     * status, bytes, milliseconds; never request text).
     *
     * @throws IllegalStateException if it cannot bind or start (the cause says why)
     */
    public static EmpathyServer start(ServerSettings settings, Engines engines, Consumer<String> accessLog) {
        Objects.requireNonNull(settings, "settings must not be null");
        Objects.requireNonNull(engines, "engines must not be null");
        Objects.requireNonNull(accessLog, "accessLog must not be null");
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("empathy-http");
        Server jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        http.setIdleTimeout(settings.readTimeout().toMillis());
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        jetty.addConnector(connector);
        Routes routes = Routes.of(new Api(engines), Map.of());
        jetty.setHandler(new GracefulHandler(new ApiHandler(routes, settings, accessLog)));
        jetty.setStopTimeout(settings.stopTimeout().toMillis());
        jetty.setStopAtShutdown(true);
        try {
            jetty.start();
        } catch (Exception e) {
            try {
                jetty.stop();
            } catch (Exception ignored) {
                // already failing; the start failure is the one to report
            }
            throw new IllegalStateException("cannot start the server on " + settings.host() + ":" + settings.port(), e);
        }
        return new EmpathyServer(jetty, connector);
    }

    /** The port it listens on (the chosen one when started with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The address it listens on, e.g. {@code 127.0.0.1:8080}. */
    public InetSocketAddress address() {
        String host = connector.getHost() == null ? "0.0.0.0" : connector.getHost();
        return new InetSocketAddress(host, port());
    }

    /** Blocks until the server has stopped. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /** Stops gracefully: requests in flight finish (up to the stop timeout), new ones are refused. */
    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the server", e);
        }
    }

    /** {@code java -jar empathy-server.jar [options]}; see {@link ServerCommand}. */
    public static void main(String[] args) {
        System.exit(ServerCommand.run(args));
    }
}
