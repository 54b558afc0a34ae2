package dev.empathy.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one JSON object (RFC 8259) from a string, strictly: no comments, no trailing commas, no
 * single quotes, no duplicate keys, nothing after the object but white space, nesting at most
 * {@value #MAX_DEPTH} deep. Values become {@code String}, {@code BigDecimal}, {@code Boolean},
 * {@code null}, {@code List<Object>} or {@code Map<String, Object>} (insertion order). Stateless;
 * thread-safe.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><td>{@code {"text":"hi","label":"neutral"}}</td><td>{text=hi, label=neutral}</td></tr>
 *   <tr><td>{@code {"a":1,}}</td><td>fails: "expected '\"' at column 8, found '}'"</td></tr>
 * </table>
 */
public final class JsonObjectParser {

    static final int MAX_DEPTH = 32;

    private final String text;
    private int position;

    private JsonObjectParser(String text) {
        this.text = text;
    }

    /**
     * The object in {@code text}.
     *
     * @throws JsonSyntaxException with a message naming the 1-based column and the problem
     */
    public static Map<String, Object> parseObject(String text) {
        JsonObjectParser parser = new JsonObjectParser(text);
        parser.skipWhitespace();
        if (parser.peek() != '{') {
            throw parser.error("expected a JSON object starting with '{'");
        }
        Map<String, Object> object = parser.object(0);
        parser.skipWhitespace();
        if (parser.position < text.length()) {
            throw parser.error("unexpected text after the object");
        }
        return object;
    }

    /** Malformed JSON; the message names the column and the problem. */
    public static final class JsonSyntaxException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JsonSyntaxException(String message) {
            super(message);
        }
    }

    private Object value(int depth) {
        skipWhitespace();
        char c = peek();
        switch (c) {
            case '{':
                return object(depth + 1);
            case '[':
                return array(depth + 1);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("expected a JSON value");
        }
    }

    private Map<String, Object> object(int depth) {
        checkDepth(depth);
        position++; // '{'
        Map<String, Object> object = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            position++;
            return object;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected '\"' to start a key");
            }
            int keyColumn = position + 1;
            String key = string();
            skipWhitespace();
            expect(':');
            Object value = value(depth);
            if (object.containsKey(key)) {
                throw new JsonSyntaxException("duplicate key \"" + key + "\" at column " + keyColumn);
            }
            object.put(key, value);
            skipWhitespace();
            char c = peek();
            position++;
            if (c == '}') {
                return object;
            }
            if (c != ',') {
                position--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array(int depth) {
        checkDepth(depth);
        position++; // '['
        List<Object> array = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            position++;
            return array;
        }
        while (true) {
            array.add(value(depth));
            skipWhitespace();
            char c = peek();
            position++;
            if (c == ']') {
                return array;
            }
            if (c != ',') {
                position--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() {
        position++; // opening quote
        StringBuilder out = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                position--;
                throw error("control character in a string (escape it)");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (position >= text.length()) {
                throw error("unterminated string");
            }
            char escape = text.charAt(position++);
            switch (escape) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (position + 4 > text.length()) {
                        throw error("incomplete \\u escape");
                    }
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int digit = Character.digit(text.charAt(position + i), 16);
                        if (digit < 0) {
                            throw error("invalid \\u escape");
                        }
                        code = code * 16 + digit;
                    }
                    position += 4;
                    out.append((char) code);
                }
                default -> {
                    position--;
                    throw error("invalid escape '\\" + escape + "'");
                }
            }
        }
    }

    private BigDecimal number() {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        if (peek() == '0') {
            position++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("expected a digit");
        }
        if (peek() == '.') {
            position++;
            if (!isDigit(peek())) {
                throw error("expected a digit after '.'");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            if (!isDigit(peek())) {
                throw error("expected a digit in the exponent");
            }
            digits();
        }
        return new BigDecimal(text.substring(start, position));
    }

    private void digits() {
        while (isDigit(peek())) {
            position++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw error("expected a JSON value");
        }
        position += word.length();
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        position++;
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\uFFFF';
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    private JsonSyntaxException error(String problem) {
        if (position >= text.length()) {
            return new JsonSyntaxException(problem + " at column " + (position + 1) + ", found the end of the line");
        }
        return new JsonSyntaxException(problem + " at column " + (position + 1) + ", found '" + text.charAt(position) + "'");
    }
}
