package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.empathy.data.DataLines;
import dev.empathy.data.InputLimits;
import dev.empathy.data.InvalidDataException;
import dev.empathy.internal.text.TextAnalyzer;
import dev.empathy.internal.text.Token;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactLexiconTest {

    private static final String DATA = "/dev/empathy/emotion/en/";

    private static final String LEXICON = """
            # empathy-lexicon 1
            example\tanger\tI am furious.
            furious\tanger\t2.0
            fed up\tfrustration\t1.5
            for {number} {timeunit}\t-\t1.0\tlong-wait
            great, just great\tfrustration\t1.2\tsarcasm
            can’t believe\tanger\t0.8
            :(\tsadness\t1.0
            😡\tanger\t2.2
            """;
    private static final String MODIFIERS = """
            # empathy-modifiers 1
            not\tnegator\t1
            really\tintensifier\t1.5
            how do i\tquestion\t1.0
            """;
    private static final String FAILURES = """
            # empathy-service-failures 1
            set\t@cannot\tcan't|cannot
            failure\t@cannot log in
            failure\tstill no reply\t1.5
            example\t+\tI still have no reply.
            """;

    @Test
    void theBuiltInDataFilesAreReadFromBesideTheCompactFileWithTheBytesTheClassLoaderGives() throws IOException {
        for (String name : List.of("parameters.tsv", "token-classes.tsv", "function-words.tsv", "social-media.tsv",
                "situation-evidence.tsv", "support-structure.tsv", "complaint-structure.tsv", "calm-structure.tsv",
                "lexicon.tsv", "modifiers.tsv", "service-failures.tsv", CompactLexiconFile.NAME)) {
            URL byLoader = CompactLexiconFile.class.getResource(CompactLexiconFile.DATA + name);
            assertThat(CompactLexiconFile.url(name)).as(name).isEqualTo(byLoader);
            try (var beside = CompactLexiconFile.open(name); var loaded = byLoader.openStream()) {
                assertThat(beside.readAllBytes()).as(name).isEqualTo(loaded.readAllBytes());
            }
        }
        assertThat(CompactLexiconFile.open("no-such-file.tsv")).isNull();
    }

    @Test
    void theBuiltCompactFormHoldsWhatTheTsvFilesSay() {
        CompactLexicon compact = CompactLexiconFile.readResource();

        assertThat(compact).as("compact-lexicon.bin is built by process-classes and matches the TSV files").isNotNull();
        assertSameTables(compact, CompactLexicon.parse(resource("lexicon.tsv", Lexicon.LEXICON_FORMAT),
                resource("modifiers.tsv", Lexicon.MODIFIERS_FORMAT), resource("service-failures.tsv", ServiceFailures.FORMAT)));
    }

    @Test
    void writingAndReadingKeepsEveryFieldOfEveryTable() {
        CompactLexicon parsed = CompactLexicon.parse(lines(LEXICON, Lexicon.LEXICON_FORMAT), lines(MODIFIERS, Lexicon.MODIFIERS_FORMAT),
                lines(FAILURES, ServiceFailures.FORMAT));
        Map<String, byte[]> sources = sources();

        CompactLexicon read = CompactLexiconFile.read(write(parsed, sources), sources::get);

        assertThat(read).isNotNull();
        assertSameTables(read, parsed);
        assertThat(read.entries.entries()).extracting(LexiconEntry::term)
                .containsExactly("furious", "fed up", "for {number} {timeunit}", "great, just great", "can't believe", ":(", "😡");
        assertThat(read.entries.lines()).containsExactly(3, 4, 5, 6, 7, 8, 9);
        assertThat(read.entries.elements()[5]).as("a symbol has no elements").isNull();
        assertThat(read.failures.phrases()).containsExactly("can't log in", "cannot log in", "still no reply");
        assertThat(read.failures.factors()).containsExactly(1.0, 1.0, 1.5);
    }

    @Test
    void aCompactFormIsIgnoredWhenASourceFileChangedOrIsMissing() {
        CompactLexicon parsed = CompactLexicon.parse(lines(LEXICON, Lexicon.LEXICON_FORMAT), lines(MODIFIERS, Lexicon.MODIFIERS_FORMAT),
                lines(FAILURES, ServiceFailures.FORMAT));
        Map<String, byte[]> sources = sources();
        byte[] compact = write(parsed, sources);

        Map<String, byte[]> edited = new HashMap<>(sources);
        edited.put("lexicon.tsv", (LEXICON + "livid\tanger\t2.2\n").getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> sameLengthEdit = new HashMap<>(sources);
        sameLengthEdit.put("modifiers.tsv", MODIFIERS.replace("1.5", "1.7").getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> missing = new HashMap<>(sources);
        missing.remove("service-failures.tsv");

        assertThat(CompactLexiconFile.read(compact, edited::get)).isNull();
        assertThat(CompactLexiconFile.read(compact, sameLengthEdit::get)).isNull();
        assertThat(CompactLexiconFile.read(compact, missing::get)).isNull();
        assertThat(CompactLexiconFile.read("# empathy-lexicon 1\n".getBytes(StandardCharsets.UTF_8), sources::get)).isNull();
    }

    @Test
    void theGroupsTheBuildWroteIndexTheBuiltInLexiconAsGroupingItAtLoadDoes() {
        CompactTables tables = CompactLexiconFile.builtInTables();
        assertThat(tables).isNotNull();
        Lexicon grouped = Lexicon.loadBuiltIn(tables, resource("parameters.tsv", Parameters.FORMAT),
                resource("token-classes.tsv", TokenClasses.FORMAT), resource("function-words.tsv", Lexicon.WORDS_FORMAT),
                resource("social-media.tsv", SocialText.FORMAT), InputLimits.defaults().maxTermLength());
        Lexicon regrouped = Lexicon.load(tables.toCompactLexicon(), true, List.of(), resource("parameters.tsv", Parameters.FORMAT),
                resource("token-classes.tsv", TokenClasses.FORMAT), resource("function-words.tsv", Lexicon.WORDS_FORMAT),
                resource("social-media.tsv", SocialText.FORMAT), Set.of(), InputLimits.defaults().maxTermLength());

        assertThat(grouped.entryCount).isEqualTo(regrouped.entryCount);
        assertThat(grouped.symbolsByFirstChar).isEqualTo(regrouped.symbolsByFirstChar);
        assertThat(grouped.failures.size()).isEqualTo(regrouped.failures.size());
        CompactLexicon all = tables.toCompactLexicon();
        int looked = 0;
        for (LexiconEntry entry : all.entries.entries()) { // every phrase, and each with a word after it and before it
            for (String text : List.of(entry.term(), entry.term() + " today", "so " + entry.term())) {
                looked += assertSameMatches(grouped.words, regrouped.words, TextAnalyzer.tokens(text));
            }
        }
        for (String phrase : all.failures.phrases()) {
            looked += assertSameMatches(grouped.failures.patterns(), regrouped.failures.patterns(), TextAnalyzer.tokens(phrase + " again"));
        }
        assertThat(looked).as("look-ups that found a phrase").isGreaterThan(all.entries.entries().length);
    }

    @Test
    void theWrittenGroupsAreTheGroupsOfEveryPhraseWithElements() {
        CompactLexicon parsed = CompactLexicon.parse(lines(LEXICON, Lexicon.LEXICON_FORMAT), lines(MODIFIERS, Lexicon.MODIFIERS_FORMAT),
                lines(FAILURES, ServiceFailures.FORMAT));
        Map<String, byte[]> sources = sources();
        CompactTables tables = CompactLexiconFile.readTables(write(parsed, sources), sources::get);

        assertThat(tables).isNotNull();
        assertThat(groupKeys(tables, tables.words)).as("a symbol has no group; \"can't\" is also found as \"cant\"")
                .containsExactly("furious", "fed", "for", "great", "can't", "cant");
        assertThat(tables.words.classRows()).as("no phrase starts with a placeholder").isEmpty();
        assertThat(groupKeys(tables, tables.failures)).containsExactly("can't", "cant", "cannot", "still");
        assertThat(tables.failures.rows()).containsExactly(0, 0, 1, 2);
    }

    private static List<String> groupKeys(CompactTables tables, CompactTables.Index index) {
        return Arrays.stream(index.keys()).mapToObj(tables::string).toList();
    }

    /** Compares the longest match at every token; returns how many found one. */
    private static <T> int assertSameMatches(TermIndex<T> actual, TermIndex<T> expected, List<Token> tokens) {
        int found = 0;
        for (int i = 0; i < tokens.size(); i++) {
            TermIndex.Match<T> want = expected.longestAt(tokens, i);
            TermIndex.Match<T> got = actual.longestAt(tokens, i);
            if (want == null) {
                assertThat(got).as("no match at %d of %s", i, tokens).isNull();
                continue;
            }
            assertThat(got).as("a match at %d of %s", i, tokens).isNotNull();
            assertThat(got.length()).isEqualTo(want.length());
            assertThat(got.elongated()).isEqualTo(want.elongated());
            assertThat(got.values()).containsExactlyElementsOf(want.values());
            found++;
        }
        return found;
    }

    @Test
    void aSourceInAJarIsCheckedByTheJarsDirectoryAndOneInADirectoryByItsBytes(@TempDir Path dir) throws IOException {
        byte[] text = LEXICON.getBytes(StandardCharsets.UTF_8);
        Path jar = dir.resolve("data.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("en/lexicon.tsv"));
            out.write(text);
            out.closeEntry();
        }
        Path plain = Files.write(dir.resolve("lexicon.tsv"), text);
        int crc = CompactLexiconFile.crc(text);

        for (URL url : List.of(new URL("jar:" + jar.toUri() + "!/en/lexicon.tsv"), plain.toUri().toURL())) {
            assertThat(CompactLexiconFile.matches(url, text.length, crc)).as("%s unchanged", url).isTrue();
            assertThat(CompactLexiconFile.matches(url, text.length, crc + 1)).as("%s edited, same length", url).isFalse();
            assertThat(CompactLexiconFile.matches(url, text.length + 1, crc)).as("%s edited, longer", url).isFalse();
        }
        assertThat(CompactLexiconFile.matches(new URL("jar:" + jar.toUri() + "!/en/missing.tsv"), text.length, crc)).isFalse();
    }

    @Test
    void badDataFailsWhereTheCompactFormIsWrittenWithItsFileAndLine() {
        DataLines badWeight = lines(LEXICON + "livid\tanger\tlots\n", Lexicon.LEXICON_FORMAT);

        assertThatThrownBy(() -> CompactLexicon.parse(badWeight, lines(MODIFIERS, Lexicon.MODIFIERS_FORMAT), lines(FAILURES, ServiceFailures.FORMAT)))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("test-lexicon.tsv:10: weight 'lots' is not a number");
    }

    @Test
    void theTermLengthLimitStillAppliesToTheBuiltInEntries() {
        LexiconEmotionClassifier.Builder builder = LexiconEmotionClassifier.builder().limits(InputLimits.defaults().withMaxTermLength(12));

        assertThatThrownBy(builder::build)
                .isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith(DATA + "lexicon.tsv:")
                .hasMessageEndingWith("chars long, the most is 12");
    }

    private static void assertSameTables(CompactLexicon actual, CompactLexicon expected) {
        assertThat(actual.entries.source()).isEqualTo(expected.entries.source());
        assertThat(actual.entries.entries()).containsExactly(expected.entries.entries());
        assertThat(actual.entries.lines()).containsExactly(expected.entries.lines());
        assertThat(actual.entries.termLengths()).containsExactly(expected.entries.termLengths());
        assertSameElements(actual.entries.elements(), expected.entries.elements());
        assertThat(actual.modifiers.source()).isEqualTo(expected.modifiers.source());
        assertThat(actual.modifiers.modifiers()).containsExactly(expected.modifiers.modifiers());
        assertThat(actual.modifiers.lines()).containsExactly(expected.modifiers.lines());
        assertThat(actual.modifiers.termLengths()).containsExactly(expected.modifiers.termLengths());
        assertSameElements(actual.modifiers.elements(), expected.modifiers.elements());
        assertThat(actual.failures.phrases()).containsExactly(expected.failures.phrases());
        assertThat(actual.failures.factors()).containsExactly(expected.failures.factors());
        assertSameElements(actual.failures.elements(), expected.failures.elements());
    }

    private static void assertSameElements(TermIndex.Element[][] actual, TermIndex.Element[][] expected) {
        assertThat(actual.length).isEqualTo(expected.length);
        for (int i = 0; i < actual.length; i++) {
            assertThat(Arrays.equals(actual[i], expected[i])).as("elements of row %d: %s", i, Arrays.toString(expected[i])).isTrue();
        }
    }

    private static Map<String, byte[]> sources() {
        Map<String, byte[]> sources = new HashMap<>();
        sources.put("lexicon.tsv", LEXICON.getBytes(StandardCharsets.UTF_8));
        sources.put("modifiers.tsv", MODIFIERS.getBytes(StandardCharsets.UTF_8));
        sources.put("service-failures.tsv", FAILURES.getBytes(StandardCharsets.UTF_8));
        return sources;
    }

    private static byte[] write(CompactLexicon tables, Map<String, byte[]> sources) {
        byte[][] bytes = new byte[CompactLexicon.SOURCES.length][];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = sources.get(CompactLexicon.SOURCES[i]);
        }
        return CompactLexiconWriter.write(tables, bytes);
    }

    private static DataLines lines(String text, String format) {
        String name = format.equals(Lexicon.LEXICON_FORMAT) ? "test-lexicon.tsv" : format + ".tsv";
        return DataLines.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, format, 1);
    }

    private static DataLines resource(String name, String format) {
        return DataLines.resource(CompactLexiconTest.class, DATA + name, format, 1);
    }
}
