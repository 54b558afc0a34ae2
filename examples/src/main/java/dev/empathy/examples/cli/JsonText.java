package dev.empathy.examples.cli;

/**
 * Writes compact JSON values into one growable char buffer, character for character as Jackson's
 * {@code ObjectMapper.writeValueAsString} writes the same tree: no spaces; strings with {@code \" \\ \b \t
 * \n \f \r} escaped and the other control characters as {@code \}{@code u00XX}; every other character as
 * it is; a double as {@link Double#toString(double)} (non-finite ones as a quoted string). It exists for
 * the hot path of {@code classify}, where building a Jackson tree per message cost a fifth of the command's
 * CPU time; {@code JsonTextTest} holds it to Jackson's output.
 *
 * <p>Names and values are written in call order; a comma is put before every member or element but the
 * first. Nesting is limited to {@value #MAX_DEPTH} levels. The buffer is reused: {@link #reset} starts the next
 * value after the ones written, so one instance writes a whole slice of output lines (one per worker, no
 * buffer per line); {@link Utf8Chunk} encodes what was written. Not thread-safe.
 */
final class JsonText {

    /** The deepest nesting supported. */
    static final int MAX_DEPTH = 32;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private char[] buf;
    private int length;
    private final boolean[] hasMember = new boolean[MAX_DEPTH];
    private int depth;
    private boolean afterName;

    JsonText(int capacity) {
        this.buf = new char[Math.max(capacity, 16)];
    }

    /** Ends the value written (closed or not) so that the next one starts afresh after it; keeps what was written. */
    JsonText reset() {
        depth = 0;
        afterName = false;
        return this;
    }

    /** Forgets everything written from char {@code length} on, and ends the value ({@link #reset}). */
    void truncate(int length) {
        if (length < 0 || length > this.length) {
            throw new IllegalArgumentException("length " + length + " out of [0, " + this.length + "]");
        }
        this.length = length;
        reset();
    }

    /** The number of chars written. */
    int length() {
        return length;
    }

    /** The buffer holding the chars written, {@code [0, length())}; valid until the next write. */
    char[] chars() {
        return buf;
    }

    /** Makes room for {@code more} chars after those written. */
    private void ensure(int more) {
        if (length + more > buf.length) {
            grow(more);
        }
    }

    private void grow(int more) {
        buf = java.util.Arrays.copyOf(buf, Math.max(2 * buf.length, length + more));
    }

    private void put(char c) {
        if (length == buf.length) {
            grow(1);
        }
        buf[length++] = c;
    }

    /** Appends {@code chars} as they are. */
    private void put(char[] chars) {
        int n = chars.length;
        ensure(n);
        System.arraycopy(chars, 0, buf, length, n);
        length += n;
    }

    /** Appends {@code text} as it is. */
    private void put(String text) {
        int n = text.length();
        ensure(n);
        text.getChars(0, n, buf, length);
        length += n;
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
        put(':');
        afterName = true;
        return this;
    }

    /**
     * A member name made once, as {@link #name(String)} writes it: the quoted, escaped name and the colon. Writing it
     * is one array copy, without the escape scan (speed, issue 16).
     */
    static char[] nameChars(String name) {
        JsonText json = new JsonText(name.length() + 8);
        json.string(name);
        json.put(':');
        return java.util.Arrays.copyOf(json.buf, json.length);
    }

    /** A string value made once, as {@link #value(String)} writes it: quoted and escaped. */
    static char[] valueChars(String value) {
        JsonText json = new JsonText(value.length() + 8);
        json.string(value);
        return java.util.Arrays.copyOf(json.buf, json.length);
    }

    /** The name of the next member, made by {@link #nameChars}. */
    JsonText name(char[] nameChars) {
        separate();
        put(nameChars);
        afterName = true;
        return this;
    }

    /** A value already written as JSON, such as one made by {@link #valueChars}. */
    JsonText raw(char[] json) {
        separate();
        put(json);
        return this;
    }

    /** A string value; null writes {@code null}. */
    JsonText value(String value) {
        separate();
        if (value == null) {
            put("null");
        } else {
            string(value);
        }
        return this;
    }

    JsonText value(int value) {
        separate();
        if (value < 0) {
            if (value == Integer.MIN_VALUE) {
                put(Integer.toString(value));
                return this;
            }
            put('-');
            value = -value;
        }
        ensure(10);
        int digits = 1;
        for (int rest = value; rest >= 10; rest /= 10) {
            digits++;
        }
        int at = length + digits;
        for (int rest = value; at > length; rest /= 10) {
            buf[--at] = (char) ('0' + rest % 10);
        }
        length += digits;
        return this;
    }

    JsonText value(double value) {
        separate();
        if (Double.isFinite(value)) {
            put(Double.toString(value));
        } else {
            string(Double.toString(value)); // Jackson's default WRITE_NAN_AS_STRINGS
        }
        return this;
    }

    /**
     * {@code value} rounded to 4 decimals as {@link JsonOutput#round} rounds it, written as {@link #value(double)}
     * writes the rounded value: {@code rounded(x)} and {@code value(JsonOutput.round(x))} write the same
     * chars. Values within {@value #ROUNDED_LIMIT} ten-thousandths of zero are written digit by digit
     * ({@link #tenThousandths}), without {@link Double#toString} (speed, issue 16).
     */
    JsonText rounded(double value) {
        long tenThousandths = Math.round(value * 10_000d);
        if (tenThousandths < -ROUNDED_LIMIT || tenThousandths > ROUNDED_LIMIT) {
            return value(tenThousandths / 10_000d);
        }
        separate();
        tenThousandths((int) tenThousandths);
        return this;
    }

    /** A member with a number value rounded to 4 decimals ({@link #rounded}). */
    JsonText memberRounded(String name, double value) {
        return name(name).rounded(value);
    }

    /** {@link #memberRounded(String, double)} with a name made by {@link #nameChars}. */
    JsonText memberRounded(char[] name, double value) {
        return name(name).rounded(value);
    }

    /** The range of {@link #rounded}'s digit writer: ten-thousandths within this of zero (±10). */
    static final int ROUNDED_LIMIT = 100_000;

    /**
     * Writes {@code Double.toString(k / 10_000d)} for {@code |k| <= ROUNDED_LIMIT}: "0.0" for 0, "5.0E-4" below a
     * thousandth (Java's notation for magnitudes under 10^-3), else the whole part, a point and the four decimals
     * without trailing zeros ("0.62", "0.0625", "10.0"). {@code JsonTextTest} holds it to {@code Double.toString} on
     * every such {@code k}.
     */
    private void tenThousandths(int k) {
        ensure(8); // at most "-9.0E-4" or "-9.9999"
        char[] out = buf;
        int n = length;
        if (k < 0) {
            out[n++] = '-';
            k = -k;
        }
        if (k > 0 && k < 10) {
            out[n++] = (char) ('0' + k);
            out[n++] = '.';
            out[n++] = '0';
            out[n++] = 'E';
            out[n++] = '-';
            out[n++] = '4';
            length = n;
            return;
        }
        int whole = k / 10_000;
        if (whole >= 10) {
            out[n++] = (char) ('0' + whole / 10);
        }
        out[n++] = (char) ('0' + whole % 10);
        out[n++] = '.';
        int decimals = k % 10_000;
        int digits = 4;
        while (digits > 1 && decimals % 10 == 0) {
            decimals /= 10;
            digits--;
        }
        for (int d = digits - 1; d >= 0; d--) {
            out[n + d] = (char) ('0' + decimals % 10);
            decimals /= 10;
        }
        length = n + digits;
    }

    /** A value already written as JSON (for example by Jackson). */
    JsonText raw(String json) {
        separate();
        put(json);
        return this;
    }

    /** A member with a string value. */
    JsonText member(String name, String value) {
        return name(name).value(value);
    }

    /** A member whose value is the string {@code text.substring(from, to)}, written without making it. */
    JsonText member(String name, String text, int from, int to) {
        name(name);
        separate();
        string(text, from, to);
        return this;
    }

    JsonText member(String name, int value) {
        return name(name).value(value);
    }

    /** {@link #member(String, int)} with a name made by {@link #nameChars}. */
    JsonText member(char[] name, int value) {
        return name(name).value(value);
    }

    /** {@link #member(String, String)} with a name made by {@link #nameChars}. */
    JsonText member(char[] name, String value) {
        return name(name).value(value);
    }

    /** {@link #member(String, String, int, int)} with a name made by {@link #nameChars}. */
    JsonText member(char[] name, String text, int from, int to) {
        name(name);
        separate();
        string(text, from, to);
        return this;
    }

    JsonText member(String name, double value) {
        return name(name).value(value);
    }

    /** What was written; nothing checks that every object and array was closed. */
    @Override
    public String toString() {
        return new String(buf, 0, length);
    }

    /** Appends {@code text} (an end of line, say) after the value. */
    JsonText append(String text) {
        put(text);
        return this;
    }

    private JsonText open(char bracket) {
        separate();
        if (depth == MAX_DEPTH) {
            throw new IllegalStateException("JSON nested deeper than " + MAX_DEPTH);
        }
        put(bracket);
        hasMember[depth++] = false;
        return this;
    }

    private JsonText close(char bracket) {
        if (depth == 0) {
            throw new IllegalStateException("nothing to close");
        }
        depth--;
        put(bracket);
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
                put(',');
            }
            hasMember[depth - 1] = true;
        }
    }

    /**
     * {@code value} quoted and escaped. It is copied into the buffer first and escaped there only if it holds a
     * char to escape (rare): one bulk copy, and the scan reads a char array, never {@code String.charAt}.
     */
    private void string(String value) {
        string(value, 0, value.length());
    }

    private void string(String value, int start, int end) {
        int n = end - start;
        ensure(n + 2);
        buf[length++] = '"';
        value.getChars(start, end, buf, length);
        int first = firstToEscape(buf, length, length + n);
        if (first == length + n) { // the common case
            length += n;
            buf[length++] = '"';
            return;
        }
        int from = length + n; // the end of the unescaped copy
        int extra = 0;
        for (int i = first; i < from; i++) {
            char c = buf[i];
            if (needsEscape(c)) {
                extra += escapeLength(c) - 1;
            }
        }
        ensure(n + extra + 1);
        int to = from + extra;
        // escaped in place, right to left, so that no char is overwritten before it is read
        int w = to;
        for (int i = from - 1; i >= first; i--) {
            char c = buf[i];
            if (!needsEscape(c)) {
                buf[--w] = c;
                continue;
            }
            switch (c) {
                case '"', '\\' -> buf[--w] = c;
                case '\b' -> buf[--w] = 'b';
                case '\t' -> buf[--w] = 't';
                case '\n' -> buf[--w] = 'n';
                case '\f' -> buf[--w] = 'f';
                case '\r' -> buf[--w] = 'r';
                default -> {
                    buf[--w] = HEX[c & 0xF];
                    buf[--w] = HEX[c >> 4];
                    buf[--w] = '0';
                    buf[--w] = '0';
                    buf[--w] = 'u';
                }
            }
            buf[--w] = '\\';
        }
        length = to;
        buf[length++] = '"';
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\';
    }

    /** The chars {@link #string} writes for {@code c}, which {@link #needsEscape} needs escaping. */
    private static int escapeLength(char c) {
        return c == '"' || c == '\\' || c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r' ? 2 : 6;
    }

    /** The index of the first char of {@code chars[from, to)} that {@link #string} escapes, or {@code to} if none. */
    private static int firstToEscape(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x20 || c == '"' || c == '\\') {
                return i;
            }
        }
        return to;
    }
}
