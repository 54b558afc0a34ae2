package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import dev.empathy.emotion.TokenClasses.TokenClass;
import java.io.IOException;
import java.io.InputStream;
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
 * <p>Layout (little-endian, by columns): magic, version; a string pool (one UTF-8 text and the end offset
 * of each string in it); the sources (name, byte length, CRC-32); the distinct token elements; the distinct
 * element arrays; then the entry, modifier and failure tables, a column per field, each value a pool,
 * element-array or enum index (-1 for none) or a double. Not a public format: it changes with the library.
 */
final class CompactLexiconFile {

    static final String NAME = "compact-lexicon.bin";
    static final String DATA = "/dev/empathy/emotion/en/";
    static final int MAGIC = 0x454D4C58; // "EMLX"
    static final int VERSION = 1;

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
        return DataLines.resource(CompactLexiconFile.class, DATA + name, format, 1);
    }

    /** The compact resource, or null if it is missing or a TSV file has changed since it was written. */
    static CompactLexicon readResource() {
        byte[] bytes = bytes(DATA + NAME);
        return bytes == null ? null : read(bytes, new Resources());
    }

    /** Where the source files of a compact form are read, to check that it is still theirs. */
    interface Sources {
        /** {@return the bytes of the source file {@code name} (e.g. {@code lexicon.tsv}), or null if there is none} */
        byte[] bytes(String name);
    }

    /** The built-in resources. A class, not a lambda: linking a lambda costs start-up time. */
    private static final class Resources implements Sources {
        @Override
        public byte[] bytes(String name) {
            return CompactLexiconFile.bytes(DATA + name);
        }
    }

    /**
     * The tables of a compact form, or null if it is not one of this version or a source in {@code sources}
     * is missing or differs from the one it was written from (length and CRC-32).
     */
    static CompactLexicon read(byte[] bytes, Sources sources) {
        Columns in = new Columns(bytes);
        if (bytes.length < 8 || in.readInt() != MAGIC || in.readInt() != VERSION) {
            return null;
        }
        String[] pool = in.readPool();
        int[] sourceColumns = in.ints(in.readInt() * 3);
        for (int i = 0; i < sourceColumns.length; i += 3) {
            byte[] source = sources.bytes(pool[sourceColumns[i]]);
            if (source == null || source.length != sourceColumns[i + 1] || crc(source) != sourceColumns[i + 2]) {
                return null;
            }
        }
        return read(in, pool);
    }

    /**
     * Reads the columns. Each is one bulk copy (a memory copy in the JDK, not a loop of the interpreter),
     * and the loops below only index arrays: this runs once, cold, in a fresh JVM.
     */
    private static CompactLexicon read(Columns in, String[] pool) {
        TokenClass[] classes = TokenClass.values();
        int elementCount = in.readInt();
        int[] keys = in.ints(elementCount);
        int[] withoutApostrophes = in.ints(elementCount);
        byte[] flags = in.bytes(elementCount); // token class ordinal + 1 in the low 7 bits, punctuation in the top bit
        TermIndex.Element[] elements = new TermIndex.Element[elementCount];
        for (int i = 0; i < elementCount; i++) {
            int flag = flags[i];
            int tokenClass = (flag & 0x7F) - 1;
            elements[i] = new TermIndex.Element(string(pool, keys[i]), string(pool, withoutApostrophes[i]),
                    tokenClass < 0 ? null : classes[tokenClass], flag < 0);
        }
        int arrayCount = in.readInt();
        int[] ends = in.ints(arrayCount);
        int[] members = in.ints(arrayCount == 0 ? 0 : ends[arrayCount - 1]);
        TermIndex.Element[][] arrays = new TermIndex.Element[arrayCount][];
        int start = 0;
        for (int i = 0; i < arrayCount; i++) {
            TermIndex.Element[] array = new TermIndex.Element[ends[i] - start];
            for (int k = 0; k < array.length; k++) {
                array[k] = elements[members[start + k]];
            }
            arrays[i] = array;
            start = ends[i];
        }

        Emotion[] emotions = Emotion.values();
        SignalType[] signals = SignalType.values();
        String entrySource = pool[in.readInt()];
        int entryCount = in.readInt();
        int[] entryLines = in.ints(entryCount);
        int[] entryLengths = in.ints(entryCount);
        int[] entryTerms = in.ints(entryCount);
        int[] entryArrays = in.ints(entryCount);
        double[] weights = in.doubles(entryCount);
        byte[] entryEmotions = in.bytes(entryCount);
        byte[] entrySignals = in.bytes(entryCount);
        LexiconEntry[] entries = new LexiconEntry[entryCount];
        TermIndex.Element[][] entryElements = new TermIndex.Element[entryCount][];
        for (int i = 0; i < entryCount; i++) {
            int emotion = entryEmotions[i];
            int signal = entrySignals[i];
            entries[i] = new LexiconEntry(pool[entryTerms[i]], emotion < 0 ? null : emotions[emotion], weights[i],
                    signal < 0 ? null : signals[signal]);
            entryElements[i] = entryArrays[i] < 0 ? null : arrays[entryArrays[i]];
        }

        Modifier.Kind[] kinds = Modifier.Kind.values();
        String modifierSource = pool[in.readInt()];
        int modifierCount = in.readInt();
        int[] modifierLines = in.ints(modifierCount);
        int[] modifierLengths = in.ints(modifierCount);
        int[] modifierTerms = in.ints(modifierCount);
        int[] modifierArrays = in.ints(modifierCount);
        double[] values = in.doubles(modifierCount);
        byte[] modifierKinds = in.bytes(modifierCount);
        Modifier[] modifiers = new Modifier[modifierCount];
        TermIndex.Element[][] modifierElements = new TermIndex.Element[modifierCount][];
        for (int i = 0; i < modifierCount; i++) {
            modifiers[i] = new Modifier(pool[modifierTerms[i]], kinds[modifierKinds[i]], values[i]);
            modifierElements[i] = arrays[modifierArrays[i]];
        }

        int failureCount = in.readInt();
        int[] failureTexts = in.ints(failureCount);
        int[] failureArrays = in.ints(failureCount);
        double[] factors = in.doubles(failureCount);
        String[] phrases = new String[failureCount];
        TermIndex.Element[][] failureElements = new TermIndex.Element[failureCount][];
        for (int i = 0; i < failureCount; i++) {
            phrases[i] = pool[failureTexts[i]];
            failureElements[i] = arrays[failureArrays[i]];
        }
        return new CompactLexicon(
                new CompactLexicon.Entries(entrySource, entries, entryElements, entryLines, entryLengths),
                new CompactLexicon.Modifiers(modifierSource, modifiers, modifierElements, modifierLines, modifierLengths),
                new CompactLexicon.Failures(phrases, failureElements, factors));
    }

    private static String string(String[] pool, int index) {
        return index < 0 ? null : pool[index];
    }

    static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return (int) crc.getValue();
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = CompactLexiconFile.class.getResourceAsStream(resource)) {
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

        /**
         * The pool: ASCII strings cut from one ISO-8859-1 text (decoding it is an array copy), the few others
         * (emoji, curly quotes) from one UTF-8 text.
         */
        String[] readPool() {
            int count = readInt();
            String ascii = text(readInt(), StandardCharsets.ISO_8859_1);
            String other = text(readInt(), StandardCharsets.UTF_8);
            int[] ends = ints(count);
            byte[] inOther = bytes(count);
            String[] pool = new String[count];
            int asciiStart = 0;
            int otherStart = 0;
            for (int i = 0; i < count; i++) {
                if (inOther[i] == 0) {
                    pool[i] = ascii.substring(asciiStart, ends[i]);
                    asciiStart = ends[i];
                } else {
                    pool[i] = other.substring(otherStart, ends[i]);
                    otherStart = ends[i];
                }
            }
            return pool;
        }

        private String text(int length, java.nio.charset.Charset charset) {
            String text = new String(buffer.array(), buffer.position(), length, charset);
            buffer.position(buffer.position() + length);
            return text;
        }
    }
}
