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
import dev.empathy.emotion.SignalType;
import dev.empathy.situation.Situation;
import dev.empathy.situation.SituationCue;
import dev.empathy.situation.SituationReading;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
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

    /*
     * The names and the enum values of a reading, each written once as JSON chars (JsonText.nameChars, valueChars):
     * writing one is an array copy, without an escape scan per member (speed, issue 16).
     */
    private static final char[] ID = JsonText.nameChars("id");
    private static final char[] EMOTION = JsonText.nameChars("emotion");
    private static final char[] INTENSITY = JsonText.nameChars("intensity");
    private static final char[] CONFIDENCE = JsonText.nameChars("confidence");
    private static final char[] SCORES = JsonText.nameChars("scores");
    private static final char[] CUES = JsonText.nameChars("cues");
    private static final char[] START = JsonText.nameChars("start");
    private static final char[] END = JsonText.nameChars("end");
    private static final char[] TEXT = JsonText.nameChars("text");
    private static final char[] WEIGHT = JsonText.nameChars("weight");
    private static final char[] MODIFIERS = JsonText.nameChars("modifiers");
    private static final char[] SOURCE = JsonText.nameChars("source");
    private static final char[] SENTENCES = JsonText.nameChars("sentences");
    private static final char[] SIGNALS = JsonText.nameChars("signals");
    private static final char[] TYPE = JsonText.nameChars("type");
    private static final char[] SITUATION = JsonText.nameChars("situation");

    /** Each emotion's id as a member name and as a string value, by ordinal. */
    private static final char[][] EMOTION_NAMES = new char[EMOTIONS.length][];
    private static final char[][] EMOTION_VALUES = new char[EMOTIONS.length][];
    /** Each modifier's id ({@link #id(CueModifier)}), each cue source's, signal type's and situation's id as a string value, by ordinal. */
    private static final char[][] MODIFIER_VALUES = new char[MODIFIER_IDS.length][];
    private static final char[][] SOURCE_VALUES = new char[SOURCE_IDS.length][];
    private static final char[][] SIGNAL_VALUES = new char[SignalType.values().length][];
    private static final char[][] SITUATION_VALUES = new char[Situation.values().length][];

    static {
        for (Emotion emotion : EMOTIONS) {
            EMOTION_NAMES[emotion.ordinal()] = JsonText.nameChars(emotion.id());
            EMOTION_VALUES[emotion.ordinal()] = JsonText.valueChars(emotion.id());
        }
        for (int i = 0; i < MODIFIER_IDS.length; i++) {
            MODIFIER_VALUES[i] = JsonText.valueChars(MODIFIER_IDS[i]);
        }
        for (int i = 0; i < SOURCE_IDS.length; i++) {
            SOURCE_VALUES[i] = JsonText.valueChars(SOURCE_IDS[i]);
        }
        for (SignalType type : SignalType.values()) {
            SIGNAL_VALUES[type.ordinal()] = JsonText.valueChars(type.id());
        }
        for (Situation situation : Situation.values()) {
            SITUATION_VALUES[situation.ordinal()] = JsonText.valueChars(situation.id());
        }
    }

    /**
     * The reading's JSON, one small method per part (the JIT compiles the loops on their own rather than one
     * method of all of them: speed, issue 16).
     */
    private static JsonText reading(JsonText json, JsonNode id, String text, EmotionReading reading) {
        json.beginObject();
        if (id != null) {
            json.name(ID).raw(write(id));
        }
        json.name(EMOTION).raw(EMOTION_VALUES[reading.emotion().ordinal()]);
        json.memberRounded(INTENSITY, reading.intensity());
        json.memberRounded(CONFIDENCE, reading.confidence());
        scores(json.name(SCORES), reading);
        cues(json.name(CUES), reading.cues());
        sentences(json.name(SENTENCES), text, reading.sentences());
        signals(json.name(SIGNALS), reading.signals());
        return situation(json.name(SITUATION), reading.situation()).endObject();
    }

    private static void scores(JsonText json, EmotionReading reading) {
        json.beginObject();
        for (Emotion emotion : EMOTIONS) {
            json.memberRounded(EMOTION_NAMES[emotion.ordinal()], reading.score(emotion));
        }
        json.endObject();
    }

    private static void cues(JsonText json, List<Cue> cues) {
        json.beginArray();
        for (Cue cue : cues) {
            json.beginObject().member(START, cue.start()).member(END, cue.end()).member(TEXT, cue.text())
                    .name(EMOTION).raw(EMOTION_VALUES[cue.emotion().ordinal()]).memberRounded(WEIGHT, cue.weight());
            json.name(MODIFIERS).beginArray();
            for (CueModifier modifier : cue.modifiers()) {
                json.raw(MODIFIER_VALUES[modifier.ordinal()]);
            }
            json.endArray().name(SOURCE).raw(SOURCE_VALUES[cue.source().ordinal()]).endObject();
        }
        json.endArray();
    }

    private static void sentences(JsonText json, String text, List<SentenceReading> sentences) {
        json.beginArray();
        for (SentenceReading sentence : sentences) {
            json.beginObject().member(START, sentence.start()).member(END, sentence.end())
                    .member(TEXT, text, sentence.start(), sentence.end())
                    .name(EMOTION).raw(EMOTION_VALUES[sentence.emotion().ordinal()])
                    .memberRounded(INTENSITY, sentence.intensity()).endObject();
        }
        json.endArray();
    }

    private static void signals(JsonText json, List<Signal> signals) {
        json.beginArray();
        for (Signal signal : signals) {
            json.beginObject().name(TYPE).raw(SIGNAL_VALUES[signal.type().ordinal()]).member(START, signal.start())
                    .member(END, signal.end()).member(TEXT, signal.text()).endObject();
        }
        json.endArray();
    }

    private static JsonText situation(JsonText json, SituationReading situation) {
        json.beginObject().name(ID).raw(SITUATION_VALUES[situation.situation().ordinal()])
                .memberRounded(CONFIDENCE, situation.confidence());
        json.name(CUES).beginArray();
        for (SituationCue cue : situation.cues()) {
            json.beginObject().member(START, cue.start()).member(END, cue.end()).member(TEXT, cue.text()).endObject();
        }
        return json.endArray().endObject();
    }
}
