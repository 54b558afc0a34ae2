package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The compact, generated form of {@link CompactLexicon}: {@code compact-lexicon.bin} beside the TSV files,
 * written by the build ({@link CompactLexiconWriter}, run by {@code exec-maven-plugin} in {@code process-classes}) and read
 * at start-up by {@link #builtIn()}. It records each source file's length and CRC-32: when a TSV file no
 * longer matches (edited without a build), the resource is ignored and the TSV parsed, so the TSV files
 * stay the source. Stateless and thread-safe.
 *
 * <p>Layout (little-endian, by columns): magic, version; a string pool (one ISO-8859-1 text for the ASCII strings,
 * one UTF-8 text for the others, and the start and end offset of each string in its text); the sources (name,
 * byte length, CRC-32); the distinct token elements; the distinct element arrays; the entry, modifier and
 * failure tables, a column per field, each value a pool, element-array or enum index (-1 for none) or a double;
 * then the groups of the entries' phrase index and of the failure index ({@link CompactTables.Index}), so that
 * a classifier does not group them again. Not a public format: it changes with the library.
 */
final class CompactLexiconFile {

    static final String NAME = "compact-lexicon.bin";
    static final String DATA = "/dev/empathy/emotion/en/";
    static final int MAGIC = 0x454D4C58; // "EMLX"
    static final int VERSION = 2;

    private CompactLexiconFile() {
    }

    /**
     * The built-in tables: read from the compact resource when it is there and matches the TSV files,
     * otherwise parsed from the TSV files.
     */
    static CompactLexicon builtIn() {
        CompactLexicon compact = readResource();
        if (compact != null) {
            return compact;
        }
        return CompactLexicon.parse(resource("lexicon.tsv", Lexicon.LEXICON_FORMAT), resource("modifiers.tsv", Lexicon.MODIFIERS_FORMAT),
                resource("service-failures.tsv", ServiceFailures.FORMAT));
    }

    private static DataLines resource(String name, String format) {
        return DataLines.resource(open(name), DATA.concat(name), format, 1);
    }

    /**
     * Opens the built-in data file {@code name} (e.g. {@code parameters.tsv}) of {@value #DATA}: beside
     * {@code compact-lexicon.bin}, in the same jar or directory, when the class loader finds that file, otherwise
     * (or when it is not there) through the class loader like any resource; null if it is missing. One class-loader
     * look-up serves every data file (start-up time, issue 17): on the class path each look-up first searches every
     * module of the JDK, which cost the first classification about 0.7 ms of CPU per file.
     */
    static InputStream open(String name) {
        URL url = url(name);
        if (url != null) {
            try {
                return url.openStream();
            } catch (IOException e) {
                // not beside the compact file: the class loader's answer
            }
        }
        return CompactLexiconFile.class.getResourceAsStream(DATA.concat(name));
    }

    /** The URL of the built-in data file {@code name} beside {@code compact-lexicon.bin}, or null if that is not found. */
    static URL url(String name) {
        URL compact = Home.COMPACT;
        if (compact == null) {
            return null;
        }
        try {
            return new URL(compact, name);
        } catch (MalformedURLException e) {
            return null;
        }
    }

    /** Where the class loader finds {@code compact-lexicon.bin}; looked up once. */
    private static final class Home {
        static final URL COMPACT = CompactLexiconFile.class.getResource(DATA.concat(NAME));
    }

    /** The compact resource, or null if it is missing or a TSV file has changed since it was written. */
    static CompactLexicon readResource() {
        CompactTables tables = builtInTables();
        return tables == null ? null : tables.toCompactLexicon();
    }

    /** The compact resource's columns, or null if it is missing or a TSV file has changed since it was written. */
    static CompactTables builtInTables() {
        byte[] bytes = bytes(NAME);
        return bytes == null ? null : readTables(bytes, new Resources());
    }

    /** Where the source files of a compact form are read, to check that it is still theirs. */
    interface Sources {
        /** {@return the bytes of the source file {@code name} (e.g. {@code lexicon.tsv}), or null if there is none} */
        byte[] bytes(String name);

        /** True if the source file {@code name} is there, {@code length} bytes long with CRC-32 {@code crc}. */
        default boolean matches(String name, int length, int crc) {
            byte[] source = bytes(name);
            return source != null && source.length == length && crc(source) == crc;
        }
    }

    /**
     * The built-in resources. A source found in a jar is checked against the length and CRC-32 that the jar's
     * directory records for it (the same CRC-32 of the same bytes), so it is not inflated and read only to be
     * checked (start-up time, issue 17); one found elsewhere (a directory, as in an IDE) is read. A class, not
     * a lambda: linking a lambda costs start-up time.
     */
    private static final class Resources implements Sources {
        @Override
        public byte[] bytes(String name) {
            return CompactLexiconFile.bytes(name);
        }

        @Override
        public boolean matches(String name, int length, int crc) {
            URL url = url(name);
            if (url == null) {
                url = CompactLexiconFile.class.getResource(DATA.concat(name));
            }
            return url != null && CompactLexiconFile.matches(url, length, crc);
        }
    }

    /**
     * True if the resource at {@code url} is {@code length} bytes long with CRC-32 {@code crc}: for an entry of a
     * jar, as the jar's directory records them (nothing is inflated); otherwise by reading it.
     */
    static boolean matches(URL url, int length, int crc) {
        try {
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                java.util.jar.JarEntry entry = jar.getJarEntry(); // from the jar's cached directory
                if (entry != null && entry.getSize() >= 0 && entry.getCrc() >= 0) {
                    return entry.getSize() == length && (int) entry.getCrc() == crc;
                }
            }
            byte[] source;
            try (InputStream in = connection.getInputStream()) {
                source = in.readAllBytes();
            }
            return source.length == length && crc(source) == crc;
        } catch (IOException e) {
            return false; // the TSV path reports an unreadable file with its reason
        }
    }

    /**
     * The tables of a compact form, or null if it is not one of this version or a source in {@code sources}
     * is missing or differs from the one it was written from (length and CRC-32).
     */
    static CompactLexicon read(byte[] bytes, Sources sources) {
        CompactTables tables = readTables(bytes, sources);
        return tables == null ? null : tables.toCompactLexicon();
    }

    /** As {@link #read}, the columns only: strings and objects are made when first asked for ({@link CompactTables}). */
    static CompactTables readTables(byte[] bytes, Sources sources) {
        Columns in = new Columns(bytes);
        if (bytes.length < 8 || in.readInt() != MAGIC || in.readInt() != VERSION) {
            return null;
        }
        int count = in.readInt();
        String ascii = in.text(in.readInt(), StandardCharsets.ISO_8859_1);
        String other = in.text(in.readInt(), StandardCharsets.UTF_8);
        int[] starts = in.ints(count);
        int[] ends = in.ints(count);
        byte[] inOther = in.bytes(count);
        int[] sourceColumns = in.ints(in.readInt() * 3);
        for (int i = 0; i < sourceColumns.length; i += 3) {
            String name = string(ascii, other, starts, ends, inOther, sourceColumns[i]);
            if (!sources.matches(name, sourceColumns[i + 1], sourceColumns[i + 2])) {
                return null;
            }
        }
        return readColumns(in, ascii, other, starts, ends, inOther);
    }

    /**
     * Reads the columns, each one bulk copy (a memory copy in the JDK, not a loop of the interpreter); only the
     * few modifiers are made into objects now.
     */
    private static CompactTables readColumns(Columns in, String ascii, String other, int[] starts, int[] ends, byte[] inOther) {
        int elementCount = in.readInt();
        int[] keys = in.ints(elementCount);
        int[] withoutApostrophes = in.ints(elementCount);
        byte[] flags = in.bytes(elementCount); // token class ordinal + 1 in the low 7 bits, punctuation in the top bit
        int arrayCount = in.readInt();
        int[] arrayEnds = in.ints(arrayCount);
        int[] members = in.ints(arrayCount == 0 ? 0 : arrayEnds[arrayCount - 1]);

        String entrySource = string(ascii, other, starts, ends, inOther, in.readInt());
        int entryCount = in.readInt();
        int[] entryLines = in.ints(entryCount);
        int[] entryLengths = in.ints(entryCount);
        int[] entryTerms = in.ints(entryCount);
        int[] entryArrays = in.ints(entryCount);
        double[] weights = in.doubles(entryCount);
        byte[] entryEmotions = in.bytes(entryCount);
        byte[] entrySignals = in.bytes(entryCount);

        String modifierSource = string(ascii, other, starts, ends, inOther, in.readInt());
        int modifierCount = in.readInt();
        int[] modifierLines = in.ints(modifierCount);
        int[] modifierLengths = in.ints(modifierCount);
        int[] modifierTerms = in.ints(modifierCount);
        int[] modifierArrays = in.ints(modifierCount);
        double[] values = in.doubles(modifierCount);
        byte[] modifierKinds = in.bytes(modifierCount);

        int failureCount = in.readInt();
        int[] failureTexts = in.ints(failureCount);
        int[] failureArrays = in.ints(failureCount);
        double[] factors = in.doubles(failureCount);
        CompactTables.Index words = readIndex(in);
        CompactTables.Index failures = readIndex(in);

        CompactTables tables = new CompactTables(ascii, other, starts, ends, inOther, keys, withoutApostrophes, flags, arrayEnds, members,
                entrySource, entryLines, entryLengths, entryTerms, entryArrays, weights, entryEmotions, entrySignals, null,
                failureTexts, failureArrays, factors, words, failures);
        // the few modifiers (every message looks them up) are made now
        Modifier.Kind[] kinds = Modifier.Kind.values();
        Modifier[] modifiers = new Modifier[modifierCount];
        TermIndex.Element[][] modifierElements = new TermIndex.Element[modifierCount][];
        for (int i = 0; i < modifierCount; i++) {
            modifiers[i] = new Modifier(tables.string(modifierTerms[i]), kinds[modifierKinds[i]], values[i]);
            modifierElements[i] = tables.array(modifierArrays[i]);
        }
        return tables.withModifiers(new CompactLexicon.Modifiers(modifierSource, modifiers, modifierElements, modifierLines, modifierLengths));
    }

    private static CompactTables.Index readIndex(Columns in) {
        int groups = in.readInt();
        int[] keys = in.ints(groups);
        int[] ends = in.ints(groups);
        int[] rows = in.ints(groups == 0 ? 0 : ends[groups - 1]);
        int[] classRows = in.ints(in.readInt());
        return new CompactTables.Index(keys, ends, rows, classRows);
    }

    private static String string(String ascii, String other, int[] starts, int[] ends, byte[] inOther, int index) {
        return index < 0 ? null : (inOther[index] == 0 ? ascii : other).substring(starts[index], ends[index]);
    }

    static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return (int) crc.getValue();
    }

    /** The bytes of the built-in data file {@code name} ({@link #open}), or null if it is missing or unreadable. */
    private static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null; // the TSV path reports an unreadable file with its reason
        }
    }

    /** Reads little-endian columns (x86 and ARM order, so a bulk read is a plain memory copy). */
    private static final class Columns {
        private final ByteBuffer buffer;

        Columns(byte[] bytes) {
            this.buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        }

        int readInt() {
            return buffer.getInt();
        }

        int[] ints(int count) {
            int[] out = new int[count];
            buffer.asIntBuffer().get(out);
            buffer.position(buffer.position() + 4 * count);
            return out;
        }

        double[] doubles(int count) {
            double[] out = new double[count];
            buffer.asDoubleBuffer().get(out);
            buffer.position(buffer.position() + 8 * count);
            return out;
        }

        byte[] bytes(int count) {
            byte[] out = new byte[count];
            buffer.get(out);
            return out;
        }

        String text(int length, java.nio.charset.Charset charset) {
            String text = new String(buffer.array(), buffer.position(), length, charset);
            buffer.position(buffer.position() + length);
            return text;
        }
    }
}
