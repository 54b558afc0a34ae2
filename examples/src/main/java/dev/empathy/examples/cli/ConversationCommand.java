package dev.empathy.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.empathy.conversation.Conversation;
import dev.empathy.conversation.ConversationReader;
import dev.empathy.conversation.ConversationReading;
import dev.empathy.draft.Severity;
import dev.empathy.phrase.Channel;
import dev.empathy.phrase.Formality;
import dev.empathy.phrase.NextTurn;
import dev.empathy.phrase.NextTurnSuggestions;
import dev.empathy.phrase.SelectionContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code conversation}: reads whole threads and writes one reading per thread (each customer turn's emotion, each
 * agent turn's check, trajectory, repeated contact, waits, whether an answer is due, and a suggested next agent
 * turn) as JSON via {@link ConversationJson}, or a {@code --pretty} view.
 *
 * <p>Input: one thread per line, {@code {"id": ..., "turns": [{"role", "text", "time"?}]}} (blank lines skipped),
 * or {@code --twcs FILE}, a file in the Customer Support on Twitter layout ({@link TwcsThreads}). A malformed line
 * or thread stops the command with the line number (or the thread id) on stderr and exit code 1.
 */
@Command(name = "conversation", mixinStandardHelpOptions = true,
        description = {"Reads whole support threads: emotions, checks, trajectory, repeated contact, waits, next turn.",
                "Input: one {\"id\": ..., \"turns\": [{\"role\": \"customer|agent\", \"text\": ..., \"time\": ...}]} per line, "
                + "or --twcs FILE in the Customer Support on Twitter CSV layout.",
                "Output: one JSON reading per thread, or a readable view with --pretty."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:all threads read", "1:a malformed line, thread or file", "2:usage error"})
final class ConversationCommand implements Callable<Integer> {

    @Mixin
    StandardInput stdin;

    @Spec
    CommandSpec spec;

    @Mixin
    ClassifierOptions classifierOptions;

    @Option(names = "--twcs", paramLabel = "FILE", description = "Read the threads of a CSV file in the Customer Support on Twitter layout.")
    Path twcs;

    @Option(names = "--pretty", description = "A readable view: each turn with its emotion or findings, then the suggested next turn.")
    boolean pretty;

    @Option(names = "--as-of", paramLabel = "TIME", description = "Measure a current wait up to this ISO-8601 time. Default: now.")
    String asOf;

    @Option(names = "--long-wait", paramLabel = "DURATION", defaultValue = "PT1H",
            description = "A wait from this long counts as long (ISO-8601, e.g. PT30M, P1D). Default: ${DEFAULT-VALUE}.")
    Duration longWait;

    @Option(names = "--max-turns", paramLabel = "N", defaultValue = "" + ConversationReader.DEFAULT_MAX_TURNS,
            description = "Refuse threads of more turns. Default: ${DEFAULT-VALUE}.")
    int maxTurns;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ConversationReader.DEFAULT_MAX_CHARACTERS,
            description = "Refuse threads of more characters in all. Default: ${DEFAULT-VALUE}.")
    long maxCharacters;

    @Option(names = "--channel", paramLabel = "CHANNEL", description = "Channel for the next-turn suggestions: chat, email, phone or social. Default: any.")
    String channel;

    @Option(names = "--formality", paramLabel = "FORMALITY", description = "casual, neutral or formal. Default: neutral statements only.")
    String formality;

    @Option(names = "--rules", paramLabel = "FILE", description = "Add a rules file for the agent-turn checks; repeatable.")
    List<Path> rules = List.of();

    @Override
    public Integer call() {
        ConversationReader reader;
        SelectionContext.Builder context;
        Instant reference;
        try {
            reader = ConversationReader.builder().classifier(classifierOptions.classifier())
                    .checker(RulesOptions.checker(rules, List.of(), Severity.LOW))
                    .maxTurns(maxTurns).maxCharacters(maxCharacters).longWait(longWait).build();
            context = SelectionContext.builder().channel(channel == null ? null : Channel.fromId(channel))
                    .formality(formality == null ? null : Formality.fromId(formality));
            reference = asOf == null ? Instant.now() : ConversationJson.instant(asOf, "--as-of");
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (twcs != null) {
                TwcsThreads.Result result = TwcsThreads.read(twcs);
                spec.commandLine().getErr().println(result.summary());
                spec.commandLine().getErr().flush();
                for (TwcsThreads.Thread thread : result.threads()) {
                    JsonNode id = JsonOutput.mapper().getNodeFactory().textNode(thread.id());
                    write(out, id, thread.conversation(), reader, context, reference, twcs + ": thread " + thread.id());
                }
            } else {
                InputLines lines = new InputLines(stdin.stream());
                for (String line = lines.next(); line != null; line = lines.next()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String where = "line " + lines.number();
                    JsonNode node = parse(line, where);
                    Conversation conversation;
                    try {
                        conversation = ConversationJson.conversation(node);
                    } catch (IllegalArgumentException e) {
                        throw new BadInputException(where + ": " + e.getMessage(), e);
                    }
                    write(out, node.get("id"), conversation, reader, context, reference, where);
                }
            }
        } finally {
            out.flush();
        }
        return EmpathyCli.OK;
    }

    private void write(PrintWriter out, JsonNode id, Conversation conversation, ConversationReader reader,
                       SelectionContext.Builder context, Instant reference, String where) {
        ConversationReading reading;
        try {
            reading = reader.read(conversation, reference);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where + ": " + e.getMessage(), e);
        }
        long seed = id == null ? 0 : id.toString().hashCode();
        NextTurn next = NextTurnSuggestions.english().suggest(reading, context.seed(seed).build());
        if (pretty) {
            out.print(PrettyConversation.view(id == null ? "(no id)" : id.isTextual() ? id.textValue() : id.toString(), reading, next));
        } else {
            JsonOutput.writeLine(out, ConversationJson.reading(id, reading, next));
        }
        out.flush();
    }

    private static JsonNode parse(String line, String where) {
        try {
            return JsonOutput.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadInputException(where + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
