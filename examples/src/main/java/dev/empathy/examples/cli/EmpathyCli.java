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
 * {@link #BAD_INPUT}, and picocli's 2 for usage errors. Standard input and output are UTF-8 whatever the
 * platform charset. Not thread-safe: one instance runs one command.
 */
@Command(name = "empathy", mixinStandardHelpOptions = true, version = "empathy 0.1.0-SNAPSHOT",
        description = "Reads the emotion in customer messages, suggests empathy statements and checks agent drafts.",
        subcommands = {ClassifyCommand.class, SuggestCommand.class, CheckCommand.class, EvaluateCommand.class,
                EvaluateDraftsCommand.class, EvaluateEmpathyCommand.class, EvaluatePolitenessCommand.class, TrainCommand.class,
                HelpCommand.class})
public final class EmpathyCli implements Runnable {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: the input (messages, a labelled file, a data file) is malformed; stderr names the line. */
    public static final int BAD_INPUT = 1;

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
