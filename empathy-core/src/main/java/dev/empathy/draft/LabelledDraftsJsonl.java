package dev.empathy.draft;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import dev.empathy.internal.json.JsonObjectParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads labelled drafts as JSON Lines, one object a line:
 * {@code {"id": "e001", "channel": "chat", "customer": "...", "draft": "...", "spans": [{"text": "...", "category": "minimising"}]}}.
 * A span is located at the first occurrence of its text in the draft not taken by an earlier span of the
 * same text; {@code customer} and {@code channel} may be absent; the split is {@code "all"}. Stateless.
 */
final class LabelledDraftsJsonl {

    static final String SPLIT = "all";

    private LabelledDraftsJsonl() {
    }

    static List<DraftEvaluation.LabelledDraft> parse(String source, List<DataLines.Line> lines) {
        List<DraftEvaluation.LabelledDraft> drafts = new ArrayList<>(lines.size());
        for (DataLines.Line line : lines) {
            drafts.add(parseLine(source, line.number(), line.text()));
        }
        return List.copyOf(drafts);
    }

    private static DraftEvaluation.LabelledDraft parseLine(String source, int number, String line) {
        Map<String, Object> object;
        try {
            object = JsonObjectParser.parseObject(line);
        } catch (JsonObjectParser.JsonSyntaxException e) {
            throw new InvalidDataException(source, number, "invalid JSON: " + e.getMessage());
        }
        String id = string(object, "id", true, source, number);
        String draft = string(object, "draft", true, source, number);
        String channel = string(object, "channel", false, source, number);
        String customer = string(object, "customer", false, source, number);
        Object spansValue = object.get("spans");
        if (spansValue != null && !(spansValue instanceof List<?>)) {
            throw new InvalidDataException(source, number, "\"spans\" must be an array");
        }
        List<DraftEvaluation.LabelledSpan> spans = new ArrayList<>();
        if (spansValue instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> span) || !(span.get("text") instanceof String text) || text.isEmpty()
                        || !(span.get("category") instanceof String categoryId)) {
                    throw new InvalidDataException(source, number, "each span must be {\"text\": \"...\", \"category\": \"...\"}");
                }
                Category category;
                try {
                    category = Category.fromId(categoryId);
                } catch (IllegalArgumentException e) {
                    throw new InvalidDataException(source, number, e.getMessage());
                }
                int start = draft.indexOf(text);
                while (start >= 0 && taken(spans, start, start + text.length())) {
                    start = draft.indexOf(text, start + 1);
                }
                if (start < 0) {
                    throw new InvalidDataException(source, number, "span " + (spans.size() + 1) + " does not occur in the draft");
                }
                spans.add(new DraftEvaluation.LabelledSpan(start, start + text.length(), category));
            }
        }
        return new DraftEvaluation.LabelledDraft(id, SPLIT, channel == null ? "" : channel, draft, spans, customer == null ? "" : customer);
    }

    private static boolean taken(List<DraftEvaluation.LabelledSpan> spans, int start, int end) {
        for (DraftEvaluation.LabelledSpan span : spans) {
            if (span.start() == start && span.end() == end) {
                return true;
            }
        }
        return false;
    }

    private static String string(Map<String, Object> object, String key, boolean required, String source, int number) {
        Object value = object.get(key);
        if (value == null) {
            if (required) {
                throw new InvalidDataException(source, number, "missing \"" + key + "\"");
            }
            return null;
        }
        if (!(value instanceof String text)) {
            throw new InvalidDataException(source, number, "\"" + key + "\" must be a string");
        }
        return text;
    }
}
