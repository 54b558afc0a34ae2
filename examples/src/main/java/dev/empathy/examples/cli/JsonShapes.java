package dev.empathy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.draft.DraftCheck;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.phrase.Opening;
import dev.empathy.phrase.PhraseCatalog;
import dev.empathy.phrase.SelectionContext;
import dev.empathy.phrase.Suggestion;
import java.util.List;

/**
 * The command line's JSON shapes for other programs in {@code examples} (the HTTP server answers with exactly
 * what {@code classify}, {@code check} and {@code suggest} write per line), so that one document describes
 * both. Each method delegates to the code the commands use. Thread-safe; no argument may be null except
 * {@code id}, which is left out when null.
 */
public final class JsonShapes {

    private JsonShapes() {
    }

    /** The shared, configured mapper; thread-safe. */
    public static ObjectMapper mapper() {
        return JsonOutput.mapper();
    }

    /** What {@code classify} writes for {@code reading} of {@code text}. */
    public static ObjectNode reading(JsonNode id, String text, EmotionReading reading) {
        return JsonOutput.reading(id, text, reading);
    }

    /** What {@code check} writes for {@code check}. */
    public static ObjectNode check(JsonNode id, DraftCheck check) {
        return CheckCommand.json(id, check);
    }

    /** What {@code suggest} writes for one message selected with {@code context} from {@code catalog}. */
    public static ObjectNode suggestion(JsonNode id, EmotionReading reading, SelectionContext context, PhraseCatalog catalog,
                                        List<Suggestion> statements, Opening opening) {
        return SuggestCommand.json(id, reading, context, catalog, statements, opening);
    }
}
