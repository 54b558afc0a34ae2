package dev.empathy.examples.server;

import dev.empathy.data.InvalidDataException;
import dev.empathy.draft.DraftChecker;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.model.EmotionModel;
import dev.empathy.emotion.LexiconEmotionClassifier;
import dev.empathy.model.ModelEmotionClassifier;
import dev.empathy.phrase.PhraseCatalog;
import dev.empathy.phrase.StatementSelector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code empathy-server}: the command line of {@link EmpathyServer}. Data options are those of the
 * {@code empathy} command line ({@code --lexicon}, {@code --model}, {@code --rules}, {@code --catalog});
 * bad data files stop it before it listens, naming file and line. Not thread-safe: one instance runs once.
 */
@Command(name = "empathy-server", mixinStandardHelpOptions = true, version = "empathy-server 0.1.0-SNAPSHOT",
        description = {"Serves the empathy engines as a JSON API (POST /v1/classify, /v1/check, /v1/suggest) and the agent page at /.",
                "Stops gracefully on SIGTERM or Ctrl-C: requests in flight finish first."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:stopped", "1:bad data file, token file or address", "2:usage error"})
final class ServerCommand implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Adds a lexicon file (# empathy-lexicon 1) to the built-in one; repeatable.")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--model", paramLabel = "MODEL", description = "Classifies with a trained model file (from 'train'), or 'builtin'.")
    String model;

    @Option(names = "--rules", paramLabel = "FILE", description = "Adds a draft rules file (# empathy-rules 1); repeatable.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--catalog", paramLabel = "FILE", description = "Adds a statements file (# empathy-statements 1); repeatable.")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--token-file", paramLabel = "FILE", description = "Require 'Authorization: Bearer <token>' on /v1/ requests; the token is the file's first line.")
    Path tokenFile;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",",
            description = "Let browser code from ORIGIN (e.g. https://acme.zendesk.com, or *) call the API; repeatable.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body in bytes; larger ones get 413. Default: ${DEFAULT-VALUE} (1 MiB).")
    int maxBody;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Close idle keep-alive connections after this long. Default: ${DEFAULT-VALUE}.")
    int idleSeconds;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "10", description = "Longest wait for the next bytes of a request. Default: ${DEFAULT-VALUE}.")
    int readSeconds;

    @Option(names = "--stop-timeout", paramLabel = "SECONDS", defaultValue = "10", description = "How long a stop waits for requests in flight. Default: ${DEFAULT-VALUE}.")
    int stopSeconds;

    private PrintWriter out;

    /** Runs the command line; returns the exit code once the server has stopped (or failed to start). */
    static int run(String[] args) {
        // Quiet Jetty's start-up chatter unless the user configured logging; must precede the first logger.
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty",
                System.getProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn"));
        System.setProperty("org.slf4j.simpleLogger.showDateTime", System.getProperty("org.slf4j.simpleLogger.showDateTime", "true"));
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat",
                System.getProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX"));
        ServerCommand command = new ServerCommand();
        CommandLine commandLine = new CommandLine(command);
        command.out = commandLine.getOut();
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof IllegalArgumentException || exception instanceof IllegalStateException) {
                cmd.getErr().println("empathy-server: " + exception.getMessage()
                        + (exception.getCause() == null ? "" : " (" + exception.getCause().getMessage() + ")"));
                return 1;
            }
            throw exception;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() throws InterruptedException {
        ServerSettings settings = new ServerSettings(host, port, maxBody, token(), corsOrigins,
                Duration.ofSeconds(idleSeconds), Duration.ofSeconds(readSeconds), Duration.ofSeconds(stopSeconds));
        Engines engines = engines();
        EmpathyServer server = EmpathyServer.start(settings, engines);
        out.println("empathy-server " + Api.VERSION + " listening on http://" + settings.host() + ":" + server.port()
                + "/ (agent page; API under /v1/, description at /openapi.json)");
        out.flush();
        server.join();
        return 0;
    }

    private String token() {
        if (tokenFile == null) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(tokenFile, StandardCharsets.UTF_8);
            String token = lines.isEmpty() ? "" : lines.get(0).strip();
            if (token.isEmpty()) {
                throw new IllegalArgumentException("--token-file " + tokenFile + ": the first line is empty");
            }
            return token;
        } catch (IOException e) {
            throw new IllegalArgumentException("--token-file " + tokenFile + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Engines engines() {
        try {
            LexiconEmotionClassifier lexicon = LexiconEmotionClassifier.english();
            if (!lexicons.isEmpty()) {
                LexiconEmotionClassifier.Builder builder = LexiconEmotionClassifier.builder();
                lexicons.forEach(builder::addLexicon);
                lexicon = builder.build();
            }
            EmotionClassifier classifier = lexicon;
            if (model != null) {
                EmotionModel loaded = model.equals("builtin") ? EmotionModel.english() : EmotionModel.load(Path.of(model));
                classifier = ModelEmotionClassifier.of(loaded, lexicon);
            }
            DraftChecker checker = DraftChecker.english();
            if (!rules.isEmpty()) {
                DraftChecker.Builder builder = DraftChecker.builder();
                rules.forEach(builder::addRules);
                checker = builder.build();
            }
            StatementSelector selector = StatementSelector.english();
            if (!catalogs.isEmpty()) {
                PhraseCatalog.Builder builder = PhraseCatalog.builder();
                catalogs.forEach(builder::add);
                selector = StatementSelector.of(builder.build());
            }
            return new Engines(classifier, checker, selector);
        } catch (InvalidDataException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
