package dev.empathy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.EmotionReading;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code classify}: reads messages from standard input and writes one JSON reading per message
 * ({@link JsonOutput#reading}), or a human view with {@code --pretty}.
 *
 * <p>Plain input: every line is one message, blank lines included (they read as neutral), so output line
 * N answers input line N. {@code --jsonl} input: every non-blank line is an object
 * {@code {"id": <any JSON value, optional>, "text": "<message>"}}; other fields are ignored. A line that
 * is not such an object stops the command: stderr names the line number, the exit code is
 * {@link EmpathyCli#BAD_INPUT}, and the messages before it have been written. Input is never skipped.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Reads customer messages from standard input and writes their emotion readings.",
                "Input: one message per line, or with --jsonl one {\"id\": ..., \"text\": ...} object per line.",
                "Output: one JSON object per message, or a human view with --pretty."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:all messages read", "1:a malformed input line or lexicon file (line number on stderr)", "2:usage error"})
final class ClassifyCommand implements Callable<Integer> {

    @Mixin
    StandardInput stdin;

    @Spec
    CommandSpec spec;

    @Mixin
    ClassifierOptions classifierOptions;

    @Mixin
    JsonlInput jsonl;

    @Option(names = "--pretty", description = "Show each message with its cues marked, for people.")
    boolean pretty;

    @Mixin
    ThreadsOption threadsOption;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "AUTO",
            description = "Colour the --pretty view: auto (only on a terminal), always or never. Default: auto.")
    ColorMode color;

    /** When to use ANSI colour; shared by the commands with a human view ({@code --color=WHEN}, any case). */
    enum ColorMode {
        AUTO, ALWAYS, NEVER;

        /** True for ALWAYS, and for AUTO when standard output is a terminal ({@link System#console()}). */
        boolean useAnsi() {
            return this == ALWAYS || (this == AUTO && System.console() != null);
        }
    }

    @Override
    public Integer call() {
        EmotionClassifier classifier = classifierOptions.classifier();
        PrintWriter out = spec.commandLine().getOut();
        boolean ansi = color.useAnsi();
        PrettyReading prettyView = new PrettyReading(ansi);
        InputLines lines = stdin.lines();
        LinePipeline.TextStep step = (line, number, message, json) -> {
            JsonlInput.Message input = jsonl.read(line, number);
            JsonNode id = input.id();
            String text = input.text();
            EmotionReading reading = classifier.classify(text);
            if (pretty) {
                json.append(prettyView.render(id == null ? "#" + message : "id " + id, text, reading));
            } else {
                JsonOutput.readingLine(json, id, text, reading);
            }
        };
        try {
            threadsOption.pipeline(spec).run(lines, jsonl.on, step, out);
        } finally {
            out.flush();
        }
        return EmpathyCli.OK;
    }
}
