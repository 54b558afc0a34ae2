package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The three big data files of the lexicon engine ({@code lexicon.tsv}, {@code modifiers.tsv} and
 * {@code service-failures.tsv}) parsed, validated, tokenised and expanded: the tables {@link Lexicon#load}
 * builds its indexes from. The TSV files are the source; the build writes these tables to a compact
 * resource ({@link CompactLexiconFile}) that a fresh JVM reads in a few milliseconds instead of parsing
 * the TSV (start-up time, issue 17). Parsing the TSV and reading the compact resource give equal tables
 * ({@code CompactLexiconTest}). Immutable once built; the arrays are never handed out for writing.
 *
 * <p>Rows keep what {@link Lexicon#load} still checks at build time of a classifier: each entry's and
 * modifier's line and term length ({@link dev.empathy.data.InputLimits#maxTermLength()} is the caller's).
 */
final class CompactLexicon {

    /** The files these tables come from, in this order, under {@code /dev/empathy/emotion/en/}. */
    static final String[] SOURCES = {"lexicon.tsv", "modifiers.tsv", "service-failures.tsv"};

    /** Entries, in file order (no example lines). A symbol (emoji, emoticon) has null elements. */
    record Entries(String source, LexiconEntry[] entries, TermIndex.Element[][] elements, int[] lines, int[] termLengths) {
    }

    /** Modifiers and question openers, in file order. */
    record Modifiers(String source, Modifier[] modifiers, TermIndex.Element[][] elements, int[] lines, int[] termLengths) {
    }

    /** Service-failure phrases, families expanded, in file order, with their factors. */
    record Failures(String[] phrases, TermIndex.Element[][] elements, double[] factors) {
    }

    final Entries entries;
    final Modifiers modifiers;
    final Failures failures;

    CompactLexicon(Entries entries, Modifiers modifiers, Failures failures) {
        this.entries = entries;
        this.modifiers = modifiers;
        this.failures = failures;
    }

    /**
     * Parses and validates the three TSV files, as a classifier built without the compact resource does.
     * A bad line fails with its file, line and reason; no term-length limit is applied here.
     */
    static CompactLexicon parse(DataLines lexicon, DataLines modifiers, DataLines failures) {
        return new CompactLexicon(parseEntries(lexicon), parseModifiers(modifiers), ServiceFailures.parse(failures));
    }

    /**
     * The entries of one lexicon file; a repeated (term, emotion) is an error. {@code maxTermLength} is
     * checked line by line, before the rest of the line.
     */
    static Entries parseEntries(DataLines file) {
        return parseEntries(file, Integer.MAX_VALUE);
    }

    static Entries parseEntries(DataLines file, int maxTermLength) {
        List<LexiconEntry> entries = new ArrayList<>(file.records().size());
        List<TermIndex.Element[]> elements = new ArrayList<>(file.records().size());
        List<Integer> lines = new ArrayList<>(file.records().size());
        List<Integer> lengths = new ArrayList<>(file.records().size());
        Map<String, TermIndex.Element[]> byTerm = new HashMap<>(); // each term tokenised once
        Map<String, Integer> seenInFile = new HashMap<>();
        for (DataLines.Line line : file.records()) {
            if (Lexicon.isExample(file, line)) {
                continue;
            }
            int length = Lexicon.checkTermLength(file, line, maxTermLength);
            LexiconEntry entry = Lexicon.parseEntry(file, line, byTerm);
            String key = entry.term() + "\t" + (entry.emotion() == null ? "-" : entry.emotion().id());
            Integer first = seenInFile.putIfAbsent(key, line.number());
            if (first != null) {
                throw new InvalidDataException(file.source(), line.number(),
                        "duplicate entry for '" + entry.term() + "' (" + key.substring(key.indexOf('\t') + 1) + "), first on line " + first);
            }
            entries.add(entry);
            elements.add(byTerm.get(entry.term()));
            lines.add(line.number());
            lengths.add(length);
        }
        return new Entries(file.source(), entries.toArray(new LexiconEntry[0]), elements.toArray(new TermIndex.Element[0][]),
                ints(lines), ints(lengths));
    }

    static Modifiers parseModifiers(DataLines file) {
        List<Modifier> modifiers = new ArrayList<>();
        List<TermIndex.Element[]> elements = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (DataLines.Line line : file.records()) {
            if (Lexicon.isExample(file, line)) {
                continue;
            }
            int length = Lexicon.checkTermLength(file, line, Integer.MAX_VALUE);
            Modifier modifier = Lexicon.parseModifier(file, line);
            Integer first = seen.putIfAbsent(modifier.term() + "\t" + modifier.kind(), line.number());
            if (first != null) {
                throw new InvalidDataException(file.source(), line.number(),
                        "duplicate modifier '" + modifier.term() + "', first on line " + first);
            }
            modifiers.add(modifier);
            elements.add(TermParser.parse(modifier.term()));
            lines.add(line.number());
            lengths.add(length);
        }
        return new Modifiers(file.source(), modifiers.toArray(new Modifier[0]), elements.toArray(new TermIndex.Element[0][]),
                ints(lines), ints(lengths));
    }

    private static int[] ints(List<Integer> values) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
