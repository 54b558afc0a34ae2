package dev.empathy.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.emotion.Cue;
import dev.empathy.emotion.CueModifier;
import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.SentenceReading;
import dev.empathy.emotion.Signal;
import dev.empathy.situation.SituationCue;
import dev.empathy.situation.SituationReading;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The one place where the command line turns results into JSON: shared {@link ObjectMapper}, one object
 * per line, and the JSON shape of an {@link EmotionReading}. Numbers are rounded to 4 decimals. Thread-safe.
 *
 * <p>Shape of a reading ({@link #reading(JsonNode, String, EmotionReading)}):
 * <pre>
 * {"id": ..., "emotion": "frustration", "intensity": 0.62, "confidence": 0.71,
 *  "scores": {"anger": 0.05, ..., "neutral": 0.2},
 *  "cues": [{"start": 10, "end": 22, "text": "SOOO annoyed", "emotion": "frustration", "weight": 1.9,
 *            "modifiers": ["caps", "elongated"], "source": "lexicon"}],
 *  "sentences": [{"start": 0, "end": 40, "text": "...", "emotion": "frustration", "intensity": 0.62}],
 *  "signals": [{"type": "long-wait", "start": 30, "end": 45, "text": "for three weeks"}],
 *  "situation": {"id": "delivery-delay", "confidence": 0.8, "cues": [{"start": 3, "end": 9, "text": "parcel"}]}}
 * </pre>
 */
final class JsonOutput {

    /**
     * Jackson, configured on first use: plain-text {@code classify}, which writes its lines with {@link JsonText},
     * never loads it (about 380 classes and their start-up work; speed, issue 16).
     */
    private static final class Jackson {
        /** Shared, configured once; Jackson mappers are thread-safe after configuration. */
        static final ObjectMapper MAPPER = new ObjectMapper();

        /** Reads input lines strictly: a duplicate key or anything after the value is an error. */
        static final ObjectReader STRICT_READER = MAPPER.reader()
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** {@link Emotion#values()}, read once: each call of it copies the array. */
    private static final Emotion[] EMOTIONS = Emotion.values();

    private JsonOutput() {
    }

    /** The shared Jackson mapper, made on the first call; thread-safe. */
    static ObjectMapper mapper() {
        return Jackson.MAPPER;
    }

    /** {@code node} as one line of JSON with the platform's end of line, as {@link #writeLine} writes it. */
    static String line(JsonNode node) {
        try {
            return Jackson.MAPPER.writeValueAsString(node) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code node} as compact JSON. */
    static String write(JsonNode node) {
        try {
            return Jackson.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeLine(PrintWriter out, JsonNode node) {
        try {
            out.println(Jackson.MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One input line as a JSON object with a string field {@code "text"}. Errors name the line, the
     * column and the kind of problem, never the input: Jackson's own messages quote the offending token,
     * which may be the customer's words or a password pasted by mistake.
     *
     * @throws BadInputException "line N: ..." when the line is not one such object
     */
    static JsonNode parseLine(String line, int number) {
        String where = "line " + number + ": ";
        JsonNode node;
        try {
            node = Jackson.STRICT_READER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadInputException(where + "not valid JSON: " + problem(e), e);
        }
        if (node == null || !node.isObject()) {
            throw new BadInputException(where + "expected a JSON object {\"id\": ..., \"text\": ...}");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new BadInputException(where + "field \"text\" must be a string");
        }
        return node;
    }

    /** What is wrong, and where, without a word of the input. */
    static String problem(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String kind;
        if (message.startsWith("Duplicate field")) {
            kind = "duplicate key";
        } else if (e instanceof JsonEOFException || message.contains("end-of-input")) {
            kind = "unexpected end of line";
        } else if (message.startsWith("Trailing token")) {
            kind = "unexpected content after the JSON value";
        } else if (message.startsWith("Unrecognized token") || message.startsWith("Unrecognized character")
                || message.startsWith("Unexpected character")) {
            kind = "unexpected character or word";
        } else if (message.contains("Illegal unquoted character") || message.contains("Unrecognized character escape")
                || message.contains("Illegal character")) {
            kind = "invalid character or escape in a string";
        } else {
            kind = "malformed JSON";
        }
        JsonLocation location = e.getLocation();
        return location == null || location.getColumnNr() < 1 ? kind : kind + " at column " + location.getColumnNr();
    }

    /** A new empty object node. */
    static ObjectNode object() {
        return Jackson.MAPPER.createObjectNode();
    }

    /** {@code value} rounded to 4 decimals, so that output is short and stable. */
    static double round(double value) {
        return Math.round(value * 10_000d) / 10_000d;
    }

    /** The lower-case, hyphenated id of a cue modifier, e.g. {@code "before-contrast"}. */
    static String id(CueModifier modifier) {
        return MODIFIER_IDS[modifier.ordinal()];
    }

    private static String modifierId(CueModifier modifier) {
        return modifier.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@link #id(CueModifier)} of each modifier, by ordinal: made once, not per cue. */
    private static final String[] MODIFIER_IDS = new String[CueModifier.values().length];

    /** The lower-case name of each cue source, by ordinal. */
    private static final String[] SOURCE_IDS = new String[Cue.Source.values().length];

    static {
        for (CueModifier modifier : CueModifier.values()) {
            MODIFIER_IDS[modifier.ordinal()] = modifierId(modifier);
        }
        for (Cue.Source source : Cue.Source.values()) {
            SOURCE_IDS[source.ordinal()] = source.name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The JSON shape of {@code reading} of {@code text} as a tree; {@code id} is included when not null.
     * The same object as {@link #readingLine}, which defines it.
     */
    static ObjectNode reading(JsonNode id, String text, EmotionReading reading) {
        try {
            return (ObjectNode) Jackson.MAPPER.readTree(reading(new JsonText(1024), id, text, reading).toString());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #reading} as one line of JSON with the platform's end of line, written without a tree (fast). */
    static String readingLine(JsonNode id, String text, EmotionReading reading) {
        return readingLine(new JsonText(1024), id, text, reading).toString();
    }

    /** {@link #readingLine(JsonNode, String, EmotionReading)} written after what {@code json} holds. */
    static JsonText readingLine(JsonText json, JsonNode id, String text, EmotionReading reading) {
        return reading(json.reset(), id, text, reading).append(LINE_END).reset();
    }

    private static final String LINE_END = System.lineSeparator();

    private static JsonText reading(JsonText json, JsonNode id, String text, EmotionReading reading) {
        json.beginObject();
        if (id != null) {
            json.name("id").raw(write(id));
        }
        json.member("emotion", reading.emotion().id());
        json.memberRounded("intensity", reading.intensity());
        json.memberRounded("confidence", reading.confidence());
        json.name("scores").beginObject();
        for (Emotion emotion : EMOTIONS) {
            json.memberRounded(emotion.id(), reading.score(emotion));
        }
        json.endObject();
        json.name("cues").beginArray();
        for (Cue cue : reading.cues()) {
            json.beginObject().member("start", cue.start()).member("end", cue.end()).member("text", cue.text())
                    .member("emotion", cue.emotion().id()).memberRounded("weight", cue.weight());
            json.name("modifiers").beginArray();
            for (CueModifier modifier : cue.modifiers()) {
                json.value(id(modifier));
            }
            json.endArray().member("source", SOURCE_IDS[cue.source().ordinal()]).endObject();
        }
        json.endArray();
        json.name("sentences").beginArray();
        for (SentenceReading sentence : reading.sentences()) {
            json.beginObject().member("start", sentence.start()).member("end", sentence.end())
                    .member("text", text, sentence.start(), sentence.end())
                    .member("emotion", sentence.emotion().id()).memberRounded("intensity", sentence.intensity()).endObject();
        }
        json.endArray();
        json.name("signals").beginArray();
        for (Signal signal : reading.signals()) {
            json.beginObject().member("type", signal.type().id()).member("start", signal.start())
                    .member("end", signal.end()).member("text", signal.text()).endObject();
        }
        json.endArray();
        SituationReading situation = reading.situation();
        json.name("situation").beginObject().member("id", situation.situation().id())
                .memberRounded("confidence", situation.confidence());
        json.name("cues").beginArray();
        for (SituationCue cue : situation.cues()) {
            json.beginObject().member("start", cue.start()).member("end", cue.end()).member("text", cue.text()).endObject();
        }
        return json.endArray().endObject().endObject();
    }
}
