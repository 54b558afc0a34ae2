package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything the lexicon classifier reads from data: entries (words, phrases, emoji, emoticons),
 * modifiers, question openers, token classes and parameters. Immutable and thread-safe once loaded; a
 * failed load throws and leaves nothing half-built.
 */
final class Lexicon {

    static final String LEXICON_FORMAT = "empathy-lexicon";
    static final String MODIFIERS_FORMAT = "empathy-modifiers";
    static final String WORDS_FORMAT = "empathy-words";
    /** The first field of an example line in a lexicon or modifiers file. */
    static final String EXAMPLE = "example";

    /** An emoji or emoticon, matched on the raw text. */
    record Symbol(String text, boolean needsBoundary, List<LexiconEntry> entries) {
    }

    /** Longer symbols first (a stable sort keeps equally long ones in file order). A class, not a lambda: start-up time. */
    private static final Comparator<Symbol> LONGEST_SYMBOL_FIRST = new Comparator<>() {
        @Override
        public int compare(Symbol a, Symbol b) {
            return Integer.compare(b.text().length(), a.text().length());
        }
    };

    final TermIndex<LexiconEntry> words;
    final Map<Character, List<Symbol>> symbolsByFirstChar;
    final TermIndex<Modifier> modifiers;
    final TermIndex<Modifier> questions; // question, worry and hypothetical openers, read by stages
    final Set<String> functionWords; // e.g. [the, is, my, don't]: how English a message looks
    final Parameters parameters;
    final SocialText social;
    final ServiceFailures failures;
    /** Every index's first keys and the token classes, looked up once per token ({@link CueFinder}). */
    final Vocabulary vocabulary;
    final int entryCount;

    private Lexicon(TermIndex<LexiconEntry> words, Map<Character, List<Symbol>> symbolsByFirstChar,
                    TermIndex<Modifier> modifiers, TermIndex<Modifier> questions, Set<String> functionWords,
                    Parameters parameters, SocialText social, ServiceFailures failures, TokenClasses classes, int entryCount) {
        this.words = words;
        this.symbolsByFirstChar = symbolsByFirstChar;
        this.modifiers = modifiers;
        this.questions = questions;
        this.functionWords = functionWords;
        this.parameters = parameters;
        this.social = social;
        this.failures = failures;
        this.vocabulary = Vocabulary.of(classes, List.of(words, modifiers, questions, failures.patterns()));
        this.entryCount = entryCount;
    }

    /**
     * Builds a lexicon from the built-in tables ({@code data}: its entries only when {@code builtInEntries})
     * and {@code extraLexicons}. Later lexicon files override earlier ones for the same (term, emotion);
     * within one file a repeated (term, emotion) is an error. Terms in {@code removedTerms} (lower case)
     * are dropped; a term or modifier longer than {@code maxTermLength} fails with its file and line.
     */
    static Lexicon load(CompactLexicon data, boolean builtInEntries, List<DataLines> extraLexicons, DataLines parameterLines,
                        DataLines classLines, DataLines functionWordLines, DataLines socialLines,
                        Set<String> removedTerms, int maxTermLength) {
        return load(data, null, builtInEntries, extraLexicons, parameterLines, classLines, functionWordLines, socialLines,
                removedTerms, maxTermLength);
    }

    /**
     * The built-in lexicon alone, from the compact form's columns: the entries' and failures' indexes are the
     * groups the build wrote, and their phrases are made when first looked up (start-up time, issue 17). Equal to
     * {@link #load(CompactLexicon, boolean, List, DataLines, DataLines, DataLines, DataLines, Set, int)} of the
     * same tables with no extra lexicon and no term removed.
     */
    static Lexicon loadBuiltIn(CompactTables tables, DataLines parameterLines, DataLines classLines, DataLines functionWordLines,
                               DataLines socialLines, int maxTermLength) {
        return load(null, tables, true, List.of(), parameterLines, classLines, functionWordLines, socialLines, Set.of(), maxTermLength);
    }

    /** Exactly one of {@code data} and {@code tables} is given; {@code tables} only for the built-in entries alone, nothing removed. */
    private static Lexicon load(CompactLexicon data, CompactTables tables, boolean builtInEntries, List<DataLines> extraLexicons,
                                DataLines parameterLines, DataLines classLines, DataLines functionWordLines, DataLines socialLines,
                                Set<String> removedTerms, int maxTermLength) {
        TokenClasses classes = TokenClasses.load(classLines);
        Parameters parameters = Parameters.load(parameterLines);

        List<TermIndex.Term<LexiconEntry>> phrases = new ArrayList<>();
        Map<String, List<LexiconEntry>> symbols = new LinkedHashMap<>();
        int count;
        TermIndex<LexiconEntry> wordIndex = null;
        if (tables != null) {
            checkTermLengths(tables.entrySource, tables.entryLines, tables.entryLengths, maxTermLength);
            for (int row = 0; row < tables.entryCount(); row++) {
                if (tables.isSymbol(row)) {
                    add(tables.entry(row), null, removedTerms, phrases, symbols);
                }
            }
            count = tables.entryCount();
            wordIndex = TermIndex.ofGroups(tables.words, new CompactTables.WordRows(tables), classes);
            phrases = tables.wordPhrases(); // for the hashtag vocabulary, read on the first hashtag
        } else {
            count = addEntries(data, builtInEntries, extraLexicons, removedTerms, maxTermLength, phrases, symbols);
        }
        Map<Character, List<Symbol>> byFirstChar = new HashMap<>();
        for (Map.Entry<String, List<LexiconEntry>> symbol : symbols.entrySet()) {
            String text = symbol.getKey();
            List<Symbol> list = byFirstChar.get(text.charAt(0));
            if (list == null) {
                list = new ArrayList<>();
                byFirstChar.put(text.charAt(0), list);
            }
            list.add(new Symbol(text, isAscii(text), List.copyOf(symbol.getValue())));
        }
        for (Map.Entry<Character, List<Symbol>> first : byFirstChar.entrySet()) {
            List<Symbol> list = first.getValue();
            list.sort(LONGEST_SYMBOL_FIRST);
            first.setValue(List.copyOf(list));
        }

        CompactLexicon.Modifiers modifiers = tables != null ? tables.modifiers() : data.modifiers;
        checkTermLengths(modifiers.source(), modifiers.lines(), modifiers.termLengths(), maxTermLength);
        List<TermIndex.Term<Modifier>> modifierPhrases = new ArrayList<>();
        List<TermIndex.Term<Modifier>> questionPhrases = new ArrayList<>();
        for (int i = 0; i < modifiers.modifiers().length; i++) {
            Modifier modifier = modifiers.modifiers()[i];
            TermIndex.Term<Modifier> phrase = new TermIndex.Term<>(modifier.term(), modifiers.elements()[i], modifier);
            boolean opener = modifier.kind() == Modifier.Kind.QUESTION || modifier.kind() == Modifier.Kind.WORRY
                    || modifier.kind() == Modifier.Kind.HYPOTHETICAL;
            (opener ? questionPhrases : modifierPhrases).add(phrase);
        }
        Set<String> functionWords = new java.util.HashSet<>();
        for (DataLines.Line line : functionWordLines.records()) {
            String word = line.text().strip().toLowerCase(Locale.ROOT);
            if (word.isEmpty() || hasWhitespace(word)) {
                throw new InvalidDataException(functionWordLines.source(), line.number(), "expected one word, found '" + line.text() + "'");
            }
            functionWords.add(word);
        }
        Set<String> words = new java.util.HashSet<>(functionWords); // what hashtags may split into, with the phrases' words
        words.addAll(SocialText.expansionWords(socialLines));
        SocialText social = SocialText.load(socialLines, new HashtagSplitter(words, List.of(phrases, modifierPhrases)));
        ServiceFailures failures = tables != null ? ServiceFailures.of(tables, classes) : ServiceFailures.of(data.failures, classes, removedTerms);
        return new Lexicon(wordIndex != null ? wordIndex : TermIndex.of(phrases, classes), Map.copyOf(byFirstChar),
                TermIndex.of(modifierPhrases, classes), TermIndex.of(questionPhrases, classes),
                Set.copyOf(functionWords), parameters, social, failures, classes, count);
    }

    /** Adds the entries of the built-in tables (when {@code builtInEntries}) and of the extra lexicons; returns how many were added. */
    private static int addEntries(CompactLexicon data, boolean builtInEntries, List<DataLines> extraLexicons, Set<String> removedTerms,
                                  int maxTermLength, List<TermIndex.Term<LexiconEntry>> phrases, Map<String, List<LexiconEntry>> symbols) {
        List<CompactLexicon.Entries> files = new ArrayList<>(extraLexicons.size() + 1);
        if (builtInEntries) {
            CompactLexicon.Entries builtIn = data.entries;
            checkTermLengths(builtIn.source(), builtIn.lines(), builtIn.termLengths(), maxTermLength);
            files.add(builtIn);
        }
        for (DataLines file : extraLexicons) {
            files.add(CompactLexicon.parseEntries(file, maxTermLength));
        }
        int count = 0;
        if (files.size() == 1) { // the common case: one file has no (term, emotion) twice, so nothing to merge
            CompactLexicon.Entries file = files.get(0);
            for (int i = 0; i < file.entries().length; i++) {
                count += add(file.entries()[i], file.elements()[i], removedTerms, phrases, symbols);
            }
        } else {
            Map<String, LexiconEntry> merged = new LinkedHashMap<>();
            Map<String, TermIndex.Element[]> elements = new HashMap<>();
            for (CompactLexicon.Entries file : files) {
                for (int i = 0; i < file.entries().length; i++) {
                    LexiconEntry entry = file.entries()[i];
                    merged.put(entry.term() + "\t" + (entry.emotion() == null ? "-" : entry.emotion().id()), entry);
                    if (file.elements()[i] != null) {
                        elements.putIfAbsent(entry.term(), file.elements()[i]);
                    }
                }
            }
            for (LexiconEntry entry : merged.values()) {
                count += add(entry, elements.get(entry.term()), removedTerms, phrases, symbols);
            }
        }
        return count;
    }

    private static boolean hasWhitespace(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isWhitespace(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Adds one entry, unless removed, to the phrases (it has elements) or the symbols; returns 1 if added. */
    private static int add(LexiconEntry entry, TermIndex.Element[] elements, Set<String> removedTerms,
                           List<TermIndex.Term<LexiconEntry>> phrases, Map<String, List<LexiconEntry>> symbols) {
        if (removedTerms.contains(entry.term())) {
            return 0;
        }
        if (elements == null) {
            List<LexiconEntry> list = symbols.get(entry.term());
            if (list == null) {
                list = new ArrayList<>(1);
                symbols.put(entry.term(), list);
            }
            list.add(entry);
        } else {
            phrases.add(new TermIndex.Term<>(entry.term(), elements, entry));
        }
        return 1;
    }

    /** The first row whose term is longer than {@code max} fails, as {@link #checkTermLength} would have on reading it. */
    private static void checkTermLengths(String source, int[] lines, int[] lengths, int max) {
        for (int i = 0; i < lines.length; i++) {
            if (lengths[i] > max) {
                throw tooLong(source, lines[i], lengths[i], max);
            }
        }
    }

    /**
     * True for an {@code example<TAB>emotion<TAB>message} line (a lexicon or modifiers file's example, run by
     * {@code dev.empathy.verify.DataVerifier}, never an entry); a malformed one fails with its line.
     */
    static boolean isExample(DataLines file, DataLines.Line line) {
        String[] fields = line.fields();
        if (!fields[0].equals(EXAMPLE)) {
            return false;
        }
        if (fields.length != 3 || fields[2].isBlank()) {
            throw new InvalidDataException(file.source(), line.number(), "expected 'example<TAB>emotion<TAB>message'");
        }
        try {
            Emotion.fromId(fields[1]);
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(file.source(), line.number(), e.getMessage());
        }
        return true;
    }

    /** {@return the length of the line's term (its first field, stripped)}, failing past {@code max} chars */
    static int checkTermLength(DataLines file, DataLines.Line line, int max) {
        String text = line.text();
        int tab = text.indexOf('\t');
        int length = (tab < 0 ? text : text.substring(0, tab)).strip().length();
        if (length > max) {
            throw tooLong(file.source(), line.number(), length, max);
        }
        return length;
    }

    private static InvalidDataException tooLong(String source, int line, int length, int max) {
        return new InvalidDataException(source, line, "term is " + length + " chars long, the most is " + max);
    }

    static LexiconEntry parseEntry(DataLines file, DataLines.Line line, Map<String, TermIndex.Element[]> elements) {
        String[] fields = line.fields();
        if (fields.length < 3 || fields.length > 4) {
            throw new InvalidDataException(file.source(), line.number(),
                    "expected 3 or 4 TAB-separated fields (term, emotion, weight[, signal]), found " + fields.length);
        }
        String written = fields[0].strip().replace('\u2019', '\'');
        if (written.isEmpty()) {
            throw new InvalidDataException(file.source(), line.number(), "term is empty");
        }
        // emoticons keep their case (":D" is not ":d"); words and phrases match in lower case
        String term = isSymbol(written) ? written : written.toLowerCase(Locale.ROOT);
        if (!isSymbol(term) && elements.computeIfAbsent(term, TermParser::parse) == null) {
            throw new InvalidDataException(file.source(), line.number(), "term '" + term + "' has no token to match");
        }
        String emotionId = fields[1].strip();
        Emotion emotion = null;
        if (!emotionId.equals("-")) {
            try {
                emotion = Emotion.fromId(emotionId);
            } catch (IllegalArgumentException e) {
                throw new InvalidDataException(file.source(), line.number(), e.getMessage());
            }
            if (emotion == Emotion.NEUTRAL) {
                throw new InvalidDataException(file.source(), line.number(), "neutral is not a lexicon emotion; use '-' for a signal-only entry");
            }
        }
        double weight;
        try {
            weight = DataLines.decimal(fields[2].strip());
        } catch (NumberFormatException e) {
            throw new InvalidDataException(file.source(), line.number(), "weight '" + fields[2] + "' is not a number");
        }
        if (!(weight > 0 && weight <= 3)) {
            throw new InvalidDataException(file.source(), line.number(), "weight " + fields[2].strip() + " is outside (0, 3]");
        }
        SignalType signal = null;
        if (fields.length == 4 && !fields[3].isBlank()) {
            signal = signal(file, line, fields[3].strip());
        }
        if (emotion == null && signal == null) {
            throw new InvalidDataException(file.source(), line.number(), "an entry without an emotion ('-') must name a signal");
        }
        return new LexiconEntry(term, emotion, weight, signal);
    }

    private static SignalType signal(DataLines file, DataLines.Line line, String id) {
        for (SignalType type : SignalType.values()) {
            if (type.id().equals(id)) {
                return type;
            }
        }
        throw new InvalidDataException(file.source(), line.number(), "unknown signal '" + id
                + "', expected one of urgency, escalation-risk, sarcasm, repeated-contact, long-wait");
    }

    static Modifier parseModifier(DataLines file, DataLines.Line line) {
        String[] fields = line.fields();
        if (fields.length != 3) {
            throw new InvalidDataException(file.source(), line.number(), "expected 3 TAB-separated fields (term, kind, value), found " + fields.length);
        }
        String term = fields[0].strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (term.isEmpty() || TermParser.parse(term) == null) {
            throw new InvalidDataException(file.source(), line.number(), "term '" + fields[0] + "' has no token to match");
        }
        Modifier.Kind kind;
        try {
            kind = Modifier.Kind.valueOf(fields[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(file.source(), line.number(),
                    "unknown modifier kind '" + fields[1] + "', expected negator, intensifier, diminisher, contrast, question, worry, clause or hypothetical");
        }
        double value;
        try {
            value = DataLines.decimal(fields[2].strip());
        } catch (NumberFormatException e) {
            throw new InvalidDataException(file.source(), line.number(), "value '" + fields[2] + "' is not a number");
        }
        boolean valid = switch (kind) {
            case NEGATOR, CLAUSE -> true;
            case INTENSIFIER -> value >= 1 && value <= IntensityStage.MAX_INTENSIFIER;
            case DIMINISHER, CONTRAST, HYPOTHETICAL -> value > 0 && value <= 1;
            case QUESTION, WORRY -> value > 0 && value <= 3;
        };
        if (!valid) {
            throw new InvalidDataException(file.source(), line.number(), "value " + fields[2].strip() + " is out of range for a " + fields[1].strip());
        }
        return new Modifier(term, kind, value);
    }

    /** A term matched on raw text: one piece with a char that is not a letter, digit, apostrophe or hyphen (":(", "😡", "f***"). */
    static boolean isSymbol(String term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (Character.isWhitespace(c)) {
                return false;
            }
        }
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '\'' && c != '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
