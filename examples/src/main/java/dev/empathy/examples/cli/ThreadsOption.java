package dev.empathy.examples.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --threads N} and {@code --progress}, for commands that read one line at a time: the lines are read
 * on N threads (default: every core) and written in input order ({@link LinePipeline}). Not thread-safe.
 */
final class ThreadsOption {

    /** The most threads accepted. */
    static final int MAX_THREADS = 256;

    @Option(names = "--threads", paramLabel = "N",
            description = "Read the input on N threads; output stays in input order. Default: every core.")
    Integer threads;

    @Option(names = "--progress",
            description = "Print the number of lines read so far on standard error, every two seconds.")
    boolean progress;

    /** The pipeline these options describe; a thread count out of range is a usage error. */
    LinePipeline pipeline(CommandSpec spec) {
        return pipeline(spec, false);
    }

    /**
     * The pipeline these options describe, on one thread if {@code sequential} (each line depends on the
     * ones before it); a thread count out of range is a usage error either way.
     */
    LinePipeline pipeline(CommandSpec spec, boolean sequential) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > MAX_THREADS) {
            throw EmpathyCli.usageError(spec, "--threads must be between 1 and " + MAX_THREADS + ", got " + n);
        }
        if (sequential) {
            n = 1;
        }
        // System.console() is non-null when standard input and output are both terminals: a person is typing
        return new LinePipeline(n, System.console() != null,
                progress ? spec.commandLine().getErr() : null, spec.qualifiedName(" "),
                ((EmpathyCli) spec.root().userObject()).stdout());
    }
}
