package dev.empathy.examples.server;

import static dev.empathy.examples.server.BadRequestException.badRequest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.empathy.examples.cli.JsonShapes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One parsed JSON request object with typed, validated access to its fields. Error messages name the field
 * and what it must be, never its value. Unknown fields are ignored. Not thread-safe (one per request).
 */
final class RequestBody {

    private static final ObjectReader READER = JsonShapes.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final JsonNode node;

    private RequestBody(JsonNode node) {
        this.node = node;
    }

    /**
     * Parses {@code bytes} (UTF-8 JSON) as one object.
     *
     * @throws BadRequestException (400) if it is not JSON or not an object; the message gives the line and
     *                             column of a syntax error, never the text (Jackson's own message quotes it)
     */
    static RequestBody parse(byte[] bytes) {
        JsonNode node;
        try {
            node = READER.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw badRequest("request body is not valid JSON" + where);
        } catch (IOException e) {
            throw badRequest("request body is not valid JSON");
        }
        if (node == null || node.isMissingNode() || !node.isObject()) {
            throw badRequest("request body must be a JSON object");
        }
        return new RequestBody(node);
    }

    /** The {@code "id"} value to echo back, any JSON value, or null. */
    JsonNode id() {
        return node.get("id");
    }

    /** A required string field. */
    String requiredString(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw badRequest("field \"" + field + "\" is required (a string)");
        }
        if (!value.isTextual()) {
            throw badRequest("field \"" + field + "\" must be a string");
        }
        return value.textValue();
    }

    /** An optional string field; null when absent or JSON null. */
    String optionalString(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw badRequest("field \"" + field + "\" must be a string");
        }
        return value.textValue();
    }

    /** An optional integer field between {@code min} and {@code max}; {@code otherwise} when absent. */
    int optionalInt(String field, int min, int max, int otherwise) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return otherwise;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw badRequest("field \"" + field + "\" must be an integer from " + min + " to " + max);
        }
        return value.intValue();
    }

    /** An optional array of strings; empty when absent. */
    List<String> optionalStrings(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw badRequest("field \"" + field + "\" must be an array of strings");
        }
        List<String> strings = new ArrayList<>(value.size());
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw badRequest("field \"" + field + "\" must be an array of strings");
            }
            strings.add(item.textValue());
        }
        return strings;
    }

    /**
     * An optional enumerated field read with {@code fromId}; null when absent.
     *
     * @param ids the valid ids, listed in the error, e.g. {@code "chat, email, phone, social"}
     */
    <T> T optionalId(String field, Function<String, T> fromId, String ids) {
        String value = optionalString(field);
        if (value == null) {
            return null;
        }
        try {
            return fromId.apply(value);
        } catch (IllegalArgumentException e) {
            throw badRequest("field \"" + field + "\" must be one of: " + ids);
        }
    }
}
