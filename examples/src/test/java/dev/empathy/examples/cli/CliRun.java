package dev.empathy.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The outcome of running the command line in-process, with standard input {@code stdin}. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static CliRun run(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = EmpathyCli.commandLine(new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err))
                .execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** Writes {@code content} to {@code dir/fileName} and runs {@code command} on that file, with empty standard input. */
    static CliRun onFile(Path dir, String fileName, String content, String command) throws IOException {
        Path file = Files.writeString(dir.resolve(fileName), content);
        return run("", command, file.toString());
    }

    /** The output lines. */
    String[] lines() {
        if (out.isEmpty()) {
            return new String[0];
        }
        return (out.endsWith("\n") ? out.substring(0, out.length() - 1) : out).split("\n", -1);
    }
}
