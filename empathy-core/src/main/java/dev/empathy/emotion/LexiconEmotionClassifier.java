package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import dev.empathy.data.InputLimits;
import dev.empathy.data.InvalidDataException;
import dev.empathy.internal.text.TextAnalyzer;
import dev.empathy.situation.SituationDetector;
import dev.empathy.situation.SituationReading;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The built-in, explainable emotion classifier: lexicons and rules kept as data, with negation scope,
 * intensifiers and diminishers, contrast ("but", "however"), stretched words ("sooo"), capitals,
 * repeated punctuation, confusion questions, waiting-time and repeated-contact phrases, and sarcasm.
 *
 * <pre>{@code
 * EmotionClassifier classifier = LexiconEmotionClassifier.english();
 * EmotionReading reading = classifier.classify("Thanks for replying, but this is the third time I'm asking!");
 * reading.emotion();  // FRUSTRATION
 * reading.cues();     // "Thanks" (gratitude, before contrast), "third time" (frustration, after contrast)
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: build one and share it. Building loads and validates every
 * data file and fails with {@link InvalidDataException} (file, line, problem) on the first error; a
 * classifier is never built from a half-loaded file. Message text is never logged.
 *
 * <p>Data files, all UTF-8 with a format line first, under {@code /dev/empathy/emotion/en/}:
 * {@code lexicon.tsv} ({@code term<TAB>emotion<TAB>weight[<TAB>signal]}), {@code modifiers.tsv}
 * ({@code term<TAB>kind<TAB>value}), {@code parameters.tsv}, {@code token-classes.tsv} and
 * {@code function-words.tsv} (English function words, used for confidence only). The formats are
 * documented at the top of each file and in the README.
 */
public final class LexiconEmotionClassifier implements EmotionClassifier {

    private static final String DATA = "/dev/empathy/emotion/en/";

    private static final class Default {
        static final LexiconEmotionClassifier ENGLISH = builder().build();
    }

    private final Lexicon lexicon;
    private final LexiconEngine engine;
    private final SituationDetector situations;
    private final InputLimits limits;

    private LexiconEmotionClassifier(Lexicon lexicon, SituationEvidence evidence, SupportStructure structure,
                                     ComplaintStructure complaints, CalmStructure calm, SituationDetector situations, InputLimits limits) {
        this.lexicon = lexicon;
        this.engine = new LexiconEngine(lexicon, TextAnalyzer.english(), evidence, structure, complaints, calm);
        this.situations = situations;
        this.limits = limits;
    }

    /** {@return the shared classifier with the built-in English lexicon, loaded on first use} */
    public static LexiconEmotionClassifier english() {
        return Default.ENGLISH;
    }

    /** {@return a builder starting from the built-in English lexicon} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the number of lexicon entries (words, phrases, emoji, emoticons) in use} */
    public int size() {
        return lexicon.entryCount;
    }

    /** The loaded data, for the stage tests of this package. */
    Lexicon lexicon() {
        return lexicon;
    }

    /** {@return the detector that gives every reading its {@link EmotionReading#situation() situation}} */
    public SituationDetector situationDetector() {
        return situations;
    }

    /** {@return the input limits this classifier was built with} */
    public InputLimits limits() {
        return limits;
    }

    /**
     * Reads {@code message}. A message longer than {@link InputLimits#maxMessageLength()} is read up to
     * its last white space within the limit ({@link InputLimits#readablePart}); offsets are into the
     * whole message. Never throws but for a null message.
     */
    @Override
    public EmotionReading classify(String message) {
        Objects.requireNonNull(message, "message must not be null");
        String readable = InputLimits.readablePart(message, limits.maxMessageLength());
        if (situations == SituationDetector.none()) {
            return engine.read(readable, SituationReading.general());
        }
        TextAnalyzer.SharedTokens shared = TextAnalyzer.share(readable); // tokenised once for both readers
        try {
            SituationReading situation = situations.detect(readable); // the situation is evidence (SituationEvidence)
            return engine.read(readable, situation).withSituation(situation);
        } finally {
            shared.close();
        }
    }

    /**
     * Configures a {@link LexiconEmotionClassifier}. Not thread-safe; the classifier it builds is.
     *
     * <p>Defaults: the built-in English lexicon, modifiers and parameters; no extra lexicon; no term removed;
     * situations read by {@link SituationDetector#english()}; {@link InputLimits#defaults()}.
     */
    public static final class Builder {

        private boolean builtInLexicon = true;
        private final List<DataLines> extraLexicons = new ArrayList<>();
        private final Set<String> removedTerms = new HashSet<>();
        private SituationDetector situations;
        private InputLimits limits = InputLimits.defaults();

        private Builder() {
        }

        /**
         * Reads situations with {@code detector} instead of {@link SituationDetector#english()}.
         *
         * @param detector the situation detector; not null
         * @return this builder
         */
        public Builder situationDetector(SituationDetector detector) {
            situations = Objects.requireNonNull(detector, "detector must not be null");
            return this;
        }

        /**
         * Switches situation detection off: every reading's situation is {@link dev.empathy.situation.SituationReading#general()}.
         *
         * @return this builder
         */
        public Builder withoutSituations() {
            situations = SituationDetector.none();
            return this;
        }

        /**
         * Adds a lexicon file in the built-in format ({@code # empathy-lexicon 1} first). Its entries are
         * added to the built-in ones; an entry for a (term, emotion) already present replaces it, so a
         * vendor can re-weight a built-in term.
         *
         * @param file a UTF-8 lexicon file
         * @return this builder
         * @throws InvalidDataException if the file cannot be read, is not UTF-8 or has no format line
         */
        public Builder addLexicon(Path file) {
            extraLexicons.add(DataLines.read(Objects.requireNonNull(file, "file must not be null"), Lexicon.LEXICON_FORMAT, 1));
            return this;
        }

        /**
         * As {@link #addLexicon(Path)}, reading {@code in} now (the caller closes it); {@code name} appears in errors.
         *
         * @param in the file's UTF-8 bytes, read now
         * @param name the name used in error messages, e.g. the file name
         * @return this builder
         */
        public Builder addLexicon(InputStream in, String name) {
            extraLexicons.add(DataLines.read(in, name, Lexicon.LEXICON_FORMAT, 1));
            return this;
        }

        /**
         * The input limits: the longest message read in full ({@link InputLimits#maxMessageLength()}; past
         * it, only the text up to a word boundary is read) and the longest lexicon term accepted
         * ({@link InputLimits#maxTermLength()}). Default {@link InputLimits#defaults()}.
         *
         * @param limits the limits; not null
         * @return this builder
         */
        public Builder limits(InputLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits must not be null");
            return this;
        }

        /**
         * Starts from an empty lexicon instead of the built-in one (modifiers and parameters stay).
         *
         * @return this builder
         */
        public Builder withoutBuiltInLexicon() {
            builtInLexicon = false;
            return this;
        }

        /**
         * Switches off every entry for {@code term} (any emotion), e.g. a word that is neutral in your domain,
         * and every service-failure phrase that contains it as a word.
         *
         * @param term the term, as written in a lexicon file
         * @return this builder
         */
        public Builder removeTerm(String term) {
            Objects.requireNonNull(term, "term must not be null");
            removedTerms.add(term.strip().toLowerCase(Locale.ROOT));
            return this;
        }

        /**
         * Loads and validates all data and builds the classifier.
         *
         * @return the classifier, immutable and thread-safe
         * @throws InvalidDataException naming the file, line and problem of the first error
         */
        public LexiconEmotionClassifier build() {
            if (situations == null) {
                SituationPreload.begin(); // and so do the situation cues (start-up time, issue 17)
            }
            // the built-in entries alone: their indexes as the build grouped them, phrases made when first looked up
            CompactTables tables = builtInLexicon && extraLexicons.isEmpty() && removedTerms.isEmpty()
                    ? CompactLexiconFile.builtInTables() : null;
            Lexicon lexicon = tables != null
                    ? Lexicon.loadBuiltIn(tables, resource("parameters.tsv", Parameters.FORMAT),
                            resource("token-classes.tsv", TokenClasses.FORMAT), resource("function-words.tsv", Lexicon.WORDS_FORMAT),
                            resource("social-media.tsv", SocialText.FORMAT), limits.maxTermLength())
                    : Lexicon.load(CompactLexiconFile.builtIn(), builtInLexicon, extraLexicons,
                            resource("parameters.tsv", Parameters.FORMAT), resource("token-classes.tsv", TokenClasses.FORMAT),
                            resource("function-words.tsv", Lexicon.WORDS_FORMAT), resource("social-media.tsv", SocialText.FORMAT),
                            Set.copyOf(removedTerms), limits.maxTermLength());
            SituationEvidence evidence = SituationEvidence.load(resource("situation-evidence.tsv", SituationEvidence.FORMAT));
            SupportStructure structure = SupportStructure.load(resource("support-structure.tsv", SupportStructure.FORMAT));
            ComplaintStructure complaints = ComplaintStructure.load(resource("complaint-structure.tsv", ComplaintStructure.FORMAT));
            CalmStructure calm = CalmStructure.load(resource("calm-structure.tsv", CalmStructure.FORMAT));
            LexiconEmotionClassifier classifier = new LexiconEmotionClassifier(lexicon, evidence, structure, complaints, calm,
                    situations != null ? situations : SituationDetector.english(), limits);
            // Nothing is logged here: setting SLF4J up costs the first classification about 16 ms of CPU (issue 17).
            return classifier;
        }

        private static DataLines resource(String name, String format) {
            // beside compact-lexicon.bin (one class-loader look-up for all); concat, not +: no invokedynamic (issue 17)
            return DataLines.resource(CompactLexiconFile.open(name), DATA.concat(name), format, 1);
        }
    }

    /**
     * Builds {@link SituationDetector#english()} on a short-lived daemon thread while the caller parses the
     * lexicon; the caller's own call then waits for it (class initialisation is done once, under the JVM's
     * lock). A failure is left for the caller's call to report. A class, not a lambda: linking a lambda
     * costs start-up time.
     */
    private static final class SituationPreload extends Thread {

        private SituationPreload() {
            super("empathy-situation-cues-loader");
            setDaemon(true);
        }

        static void begin() {
            new SituationPreload().start();
        }

        @Override
        public void run() {
            try {
                SituationDetector.english();
            } catch (RuntimeException | Error ignored) {
                // the caller's SituationDetector.english() reports it
            }
        }
    }
}
