package dev.empathy.examples.cli;

import dev.empathy.situation.Situation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.data.InvalidDataException;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.phrase.Channel;
import dev.empathy.phrase.Formality;
import dev.empathy.phrase.Opening;
import dev.empathy.phrase.PhraseCatalog;
import dev.empathy.phrase.SelectionContext;
import dev.empathy.phrase.StatementSelector;
import dev.empathy.phrase.Suggestion;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suggest}: reads customer messages from standard input and writes, per message, the emotion read, the
 * ranked empathy statements that fit and a composed opening.
 *
 * <p>Output, one JSON object per message (or, with {@code --pretty}, a view for people):
 * <pre>
 * {"id": 7, "emotion": "frustration",
 *  "situation": {"id": "billing-error", "source": "detected", "cues": ["charged twice"]},
 *  "statements": [{"id": "apo-028", "text": "I'm sorry we charged you incorrectly.", "intent": "apologise",
 *                  "situations": ["billing-error"],
 *                  "reasons": ["apologise fits frustration (weight 0.90)", "written for billing-error", ...]}],
 *  "opening": "I can see you've been charged incorrectly, and that's not okay. ..."}
 * </pre>
 * {@code situation.source} is {@code given} (flag or input field), {@code detected} (read from the message) or
 * {@code none} (general). Without {@code --seed}, each message's seed is derived from its words: the same
 * message always gets the same suggestions, different messages different ones.
 * Plain input: one message per line (a blank line is a neutral message). {@code --jsonl} input: one object per
 * line, {@code {"id": ..., "text": "...", "channel": "chat", "formality": "casual", "situation": "refund",
 * "name": "Sam"}}; the optional fields override the flags for that message. A malformed line stops the
 * command with its number on stderr and exit code {@link EmpathyCli#BAD_INPUT}.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Reads customer messages from standard input and suggests empathy statements for each.",
                "Input: one message per line, or with --jsonl one {\"id\", \"text\", \"channel\", \"formality\", \"situation\", \"name\"} object per line.",
                "Output: one JSON object per message: id, emotion, situation, statements (id, text, intent, situations, reasons), opening; or a view for people with --pretty."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:all messages read", "1:a malformed input line or catalog file (named on stderr)", "2:usage error"})
final class SuggestCommand implements Callable<Integer> {

    @Mixin
    StandardInput stdin;

    @Spec
    CommandSpec spec;

    @Mixin
    ClassifierOptions classifierOptions;

    @Mixin
    JsonlInput jsonl;

    @Option(names = "--channel", paramLabel = "CHANNEL", description = "chat, email, phone or social. Default: any.")
    String channel;

    @Option(names = "--formality", paramLabel = "FORMALITY", description = "casual, neutral or formal. Default: neutral statements only.")
    String formality;

    @Option(names = "--situation", paramLabel = "SITUATION", defaultValue = "general",
            description = "e.g. delivery-delay, billing-error, refund, bereavement. Default: ${DEFAULT-VALUE} (use the situation detected in each message).")
    String situation;

    @Option(names = "--name", paramLabel = "NAME", description = "The customer's name, used where a statement has room for it.")
    String name;

    @Option(names = "--count", paramLabel = "N", defaultValue = "3", description = "Statements per message, 1 to 20. Default: ${DEFAULT-VALUE}.")
    int count;

    @Option(names = "--seed", paramLabel = "SEED", description = "One seed for every message; the same seed gives the same output. Default: derived from each message's words.")
    Long seed;

    @Option(names = "--pretty", description = "Show each message's situation, opening and statements with their reasons, for people.")
    boolean pretty;

    @Option(names = "--conversation", description = "Treat the messages as one conversation: never repeat a statement used in an earlier opening (read on one thread).")
    boolean conversation;

    @Mixin
    ThreadsOption threadsOption;

    @Option(names = "--catalog", paramLabel = "FILE", description = "Add a statements file (# empathy-statements 1) to the built-in catalog.")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "ID", description = "Switch off a catalog statement by id; repeatable.")
    List<String> disabled = new ArrayList<>();

    @Override
    public Integer call() {
        if (count < 1 || count > SelectionContext.MAX_COUNT) {
            throw EmpathyCli.usageError(spec, "--count must be between 1 and " + SelectionContext.MAX_COUNT + ", got " + count);
        }
        EmotionClassifier classifier = classifierOptions.classifier();
        StatementSelector selector = selector();
        Channel defaultChannel = channel == null ? null : option(channel, Channel::fromId, "--channel");
        Formality defaultFormality = formality == null ? null : option(formality, Formality::fromId, "--formality");
        Situation defaultSituation = option(situation, Situation::fromId, "--situation");
        PrintWriter out = spec.commandLine().getOut();
        InputLines lines = stdin.lines();
        Set<String> used = new LinkedHashSet<>(); // grows only with --conversation, which runs on one thread
        LinePipeline.Step step = (line, number, messageNumber) -> {
            JsonlInput.Message input = jsonl.read(line, number);
            JsonNode id = input.id();
            String text = input.text();
            SelectionContext.Builder context = SelectionContext.builder().channel(defaultChannel).formality(defaultFormality)
                    .situation(defaultSituation).name(name).count(count).used(used);
            if (seed != null) {
                context.seed(seed);
            }
            if (jsonl.on) {
                String where = "line " + number + ": ";
                String value;
                if ((value = input.optional("channel", number)) != null) {
                    context.channel(parse(value, Channel::fromId, where + "channel"));
                }
                if ((value = input.optional("formality", number)) != null) {
                    context.formality(parse(value, Formality::fromId, where + "formality"));
                }
                if ((value = input.optional("situation", number)) != null) {
                    context.situation(parse(value, Situation::fromId, where + "situation"));
                }
                if ((value = input.optional("name", number)) != null) {
                    context.name(value);
                }
            }
            EmotionReading reading = classifier.classify(text);
            SelectionContext built = context.message(text).build();
            List<Suggestion> statements = selector.select(reading, built);
            Opening opening = selector.opening(reading, built);
            if (conversation) {
                used.addAll(opening.ids());
            }
            return pretty ? PrettySuggestion.render(id == null ? "#" + messageNumber : "id " + id, reading, built,
                    selector.catalog(), statements, opening)
                    : JsonOutput.line(json(id, reading, built, selector.catalog(), statements, opening));
        };
        try {
            threadsOption.pipeline(spec, conversation).run(lines, jsonl.on, step, out);
        } finally {
            out.flush();
        }
        return EmpathyCli.OK;
    }

    private StatementSelector selector() {
        if (catalogs.isEmpty() && disabled.isEmpty()) {
            return StatementSelector.english();
        }
        try {
            PhraseCatalog.Builder builder = PhraseCatalog.builder();
            catalogs.forEach(builder::add);
            disabled.forEach(builder::disable);
            return StatementSelector.of(builder.build());
        } catch (InvalidDataException | IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /** The situation the selector answered and where it came from: given, detected or none. */
    static Situation situation(EmotionReading reading, SelectionContext context) {
        return context.situation() != Situation.GENERAL ? context.situation() : reading.situation().situation();
    }

    static String source(EmotionReading reading, SelectionContext context) {
        return context.situation() != Situation.GENERAL ? "given" : reading.situation().isGeneral() ? "none" : "detected";
    }

    /** The JSON object for one message. */
    static ObjectNode json(JsonNode id, EmotionReading reading, SelectionContext context, PhraseCatalog catalog,
                           List<Suggestion> statements, Opening opening) {
        ObjectNode node = JsonOutput.object();
        if (id != null) {
            node.set("id", id);
        }
        node.put("emotion", reading.emotion().id());
        ObjectNode situation = node.putObject("situation");
        situation.put("id", situation(reading, context).id());
        situation.put("source", source(reading, context));
        ArrayNode cues = situation.putArray("cues");
        if (source(reading, context).equals("detected")) {
            reading.situation().cues().forEach(cue -> cues.add(cue.text()));
        }
        ArrayNode array = node.putArray("statements");
        for (Suggestion suggestion : statements) {
            ObjectNode s = array.addObject();
            s.put("id", suggestion.id());
            s.put("text", suggestion.text());
            s.put("intent", suggestion.intent().id());
            ArrayNode situations = s.putArray("situations");
            catalog.statement(suggestion.id()).ifPresent(statement -> statement.situations().forEach(tag -> situations.add(tag.id())));
            ArrayNode reasons = s.putArray("reasons");
            suggestion.reasons().forEach(reasons::add);
        }
        node.put("opening", opening.text());
        return node;
    }

    /** An option's value parsed by {@code parser}; a value it rejects is a usage error (exit 2). */
    private <T> T option(String value, Function<String, T> parser, String option) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw EmpathyCli.usageError(spec, option + ": " + e.getMessage());
        }
    }

    private static <T> T parse(String value, Function<String, T> parser, String what) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            // the id itself is not repeated: on an input line it is the caller's data
            String message = e.getMessage() == null ? "" : e.getMessage();
            int expected = message.lastIndexOf("expected one of");
            throw new BadInputException(what + ": unknown value" + (expected < 0 ? "" : ", " + message.substring(expected)), e);
        }
    }

}
