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

    final TermIndex<LexiconEntry> words;
    final Map<Character, List<Symbol>> symbolsByFirstChar;
    final TermIndex<Modifier> modifiers;
    final TermIndex<Modifier> questions; // question, worry and hypothetical openers, read by stages
    final Set<String> functionWords; // e.g. [the, is, my, don't]: how English a message looks
    final Parameters parameters;
    final SocialText social;
    final ServiceFailures failures;
    final int entryCount;

    private Lexicon(TermIndex<LexiconEntry> words, Map<Character, List<Symbol>> symbolsByFirstChar,
                    TermIndex<Modifier> modifiers, TermIndex<Modifier> questions, Set<String> functionWords,
                    Parameters parameters, SocialText social, ServiceFailures failures, int entryCount) {
        this.words = words;
        this.symbolsByFirstChar = symbolsByFirstChar;
        this.modifiers = modifiers;
        this.questions = questions;
        this.functionWords = functionWords;
        this.parameters = parameters;
        this.social = social;
        this.failures = failures;
        this.entryCount = entryCount;
    }

    /**
     * Loads a lexicon. Later lexicon files override earlier ones for the same (term, emotion); within one
     * file a repeated (term, emotion) is an error. Terms in {@code removedTerms} (lower case) are dropped.
     */
    static Lexicon load(List<DataLines> lexiconFiles, DataLines modifierLines, DataLines parameterLines,
                        DataLines classLines, DataLines functionWordLines, DataLines socialLines,
                        DataLines failureLines, Set<String> removedTerms, int maxTermLength) {
        TokenClasses classes = TokenClasses.load(classLines);
        Parameters parameters = Parameters.load(parameterLines);

        Map<String, LexiconEntry> merged = new LinkedHashMap<>();
        Map<String, TermIndex.Element[]> elements = new HashMap<>(); // each term tokenised once
        for (DataLines file : lexiconFiles) {
            Map<String, Integer> seenInFile = new HashMap<>();
            for (DataLines.Line line : file.records()) {
                if (isExample(file, line)) {
                    continue;
                }
                checkTermLength(file, line, maxTermLength);
                LexiconEntry entry = parseEntry(file, line, elements);
                String key = entry.term() + "\t" + (entry.emotion() == null ? "-" : entry.emotion().id());
                Integer first = seenInFile.putIfAbsent(key, line.number());
                if (first != null) {
                    throw new InvalidDataException(file.source(), line.number(),
                            "duplicate entry for '" + entry.term() + "' (" + key.substring(key.indexOf('\t') + 1) + "), first on line " + first);
                }
                merged.put(key, entry);
            }
        }

        List<TermIndex.Term<LexiconEntry>> phrases = new ArrayList<>();
        Map<String, List<LexiconEntry>> symbols = new LinkedHashMap<>();
        int count = 0;
        for (LexiconEntry entry : merged.values()) {
            if (removedTerms.contains(entry.term())) {
                continue;
            }
            count++;
            if (isSymbol(entry.term())) {
                symbols.computeIfAbsent(entry.term(), t -> new ArrayList<>()).add(entry);
            } else {
                phrases.add(new TermIndex.Term<>(entry.term(), elements.get(entry.term()), entry));
            }
        }
        Map<Character, List<Symbol>> byFirstChar = new HashMap<>();
        symbols.forEach((text, entries) -> byFirstChar
                .computeIfAbsent(text.charAt(0), c -> new ArrayList<>())
                .add(new Symbol(text, isAscii(text), List.copyOf(entries))));
        byFirstChar.replaceAll((c, list) -> {
            list.sort(Comparator.comparingInt((Symbol s) -> s.text().length()).reversed());
            return List.copyOf(list);
        });

        List<TermIndex.Term<Modifier>> modifierPhrases = new ArrayList<>();
        List<TermIndex.Term<Modifier>> questionPhrases = new ArrayList<>();
        Map<String, Integer> seenModifiers = new HashMap<>();
        for (DataLines.Line line : modifierLines.records()) {
            if (isExample(modifierLines, line)) {
                continue;
            }
            checkTermLength(modifierLines, line, maxTermLength);
            Modifier modifier = parseModifier(modifierLines, line);
            Integer first = seenModifiers.putIfAbsent(modifier.term() + "\t" + modifier.kind(), line.number());
            if (first != null) {
                throw new InvalidDataException(modifierLines.source(), line.number(),
                        "duplicate modifier '" + modifier.term() + "', first on line " + first);
            }
            TermIndex.Term<Modifier> phrase = new TermIndex.Term<>(modifier.term(), TermParser.parse(modifier.term()), modifier);
            boolean opener = modifier.kind() == Modifier.Kind.QUESTION || modifier.kind() == Modifier.Kind.WORRY
                    || modifier.kind() == Modifier.Kind.HYPOTHETICAL;
            (opener ? questionPhrases : modifierPhrases).add(phrase);
        }
        Set<String> functionWords = new java.util.HashSet<>();
        for (DataLines.Line line : functionWordLines.records()) {
            String word = line.text().strip().toLowerCase(Locale.ROOT);
            if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
                throw new InvalidDataException(functionWordLines.source(), line.number(), "expected one word, found '" + line.text() + "'");
            }
            functionWords.add(word);
        }
        Set<String> vocabulary = new java.util.HashSet<>(functionWords); // what hashtags may split into
        for (TermIndex.Term<LexiconEntry> phrase : phrases) {
            addWords(phrase.elements(), vocabulary);
        }
        for (TermIndex.Term<Modifier> phrase : modifierPhrases) {
            addWords(phrase.elements(), vocabulary);
        }
        vocabulary.addAll(SocialText.expansionWords(socialLines));
        SocialText social = SocialText.load(socialLines, new HashtagSplitter(vocabulary));
        ServiceFailures failures = ServiceFailures.load(failureLines, classes, removedTerms);
        return new Lexicon(TermIndex.of(phrases, classes), Map.copyOf(byFirstChar),
                TermIndex.of(modifierPhrases, classes), TermIndex.of(questionPhrases, classes),
                Set.copyOf(functionWords), parameters, social, failures, count);
    }

    private static void addWords(TermIndex.Element[] elements, Set<String> vocabulary) {
        for (TermIndex.Element element : elements) {
            if (element.key() != null && !element.punctuation()) {
                vocabulary.add(element.key());
            }
        }
    }

    /** A term (the first field) longer than {@code max} chars fails: see {@code InputLimits.maxTermLength}. */
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

    private static void checkTermLength(DataLines file, DataLines.Line line, int max) {
        String text = line.text();
        int tab = text.indexOf('\t');
        int length = (tab < 0 ? text : text.substring(0, tab)).strip().length();
        if (length > max) {
            throw new InvalidDataException(file.source(), line.number(), "term is " + length + " chars long, the most is " + max);
        }
    }

    private static LexiconEntry parseEntry(DataLines file, DataLines.Line line, Map<String, TermIndex.Element[]> elements) {
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

    private static Modifier parseModifier(DataLines file, DataLines.Line line) {
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
