package dev.empathy.examples.cli;

/**
 * Writes one compact JSON value into a {@link StringBuilder}, character for character as Jackson's
 * {@code ObjectMapper.writeValueAsString} writes the same tree: no spaces; strings with {@code \" \\ \b \t
 * \n \f \r} escaped and the other control characters as {@code \}{@code u00XX}; every other character as
 * it is; a double as {@link Double#toString(double)} (non-finite ones as a quoted string). It exists for
 * the hot path of {@code classify}, where building a Jackson tree per message cost a fifth of the command's
 * CPU time; {@code JsonTextTest} holds it to Jackson's output.
 *
 * <p>Names and values are written in call order; a comma is put before every member or element but the
 * first. Nesting is limited to {@value #MAX_DEPTH} levels. Not thread-safe; one per line.
 */
final class JsonText {

    /** The deepest nesting supported. */
    static final int MAX_DEPTH = 32;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out;
    private final boolean[] hasMember = new boolean[MAX_DEPTH];
    private int depth;
    private boolean afterName;

    JsonText(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Starts an object (a member's value after {@link #name}, or an element). */
    JsonText beginObject() {
        return open('{');
    }

    JsonText endObject() {
        return close('}');
    }

    /** Starts an array (a member's value after {@link #name}, or an element). */
    JsonText beginArray() {
        return open('[');
    }

    JsonText endArray() {
        return close(']');
    }

    /** The name of the next member of the current object. */
    JsonText name(String name) {
        separate();
        string(name);
        out.append(':');
        afterName = true;
        return this;
    }

    /** A string value; null writes {@code null}. */
    JsonText value(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    JsonText value(int value) {
        separate();
        out.append(value);
        return this;
    }

    JsonText value(double value) {
        separate();
        if (Double.isFinite(value)) {
            out.append(Double.toString(value));
        } else {
            string(Double.toString(value)); // Jackson's default WRITE_NAN_AS_STRINGS
        }
        return this;
    }

    /**
     * {@code value} rounded to 4 decimals as {@link JsonOutput#round} rounds it, written as {@link #value(double)}
     * writes the rounded value: {@code rounded(x)} and {@code value(JsonOutput.round(x))} write the same
     * chars. Values within {@value #ROUNDED_LIMIT} ten-thousandths of zero take their text from a table.
     */
    JsonText rounded(double value) {
        long tenThousandths = Math.round(value * 10_000d);
        if (tenThousandths < -ROUNDED_LIMIT || tenThousandths > ROUNDED_LIMIT) {
            return value(tenThousandths / 10_000d);
        }
        separate();
        int slot = (int) tenThousandths + ROUNDED_LIMIT;
        String text = ROUNDED[slot];
        if (text == null) {
            text = Double.toString(tenThousandths / 10_000d); // finite: |value| is at most ROUNDED_LIMIT / 10^4
            ROUNDED[slot] = text; // a race writes the same immutable string twice
        }
        out.append(text);
        return this;
    }

    /** A member with a number value rounded to 4 decimals ({@link #rounded}). */
    JsonText memberRounded(String name, double value) {
        return name(name).rounded(value);
    }

    /** The table of {@link #rounded}: ten-thousandths within this of zero (±10). */
    static final int ROUNDED_LIMIT = 100_000;

    /** {@code Double.toString(k / 10_000d)} at index {@code k + ROUNDED_LIMIT}, filled on first use. */
    private static final String[] ROUNDED = new String[2 * ROUNDED_LIMIT + 1];

    /** A value already written as JSON (for example by Jackson). */
    JsonText raw(String json) {
        separate();
        out.append(json);
        return this;
    }

    /** A member with a string value. */
    JsonText member(String name, String value) {
        return name(name).value(value);
    }

    JsonText member(String name, int value) {
        return name(name).value(value);
    }

    JsonText member(String name, double value) {
        return name(name).value(value);
    }

    /** What was written; nothing checks that every object and array was closed. */
    @Override
    public String toString() {
        return out.toString();
    }

    /** Appends {@code text} (an end of line, say) after the value. */
    JsonText append(String text) {
        out.append(text);
        return this;
    }

    private JsonText open(char bracket) {
        separate();
        if (depth == MAX_DEPTH) {
            throw new IllegalStateException("JSON nested deeper than " + MAX_DEPTH);
        }
        out.append(bracket);
        hasMember[depth++] = false;
        return this;
    }

    private JsonText close(char bracket) {
        if (depth == 0) {
            throw new IllegalStateException("nothing to close");
        }
        depth--;
        out.append(bracket);
        return this;
    }

    /** A comma before every member or element but the first; nothing right after a name. */
    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth > 0) {
            if (hasMember[depth - 1]) {
                out.append(',');
            }
            hasMember[depth - 1] = true;
        }
    }

    private void string(String value) {
        out.append('"');
        int length = value.length();
        int first = firstToEscape(value);
        if (first == length) { // the common case: appended whole, not a char at a time
            out.append(value).append('"');
            return;
        }
        int from = 0;
        for (int i = first; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(value, from, i).append('\\');
            switch (c) {
                case '"', '\\' -> out.append(c);
                case '\b' -> out.append('b');
                case '\t' -> out.append('t');
                case '\n' -> out.append('n');
                case '\f' -> out.append('f');
                case '\r' -> out.append('r');
                default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            from = i + 1;
        }
        out.append(value, from, length).append('"');
    }

    /** The index of the first char of {@code value} that {@link #string} escapes, or its length if none. */
    private static int firstToEscape(String value) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return i;
            }
        }
        return length;
    }
}
