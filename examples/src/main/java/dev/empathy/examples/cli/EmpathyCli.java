package dev.empathy.examples.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The {@code empathy} command line: {@code java -jar empathy-cli.jar <command> ...}.
 *
 * <p>Each subcommand is its own class, registered in {@link #SUBCOMMANDS}; to add one, write a
 * {@code @Command} class (see {@link ClassifyCommand}), take standard input from {@link #in()} through a
 * {@code @ParentCommand EmpathyCli} field, write with {@code spec.commandLine().getOut()}, and add the
 * class to that list. JSON output goes through {@link JsonOutput}. Exit codes: {@link #OK},
 * {@link #BAD_INPUT}, and {@link #USAGE} for usage errors (an unknown option, a bad option value, a number out
 * of range: throw {@link #usageError}), reported on one line of standard error. Standard input and output are UTF-8 whatever the
 * platform charset. Not thread-safe: one instance runs one command.
 */
@Command(name = "empathy", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Reads the emotion in customer messages, suggests empathy statements and checks agent drafts.",
        subcommands = {ClassifyCommand.class, SuggestCommand.class, CheckCommand.class, EvaluateCommand.class,
                EvaluateDraftsCommand.class, EvaluateEmpathyCommand.class, EvaluatePolitenessCommand.class, TrainCommand.class,
                HelpCommand.class})
public final class EmpathyCli implements Runnable {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: the input (messages, a labelled file, a data file) is malformed; stderr names the line. */
    public static final int BAD_INPUT = 1;
    /** Exit code: a usage error (unknown option, bad option value, number out of range); stderr says which. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream in;

    /** A command line reading standard input from {@code in}. */
    public EmpathyCli(InputStream in) {
        this.in = Objects.requireNonNull(in, "in must not be null");
    }

    /** Standard input for subcommands. */
    InputStream in() {
        return in;
    }

    /**
     * The picocli command line with all subcommands, reading {@code in} and writing to {@code out} and
     * {@code err}. Tests run it with {@code execute(args)} and in-memory streams.
     */
    public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new EmpathyCli(in));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine cmd = exception.getCommandLine();
            String name = cmd.getCommandSpec().qualifiedName(" ");
            cmd.getErr().println(name + ": " + exception.getMessage() + " (see '" + name + " --help')");
            cmd.getErr().flush();
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof BadInputException bad) {
                cmd.getErr().println("empathy: " + bad.getMessage());
                cmd.getErr().flush();
                return BAD_INPUT;
            }
            throw exception;
        });
        return commandLine;
    }

    /**
     * A usage error of {@code spec}'s command: picocli reports it on one line of standard error and the
     * command line exits with {@link #USAGE}. Throw it for option values that parse but are not allowed.
     */
    static CommandLine.ParameterException usageError(CommandLine.Model.CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The option that turns on OpenNLP's training log (level info) for {@code train} and {@code evaluate --folds}. */
    static final String VERBOSE = "--verbose";

    public static void main(String[] args) {
        // slf4j-simple reads its level once, when the first logger is made: decide before any engine loads.
        if (java.util.Arrays.asList(args).contains(VERBOSE)) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int exitCode = commandLine(System.in, out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
