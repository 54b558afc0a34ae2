package dev.empathy.examples.server;

import static dev.empathy.examples.server.BadRequestException.badRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.draft.DraftCheck;
import dev.empathy.draft.DraftRule;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.examples.cli.JsonShapes;
import dev.empathy.phrase.Channel;
import dev.empathy.phrase.Formality;
import dev.empathy.phrase.Opening;
import dev.empathy.phrase.SelectionContext;
import dev.empathy.phrase.Statement;
import dev.empathy.phrase.Suggestion;
import dev.empathy.situation.Situation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What each endpoint does, from a parsed request to the JSON answer, with no HTTP in sight: the load test
 * runs the same methods in-process. Answers have the shapes of the command line's JSON lines
 * ({@link JsonShapes}). Thread-safe: the engines are, and nothing else is shared.
 */
final class Api {

    /** The server's version, from the jar manifest ({@code "dev"} when run from classes). */
    static final String VERSION = version();

    private static final String CHANNELS = ids(Channel.values(), Channel::id);
    private static final String FORMALITIES = ids(Formality.values(), Formality::id);

    private final Engines engines;
    private final ObjectNode rules;
    private final ObjectNode statements;

    Api(Engines engines) {
        this.engines = engines;
        this.rules = rulesJson(engines);
        this.statements = statementsJson(engines);
    }

    /** {@code POST /v1/classify {"text"}}: what {@code classify --jsonl} writes. */
    ObjectNode classify(RequestBody body) {
        String text = body.requiredString("text");
        return JsonShapes.reading(body.id(), text, engines.classifier().classify(text));
    }

    /** {@code POST /v1/check {"text", "customer"?}}: what {@code check --jsonl} writes. */
    ObjectNode check(RequestBody body) {
        String text = body.requiredString("text");
        String customer = body.optionalString("customer");
        DraftCheck check = customer == null ? engines.checker().check(text)
                : engines.checker().check(text, engines.classifier().classify(customer));
        return JsonShapes.check(body.id(), check);
    }

    /**
     * {@code POST /v1/suggest {"text", "channel"?, "formality"?, "situation"?, "name"?, "used"?, "count"?}}:
     * what {@code suggest --jsonl} writes; {@code used} lists statement ids already sent in this conversation.
     */
    ObjectNode suggest(RequestBody body) {
        String text = body.requiredString("text");
        SelectionContext.Builder context = SelectionContext.builder()
                .channel(body.optionalId("channel", Channel::fromId, CHANNELS))
                .formality(body.optionalId("formality", Formality::fromId, FORMALITIES))
                .count(body.optionalInt("count", 1, SelectionContext.MAX_COUNT, 3))
                .used(body.optionalStrings("used"));
        Situation situation = body.optionalId("situation", Situation::fromId, Situation.ids());
        if (situation != null) {
            context.situation(situation);
        }
        String name = body.optionalString("name");
        if (name != null) {
            if (name.length() > SelectionContext.MAX_SLOT_LENGTH) {
                throw badRequest("field \"name\" must be at most " + SelectionContext.MAX_SLOT_LENGTH + " characters");
            }
            try {
                context.name(name);
            } catch (IllegalArgumentException e) {
                throw badRequest("field \"name\" must be a plain name (no line breaks or braces)");
            }
        }
        EmotionReading reading = engines.classifier().classify(text);
        SelectionContext built = context.message(text).build();
        List<Suggestion> chosen = engines.selector().select(reading, built);
        Opening opening = engines.selector().opening(reading, built);
        return JsonShapes.suggestion(body.id(), reading, built, engines.selector().catalog(), chosen, opening);
    }

    /** {@code GET /health}: status, version and what is loaded. */
    ObjectNode health() {
        ObjectNode node = JsonShapes.mapper().createObjectNode();
        node.put("status", "ok");
        node.put("version", VERSION);
        node.put("rules", engines.checker().rules().size());
        node.put("statements", engines.selector().catalog().size());
        return node;
    }

    /** {@code GET /v1/rules}: the loaded draft rules (computed once). */
    ObjectNode rules() {
        return rules;
    }

    /** {@code GET /v1/statements}: the loaded catalog (computed once). */
    ObjectNode statements() {
        return statements;
    }

    private static ObjectNode rulesJson(Engines engines) {
        List<DraftRule> all = engines.checker().rules();
        ObjectNode node = JsonShapes.mapper().createObjectNode();
        node.put("version", VERSION);
        node.put("format", "empathy-rules 1");
        node.put("count", all.size());
        Map<String, Long> categories = all.stream()
                .collect(Collectors.groupingBy(rule -> rule.category().id(), TreeMap::new, Collectors.counting()));
        ObjectNode byCategory = node.putObject("categories");
        categories.forEach(byCategory::put);
        ArrayNode array = node.putArray("rules");
        for (DraftRule rule : all) {
            ObjectNode r = array.addObject();
            r.put("id", rule.id());
            r.put("category", rule.category().id());
            r.put("severity", rule.severity().id());
            r.put("message", rule.message());
            r.put("source", rule.source() + ":" + rule.line());
        }
        return node;
    }

    private static ObjectNode statementsJson(Engines engines) {
        List<Statement> all = engines.selector().catalog().statements();
        ObjectNode node = JsonShapes.mapper().createObjectNode();
        node.put("version", VERSION);
        node.put("format", "empathy-statements 1");
        node.put("count", all.size());
        Map<String, Long> intents = all.stream()
                .collect(Collectors.groupingBy(statement -> statement.intent().id(), TreeMap::new, Collectors.counting()));
        ObjectNode byIntent = node.putObject("intents");
        intents.forEach(byIntent::put);
        ArrayNode array = node.putArray("statements");
        for (Statement statement : all) {
            ObjectNode s = array.addObject();
            s.put("id", statement.id());
            s.put("intent", statement.intent().id());
            s.put("locale", statement.locale().toLanguageTag());
            ArrayNode situations = s.putArray("situations");
            statement.situations().forEach(situation -> situations.add(situation.id()));
            s.put("text", statement.text());
            s.put("source", statement.source());
        }
        return node;
    }

    private static <T> String ids(T[] values, Function<T, String> id) {
        return Arrays.stream(values).map(id).collect(Collectors.joining(", "));
    }

    private static String version() {
        String version = Api.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
