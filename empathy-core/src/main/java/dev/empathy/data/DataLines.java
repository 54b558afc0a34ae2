package dev.empathy.data;

import dev.empathy.internal.IoProblems;
import dev.empathy.internal.Splits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The lines of a UTF-8 data file, checked for encoding and for its format line. Immutable and
 * thread-safe.
 *
 * <p>Format: the first non-blank line is {@code # <format> <version>} (e.g. {@code # empathy-lexicon 1});
 * further lines starting with {@code #} are comments, of which {@code # locale: en} sets the locale;
 * blank lines are skipped; every other line is a record, returned with its 1-based line number. A
 * leading byte-order mark is ignored; malformed UTF-8 fails with the line where it occurs.
 *
 * @param source  the file or resource name used in error messages
 * @param format  the format name from the first line, e.g. {@code "empathy-lexicon"}
 * @param version the format version from the first line
 * @param locale  the value of a {@code # locale:} comment, or the empty string when there is none
 * @param records the record lines, in file order
 */
public record DataLines(String source, String format, int version, String locale, List<Line> records) {

    /**
     * One record line.
     *
     * @param number the 1-based line number in the file
     * @param text   the line without its line terminator
     */
    public record Line(int number, String text) {
        /**
         * Creates the record, checking its components.
         *
         * @param number the 1-based line number in the file
         * @param text the line without its line terminator
         */
        public Line {
            Objects.requireNonNull(text, "text must not be null");
        }

        /** {@return the line split on TAB characters, trailing empty fields kept} */
        public String[] fields() {
            return text.split("\t", -1);
        }
    }

    /**
     * Creates the record, checking its components.
     *
     * @param source the file or resource name used in error messages
     * @param format the format name from the first line, e.g. {@code "empathy-lexicon"}
     * @param version the format version from the first line
     * @param locale the value of a {@code # locale:} comment, or the empty string when there is none
     * @param records the record lines, in file order
     */
    public DataLines {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(format, "format must not be null");
        Objects.requireNonNull(locale, "locale must not be null");
        records = List.copyOf(records);
    }

    /**
     * Reads {@code path}, expecting the format {@code expectedFormat} at a version up to {@code maxVersion}.
     *
     * @param path the UTF-8 data file
     * @param expectedFormat the format name on the first line, e.g. {@code "empathy-lexicon"}
     * @param maxVersion the highest format version this reader understands
     * @return the file's lines
     */
    public static DataLines read(Path path, String expectedFormat, int maxVersion) {
        Objects.requireNonNull(path, "path must not be null");
        return parse(path.toString(), TextLines.bytes(path), expectedFormat, maxVersion);
    }

    /**
     * Reads {@code in} fully (the caller closes it) and names it {@code source} in errors.
     *
     * @param in the UTF-8 bytes
     * @param source the name used in error messages, e.g. the file name
     * @param expectedFormat the format name on the first line, e.g. {@code "empathy-lexicon"}
     * @param maxVersion the highest format version this reader understands
     * @return the lines read
     */
    public static DataLines read(InputStream in, String source, String expectedFormat, int maxVersion) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(source, "source must not be null");
        return parse(source, TextLines.bytes(in, source), expectedFormat, maxVersion);
    }

    /**
     * Reads a resource of {@code anchor}'s own module or of the class path, failing with a clear message
     * when it is missing. In a named module this finds only resources of this library's own module
     * ({@code dev.empathy.core}) and of unencapsulated packages: a resource of another named module is
     * read by that module, with {@link #resource(InputStream, String, String, int)}.
     *
     * @param anchor the class whose module or class loader finds the resource
     * @param name the resource name, as for {@link Class#getResourceAsStream(String)}
     * @param expectedFormat the format name on the first line, e.g. {@code "empathy-lexicon"}
     * @param maxVersion the highest format version this reader understands
     * @return the resource's lines
     */
    public static DataLines resource(Class<?> anchor, String name, String expectedFormat, int maxVersion) {
        return resource(anchor.getResourceAsStream(name), name, expectedFormat, maxVersion);
    }

    /**
     * Reads a resource the caller opened itself, e.g. {@code resource(MyRules.class.getResourceAsStream(name),
     * name, ...)}: the way for code in a named module to read its own encapsulated resources. Closes
     * {@code in}; a null {@code in} (what {@code getResourceAsStream} returns for a missing resource) fails
     * with a clear message naming {@code name}.
     *
     * @param in the opened resource, or null when it is missing
     * @param name the resource name, used in error messages
     * @param expectedFormat the format name on the first line, e.g. {@code "empathy-lexicon"}
     * @param maxVersion the highest format version this reader understands
     * @return the resource's lines
     */
    public static DataLines resource(InputStream in, String name, String expectedFormat, int maxVersion) {
        Objects.requireNonNull(name, "name must not be null");
        if (in == null) {
            throw new InvalidDataException(name, 0, "resource not found on the class path");
        }
        try (in) {
            return read(in, name, expectedFormat, maxVersion);
        } catch (IOException e) {
            throw new InvalidDataException(name, 0, "cannot be read: " + IoProblems.reason(e), e);
        }
    }

    private static DataLines parse(String source, byte[] bytes, String expectedFormat, int maxVersion) {
        List<String> lines = TextLines.lines(source, bytes);
        String format = null;
        int version = 0;
        String locale = "";
        List<Line> records = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int invisible = invisibleCharAt(line);
            if (invisible >= 0) {
                throw new InvalidDataException(source, i + 1, String.format(java.util.Locale.ROOT,
                        "character U+%04X at column %d: data files may not hold control, bidirectional or zero-width"
                                + " characters (other than TAB)", (int) line.charAt(invisible), invisible + 1));
            }
            if (format == null) {
                String[] header = Splits.onWhitespace(line.strip());
                if (header.length != 3 || !header[0].equals("#") || !header[1].equals(expectedFormat)) {
                    throw new InvalidDataException(source, i + 1,
                            "first line must be '# " + expectedFormat + " <version>', found '" + abbreviate(line) + "'");
                }
                try {
                    version = Integer.parseInt(header[2]);
                } catch (NumberFormatException e) {
                    throw new InvalidDataException(source, i + 1, "format version must be a whole number, found '" + header[2] + "'");
                }
                if (version < 1 || version > maxVersion) {
                    throw new InvalidDataException(source, i + 1, "unsupported " + expectedFormat + " version " + version
                            + ", this library reads versions 1 to " + maxVersion);
                }
                format = header[1];
                continue;
            }
            if (line.startsWith("#")) {
                String comment = line.substring(1).strip();
                if (comment.startsWith("locale:")) {
                    locale = comment.substring("locale:".length()).strip();
                }
                continue;
            }
            records.add(new Line(i + 1, line));
        }
        if (format == null) {
            throw new InvalidDataException(source, 0, "file is empty, expected a first line '# " + expectedFormat + " <version>'");
        }
        return new DataLines(source, format, version, locale, records);
    }

    /**
     * The index of the first char in {@code line} that a data file may not hold, or -1: C0 and C1 controls
     * other than TAB (NUL, ESC, DEL, ...), U+FEFF past the file's start, the bidirectional embeddings,
     * overrides and isolates U+202A..U+202E and U+2066..U+2069, the marks U+200E and U+200F, U+200B and
     * the line separators U+2028 and U+2029. The joiners U+200C and U+200D stay: emoji sequences use them.
     */
    static int invisibleCharAt(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F);
            boolean invisible = c == '\uFEFF' || c == '\u200B' || c == '\u200E' || c == '\u200F'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
            if (control || invisible) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A plain decimal number as data files write it: an optional {@code -}, ASCII digits, optionally a
     * {@code .} and more digits, optionally an exponent ({@code e} or {@code E}, a sign, digits), e.g.
     * {@code 1.5}, {@code -0.25}, {@code 2e-3}. Unlike {@link Double#parseDouble} it rejects hexadecimal
     * ({@code 0x1.8p1}), type suffixes ({@code 2.5f}, {@code 1e0d}), {@code NaN}, {@code Infinity},
     * a leading {@code +} or {@code .}, and surrounding spaces.
     *
     * @param text the field as written in the file
     * @return its value
     * @throws NumberFormatException if {@code text} is not such a number
     */
    public static double decimal(String text) {
        int i = 0;
        int length = text.length();
        if (i < length && text.charAt(i) == '-') {
            i++;
        }
        int digits = skipDigits(text, i);
        if (digits == i) {
            throw new NumberFormatException("not a decimal number");
        }
        i = digits;
        if (i < length && text.charAt(i) == '.') {
            int fraction = skipDigits(text, i + 1);
            if (fraction == i + 1) {
                throw new NumberFormatException("not a decimal number");
            }
            i = fraction;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponent = skipDigits(text, i);
            if (exponent == i) {
                throw new NumberFormatException("not a decimal number");
            }
            i = exponent;
        }
        if (i != length) {
            throw new NumberFormatException("not a decimal number");
        }
        return Double.parseDouble(text);
    }

    private static int skipDigits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static String abbreviate(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "..." : line;
    }

    /**
     * Convenience for tests and tools: the lines of an in-memory UTF-8 text.
     *
     * @param text the whole text, format line first
     * @param source the name used in error messages
     * @param expectedFormat the format name on the first line, e.g. {@code "empathy-lexicon"}
     * @param maxVersion the highest format version this reader understands
     * @return the text's lines
     */
    public static DataLines ofText(String text, String source, String expectedFormat, int maxVersion) {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source, expectedFormat, maxVersion);
    }
}
