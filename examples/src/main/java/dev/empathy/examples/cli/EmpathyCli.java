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
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code empathy} command line: {@code java -jar empathy-cli.jar <command> ...}.
 *
 * <p>Each subcommand is its own class, registered in {@link #SUBCOMMANDS}; to add one, write a
 * {@code @Command} class (see {@link ClassifyCommand}), take standard input from {@link #in()} through a
 * {@code @ParentCommand EmpathyCli} field, write with {@code spec.commandLine().getOut()}, and add the
 * class to that list. JSON output goes through {@link JsonOutput}. Exit codes: {@link #OK},
 * {@link #BAD_INPUT}, and picocli's 2 for usage errors. Standard input and output are UTF-8 whatever the
 * platform charset. Not thread-safe: one instance runs one command.
 */
@Command(name = "empathy", mixinStandardHelpOptions = true, version = "empathy 0.1.0-SNAPSHOT",
        description = "Reads the emotion in customer messages, suggests empathy statements and checks agent drafts.",
        subcommands = {ClassifyCommand.class, SuggestCommand.class, CheckCommand.class, EvaluateCommand.class,
                EvaluateDraftsCommand.class, TrainCommand.class, HelpCommand.class})
public final class EmpathyCli implements Runnable {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: the input (messages, a labelled file, a data file) is malformed; stderr names the line. */
    public static final int BAD_INPUT = 1;
    /** Exit code: an unexpected failure; stderr names its class and the input line, {@code --debug} adds the stack trace. */
    public static final int INTERNAL_ERROR = 3;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On a failure, also print the Java stack trace (which may quote input text).")
    boolean debug;

    private InputLines lines;

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
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            EmpathyCli root = (EmpathyCli) cmd.getCommandSpec().root().userObject();
            PrintWriter errors = cmd.getCommandSpec().root().commandLine().getErr();
            int exitCode;
            if (exception instanceof BadInputException bad) {
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

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int exitCode = commandLine(System.in, out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
