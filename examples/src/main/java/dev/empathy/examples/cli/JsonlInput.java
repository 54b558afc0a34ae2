package dev.empathy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Option;

/**
 * {@code --jsonl} for the commands that read one message a line ({@code @Mixin JsonlInput}): each line is a
 * JSON object with a string {@code "text"}, an optional {@code "id"} (echoed as given) and the command's own
 * optional string fields. Errors name the input line, never its text.
 */
final class JsonlInput {

    /** One input line read as JSON. */
    record Message(JsonNode id, String text, JsonNode object) {

        /** The optional string field {@code name}: null when absent or null; anything else but a string is bad input. */
        String optional(String name, int number) {
            JsonNode value = object.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw new BadInputException("line " + number + ": field \"" + name + "\" must be a string");
            }
            return value.textValue();
        }
    }

    @Option(names = "--jsonl", description = "Read one JSON object per line: \"text\", an optional \"id\" and the fields this command's description lists.")
    boolean on;

    /** The message of input line {@code number}: the line itself as the text without {@code --jsonl}. */
    Message read(String line, int number) {
        if (!on) {
            return new Message(null, line, null);
        }
        JsonNode object = JsonOutput.parseLine(line, number);
        return new Message(object.get("id"), object.get("text").textValue(), object);
    }
}
