package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link CompactLexiconFile}'s resource at build time: parses and validates the TSV files with the
 * same code a classifier uses without the resource, then writes the tables by columns. Not thread-safe
 * (one instance of its helpers per file written); never used at run time.
 */
final class CompactLexiconWriter {

    private CompactLexiconWriter() {
    }

    /**
     * Writes the compact form of the TSV files in {@code args[0]} (a directory such as
     * {@code target/classes/dev/empathy/emotion/en}) into that directory. Bad data fails the build with its
     * file, line and reason.
     *
     * @param args the directory
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        DataLines lexicon = DataLines.read(dir.resolve("lexicon.tsv"), Lexicon.LEXICON_FORMAT, 1);
        DataLines modifiers = DataLines.read(dir.resolve("modifiers.tsv"), Lexicon.MODIFIERS_FORMAT, 1);
        DataLines failures = DataLines.read(dir.resolve("service-failures.tsv"), ServiceFailures.FORMAT, 1);
        CompactLexicon data = CompactLexicon.parse(rename(lexicon), rename(modifiers), rename(failures));
        byte[][] sources = new byte[CompactLexicon.SOURCES.length][];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = Files.readAllBytes(dir.resolve(CompactLexicon.SOURCES[i]));
        }
        Files.write(dir.resolve(CompactLexiconFile.NAME), write(data, sources));
    }

    /** The lines under the resource name a classifier reports in errors (the build reads them from a directory). */
    private static DataLines rename(DataLines lines) {
        String name = lines.source().substring(lines.source().lastIndexOf(java.io.File.separatorChar) + 1);
        return new DataLines(CompactLexiconFile.DATA + name, lines.format(), lines.version(), lines.locale(), lines.records());
    }

    /** The compact form of {@code data}; {@code sources} are the bytes of {@link CompactLexicon#SOURCES}, in order. */
    static byte[] write(CompactLexicon data, byte[][] sources) {
        Pool pool = new Pool();
        CompactLexicon.Entries entries = data.entries;
        CompactLexicon.Modifiers modifiers = data.modifiers;
        CompactLexicon.Failures failures = data.failures;
        int[] entryTerms = new int[entries.entries().length];
        int[] entryArrays = new int[entryTerms.length];
        double[] weights = new double[entryTerms.length];
        byte[] entryEmotions = new byte[entryTerms.length];
        byte[] entrySignals = new byte[entryTerms.length];
        for (int i = 0; i < entryTerms.length; i++) {
            LexiconEntry entry = entries.entries()[i];
            entryTerms[i] = pool.string(entry.term());
            entryArrays[i] = pool.array(entries.elements()[i]);
            weights[i] = entry.weight();
            entryEmotions[i] = (byte) (entry.emotion() == null ? -1 : entry.emotion().ordinal());
            entrySignals[i] = (byte) (entry.signal() == null ? -1 : entry.signal().ordinal());
        }
        int[] modifierTerms = new int[modifiers.modifiers().length];
        int[] modifierArrays = new int[modifierTerms.length];
        double[] values = new double[modifierTerms.length];
        byte[] modifierKinds = new byte[modifierTerms.length];
        for (int i = 0; i < modifierTerms.length; i++) {
            Modifier modifier = modifiers.modifiers()[i];
            modifierTerms[i] = pool.string(modifier.term());
            modifierArrays[i] = pool.array(modifiers.elements()[i]);
            values[i] = modifier.value();
            modifierKinds[i] = (byte) modifier.kind().ordinal();
        }
        int[] failureTexts = new int[failures.phrases().length];
        int[] failureArrays = new int[failureTexts.length];
        for (int i = 0; i < failureTexts.length; i++) {
            failureTexts[i] = pool.string(failures.phrases()[i]);
            failureArrays[i] = pool.array(failures.elements()[i]);
        }
        int[] sourceColumns = new int[sources.length * 3];
        for (int i = 0; i < sources.length; i++) {
            sourceColumns[3 * i] = pool.string(CompactLexicon.SOURCES[i]);
            sourceColumns[3 * i + 1] = sources[i].length;
            sourceColumns[3 * i + 2] = CompactLexiconFile.crc(sources[i]);
        }
        int entrySource = pool.string(entries.source());
        int modifierSource = pool.string(modifiers.source());
        int[][] wordIndex = index(entries.elements(), pool);
        int[][] failureIndex = index(failures.elements(), pool);

        Output out = new Output();
        out.ints(CompactLexiconFile.MAGIC, CompactLexiconFile.VERSION);
        pool.writeStrings(out);
        out.ints(sources.length);
        out.ints(sourceColumns);
        pool.writeElements(out);
        out.ints(entrySource, entryTerms.length);
        out.ints(entries.lines());
        out.ints(entries.termLengths());
        out.ints(entryTerms);
        out.ints(entryArrays);
        out.doubles(weights);
        out.bytes(entryEmotions);
        out.bytes(entrySignals);
        out.ints(modifierSource, modifierTerms.length);
        out.ints(modifiers.lines());
        out.ints(modifiers.termLengths());
        out.ints(modifierTerms);
        out.ints(modifierArrays);
        out.doubles(values);
        out.bytes(modifierKinds);
        out.ints(failureTexts.length);
        out.ints(failureTexts);
        out.ints(failureArrays);
        out.doubles(failures.factors());
        writeIndex(out, wordIndex);
        writeIndex(out, failureIndex);
        return out.toByteArray();
    }

    /**
     * The groups {@link TermIndex#of} forms from the rows with elements (symbols have none), in the same order:
     * {keys, ends, rows, classRows} ({@link CompactTables.Index}). Keys are added to the pool.
     */
    private static int[][] index(TermIndex.Element[][] elements, Pool pool) {
        Map<String, List<Integer>> groups = new java.util.LinkedHashMap<>();
        List<Integer> classRows = new ArrayList<>();
        for (int row = 0; row < elements.length; row++) {
            if (elements[row] == null) {
                continue;
            }
            TermIndex.Element first = elements[row][0];
            if (first.tokenClass() != null) {
                classRows.add(row);
                continue;
            }
            groups.computeIfAbsent(first.key(), key -> new ArrayList<>()).add(row);
            if (first.keyWithoutApostrophes() != null) {
                groups.computeIfAbsent(first.keyWithoutApostrophes(), key -> new ArrayList<>()).add(row);
            }
        }
        int[] keys = new int[groups.size()];
        int[] ends = new int[groups.size()];
        List<Integer> rows = new ArrayList<>();
        int g = 0;
        for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
            keys[g] = pool.string(group.getKey());
            rows.addAll(group.getValue());
            ends[g++] = rows.size();
        }
        return new int[][] {keys, ends, toInts(rows), toInts(classRows)};
    }

    private static void writeIndex(Output out, int[][] index) {
        out.ints(index[0].length);
        out.ints(index[0]);
        out.ints(index[1]);
        out.ints(index[2]);
        out.ints(index[3].length);
        out.ints(index[3]);
    }

    private static int[] toInts(List<Integer> values) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    /** Writes little-endian columns. */
    private static final class Output {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        void ints(int... values) {
            ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
            buffer.asIntBuffer().put(values);
            bytes.writeBytes(buffer.array());
        }

        void doubles(double[] values) {
            ByteBuffer buffer = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
            buffer.asDoubleBuffer().put(values);
            bytes.writeBytes(buffer.array());
        }

        void bytes(byte[] values) {
            bytes.writeBytes(values);
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }

    /** Collects the string pool, the distinct elements and the distinct element arrays. */
    private static final class Pool {
        private final Map<String, Integer> strings = new HashMap<>();
        private final List<String> texts = new ArrayList<>();
        private final Map<TermIndex.Element, Integer> elements = new HashMap<>();
        private final List<TermIndex.Element> elementList = new ArrayList<>();
        private final Map<TermIndex.Element[], Integer> arrays = new IdentityHashMap<>();
        private final List<TermIndex.Element[]> arrayList = new ArrayList<>();

        int string(String text) {
            if (text == null) {
                return -1;
            }
            Integer index = strings.get(text);
            if (index == null) {
                index = texts.size();
                strings.put(text, index);
                texts.add(text);
            }
            return index;
        }

        int array(TermIndex.Element[] array) {
            if (array == null) {
                return -1;
            }
            Integer index = arrays.get(array);
            if (index != null) {
                return index;
            }
            arrays.put(array, arrayList.size());
            arrayList.add(array);
            for (TermIndex.Element element : array) {
                if (!elements.containsKey(element)) {
                    elements.put(element, elementList.size());
                    elementList.add(element);
                    string(element.key());
                    string(element.keyWithoutApostrophes());
                }
            }
            return arrayList.size() - 1;
        }

        void writeStrings(Output out) {
            StringBuilder ascii = new StringBuilder();
            StringBuilder other = new StringBuilder();
            int[] starts = new int[texts.size()];
            int[] ends = new int[texts.size()];
            byte[] inOther = new byte[ends.length];
            for (int i = 0; i < ends.length; i++) {
                String text = texts.get(i);
                boolean isAscii = text.chars().allMatch(c -> c < 0x80);
                StringBuilder into = isAscii ? ascii : other;
                starts[i] = into.length();
                into.append(text);
                ends[i] = into.length();
                inOther[i] = (byte) (isAscii ? 0 : 1);
            }
            byte[] asciiBytes = ascii.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] otherBytes = other.toString().getBytes(StandardCharsets.UTF_8);
            out.ints(ends.length, asciiBytes.length);
            out.bytes(asciiBytes);
            out.ints(otherBytes.length);
            out.bytes(otherBytes);
            out.ints(starts);
            out.ints(ends);
            out.bytes(inOther);
        }

        void writeElements(Output out) {
            int count = elementList.size();
            int[] keys = new int[count];
            int[] withoutApostrophes = new int[count];
            byte[] flags = new byte[count];
            for (int i = 0; i < count; i++) {
                TermIndex.Element element = elementList.get(i);
                keys[i] = string(element.key());
                withoutApostrophes[i] = string(element.keyWithoutApostrophes());
                int tokenClass = element.tokenClass() == null ? 0 : element.tokenClass().ordinal() + 1;
                flags[i] = (byte) (tokenClass | (element.punctuation() ? 0x80 : 0));
            }
            out.ints(count);
            out.ints(keys);
            out.ints(withoutApostrophes);
            out.bytes(flags);
            int[] ends = new int[arrayList.size()];
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < ends.length; i++) {
                for (TermIndex.Element element : arrayList.get(i)) {
                    members.add(elements.get(element));
                }
                ends[i] = members.size();
            }
            out.ints(ends.length);
            out.ints(ends);
            int[] memberArray = new int[members.size()];
            for (int i = 0; i < memberArray.length; i++) {
                memberArray[i] = members.get(i);
            }
            out.ints(memberArray);
        }
    }
}
