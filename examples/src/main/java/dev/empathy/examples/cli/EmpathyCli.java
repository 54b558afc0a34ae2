package dev.empathy.examples.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code empathy} command line: {@code java -jar empathy-cli.jar <command> ...}.
 *
 * <p>Each subcommand is its own class, registered in {@link #SUBCOMMANDS}; to add one, write a
 * {@code @Command} class (see {@link ClassifyCommand}), add the shared options as mixins
 * ({@link StandardInput} for standard input, {@link JsonlInput} for {@code --jsonl}, {@link RulesOptions},
 * {@link ClassifierOptions}, {@link ThreadsOption}, {@link VerboseOption}), write with
 * {@code spec.commandLine().getOut()}, and add the class to that list. JSON output goes through {@link JsonOutput}. Exit codes: {@link #OK},
 * {@link #BAD_INPUT}, and {@link #USAGE} for usage errors (an unknown option, a bad option value, a number out
 * of range: throw {@link #usageError}), reported on one line of standard error; {@link #INTERNAL_ERROR},
 * {@link #OUTPUT_FAILED} and {@link #OUTPUT_CLOSED} are the command line's own. Standard input and output are UTF-8 whatever the
 * platform charset. Not thread-safe: one instance runs one command.
 */
@Command(name = "empathy", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Reads the emotion in customer messages, suggests empathy statements and checks agent drafts.",
        subcommands = {ClassifyCommand.class, SuggestCommand.class, CheckCommand.class, EvaluateCommand.class,
                EvaluateDraftsCommand.class, EvaluateEmpathyCommand.class, EvaluatePolitenessCommand.class,
                RuleReportCommand.class, TrainCommand.class, ConversationCommand.class, VerifyDataCommand.class,
                HelpCommand.class})
public final class EmpathyCli implements Runnable {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: the input (messages, a labelled file, a data file) is malformed; stderr names the line. */
    public static final int BAD_INPUT = 1;
    /** Exit code: a usage error (unknown option, bad option value, number out of range); stderr says which. */
    public static final int USAGE = 2;

    /** Exit code: an unexpected failure; stderr names its class and the input line, {@code --debug} adds the stack trace. */
    public static final int INTERNAL_ERROR = 3;

    /** Exit code: standard output could not be written (a full disk, a closed file); stderr gives the system's reason. */
    public static final int OUTPUT_FAILED = 4;

    /**
     * Exit code: standard output's reader closed the pipe ({@code ... | head}); the command stops reading at once and
     * writes nothing to stderr. 141 is what a shell reports for a Unix tool that SIGPIPE stopped.
     */
    public static final int OUTPUT_CLOSED = 141;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On a failure, also print the Java stack trace (which may quote input text).")
    boolean debug;

    private InputLines lines;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream in;

    /** The byte stream under the command line's standard output writer, when {@link #run} made it; else null. */
    private StandardOutput stdout;

    /** A command line reading standard input from {@code in}. */
    public EmpathyCli(InputStream in) {
        this.in = Objects.requireNonNull(in, "in must not be null");
    }

    /**
     * The byte stream that the command line's output writer writes to, for output written as bytes
     * ({@link LinePipeline}); null when the command line was made with a writer alone (tests).
     */
    OutputStream stdout() {
        return stdout;
    }

    /** Standard input for subcommands. */
    InputStream in() {
        return in;
    }

    /** Standard input as numbered lines; remembered so that a failure can name the line it happened on. */
    InputLines lines() {
        lines = new InputLines(in);
        return lines;
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
            EmpathyCli root = (EmpathyCli) cmd.getCommandSpec().root().userObject();
            PrintWriter errors = cmd.getCommandSpec().root().commandLine().getErr();
            int exitCode;
            if (root.stdout != null && root.stdout.failure() != null) {
                // not an internal error: standard output went away or filled up; reported once, by run
                return outputFailed(root.stdout.failure(), errors);
            } else if (exception instanceof BadInputException bad) {
                errors.println("empathy: " + bad.getMessage());
                exitCode = BAD_INPUT;
            } else {
                // never the exception's message: it may quote the customer's text
                String where = root.lines != null && root.lines.number() > 0 ? " on input line " + root.lines.number() : "";
                errors.println("empathy: internal error" + where + " (" + exception.getClass().getName() + ")"
                        + (root.debug ? "" : "; run with --debug for the stack trace"));
                exitCode = INTERNAL_ERROR;
            }
            if (root.debug) {
                exception.printStackTrace(errors);
            }
            errors.flush();
            return exitCode;
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

    public static void main(String[] args) {
        System.exit(run(System.in, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err), args));
    }

    /**
     * Runs the command line on these streams as {@link #main} does on the process's, and returns the exit code. A
     * write to {@code stdout} that fails ends the command: quietly with {@link #OUTPUT_CLOSED} when the pipe's reader
     * closed it, else with {@link #OUTPUT_FAILED} and the system's reason on one line of {@code stderr}.
     */
    static int run(InputStream stdin, OutputStream stdoutBytes, OutputStream stderrBytes, String... args) {
        StandardOutput stdout = new StandardOutput(stdoutBytes);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderrBytes, StandardCharsets.UTF_8), true);
        CommandLine commandLine = commandLine(stdin, out, err);
        ((EmpathyCli) commandLine.getCommandSpec().userObject()).stdout = stdout; // out writes to it
        int exitCode = commandLine.execute(args);
        out.flush();
        if (stdout.failure() != null && exitCode != OUTPUT_CLOSED && exitCode != OUTPUT_FAILED) {
            // the writer swallowed the failure and the command ran on: it still must not end as if all was written
            exitCode = outputFailed(stdout.failure(), err);
        }
        err.flush();
        return exitCode;
    }

    /** The exit code for a failed write to standard output, saying why on {@code err} unless the reader closed it. */
    private static int outputFailed(IOException failure, PrintWriter err) {
        if (StandardOutput.isClosedPipe(failure)) {
            return OUTPUT_CLOSED;
        }
        // the system's reason ("No space left on device"), never input text
        err.println("empathy: cannot write standard output: " + failure.getMessage());
        err.flush();
        return OUTPUT_FAILED;
    }
}
