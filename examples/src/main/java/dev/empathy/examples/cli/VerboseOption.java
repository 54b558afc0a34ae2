package dev.empathy.examples.cli;

import picocli.CommandLine.Option;

/**
 * {@code --verbose}: OpenNLP's training progress on standard error, for the commands that train
 * ({@code @Mixin VerboseOption}). slf4j-simple reads its level once, when the first logger is made: picocli
 * sets this option while parsing, before the command loads any engine, so the level is set in time.
 */
final class VerboseOption {

    private boolean verbose;

    @Option(names = "--verbose", description = "Show OpenNLP's training progress on standard error.")
    void verbose(boolean on) {
        verbose = on;
        if (on) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
    }

    boolean on() {
        return verbose;
    }
}
