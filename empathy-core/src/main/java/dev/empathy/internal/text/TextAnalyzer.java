package dev.empathy.internal.text;

import dev.empathy.data.InvalidDataException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences (OpenNLP's sentence detector with the English UD model, applied to each
 * line separately so that line breaks always end a sentence) and tokens (OpenNLP's
 * {@code SimpleTokenizer}, re-implemented in {@link SimpleSpans}, with contractions such as "don ' t" merged back into one token).
 *
 * <p>Thread-safe: the model is shared; each thread gets its own detector, because OpenNLP's
 * {@code SentenceDetectorME} is not thread-safe. Time is linear in the text length.
 */
public final class TextAnalyzer {

    /**
     * The sentence model shipped at the root of {@code org.apache.opennlp:opennlp-models-sentdetect-en}. Read
     * through the class loader: a root resource of another jar is visible that way on the class path and on
     * the module path alike ({@code Class.getResourceAsStream} in a named module searches that module only).
     */
    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    /** Sentence detection is skipped past this many chars in one line; the line is cut at punctuation instead. */
    private static final int MAX_DETECTOR_LINE = 20_000;

    /** The manifest entry of an OpenNLP model file, and the factory whose two properties are read from it. */
    private static final String MANIFEST = "manifest.properties";
    private static final String SENTENCE_FACTORY = "opennlp.tools.sentdetect.SentenceDetectorFactory";

    private static volatile TextAnalyzer english;

    /** The per-thread detectors, made with the model when a line first needs one; null until then. */
    private volatile Detectors detectors;
    private final Object modelLock = new Object();
    /** The chars the detector considers as sentence ends ({@code . ! ?} for the English model); null if unknown. */
    private final char[] sentenceEnds;
    /** True if the model breaks a sentence after the token holding its end char, not right after the char. */
    private final boolean useTokenEnd;

    /** {@code asciiEnd[c]}: ASCII char {@code c} is one of {@link #sentenceEnds}. */
    private final boolean[] asciiEnd = new boolean[128];
    /** True if a sentence-end char is outside ASCII (then non-ASCII chars are checked against the list). */
    private final boolean otherEnds;

    private TextAnalyzer(SentenceModel model) {
        this(model.getFactory() != null ? model.getFactory().getEOSCharacters() : model.getEosCharacters(),
                model.getFactory() != null ? model.getFactory().isUseTokenEnd() : model.useTokenEnd());
        this.detectors = new Detectors(model);
    }

    /** An analyzer whose model is loaded when a line first needs the detector ({@link #needsDetector}). */
    private TextAnalyzer(char[] sentenceEnds, boolean useTokenEnd) {
        this.sentenceEnds = sentenceEnds;
        this.useTokenEnd = useTokenEnd;
        boolean other = false;
        if (sentenceEnds != null) {
            for (char end : sentenceEnds) {
                if (end < 128) {
                    asciiEnd[end] = true;
                } else {
                    other = true;
                }
            }
        }
        this.otherEnds = other;
    }

    /** One detector per thread. A class, not a lambda: linking a lambda costs start-up time. */
    private static final class Detectors extends ThreadLocal<SentenceDetectorME> {
        private final SentenceModel model;

        Detectors(SentenceModel model) {
            this.model = model;
        }

        @Override
        protected SentenceDetectorME initialValue() {
            return new SentenceDetectorME(model);
        }
    }

    /**
     * The shared English analyzer. Its first call reads only the sentence model's manifest (the two properties
     * the detector's {@code SentenceDetectorFactory} takes from it: the sentence-end chars and whether a break
     * falls at a token's end), so that lines whose answer is known without the detector ({@link #needsDetector})
     * are read before the model is; the model itself (OpenNLP's reader, with the logging and number-format set-up
     * it triggers) is loaded when a line first needs the detector (start-up time, issue 17). A missing model fails
     * here, with the same clear error as before; a model whose manifest does not hold both properties is loaded
     * now. A failed load is not cached: the next call tries again and throws the same clear error.
     */
    public static TextAnalyzer english() {
        TextAnalyzer analyzer = english;
        if (analyzer == null) {
            synchronized (TextAnalyzer.class) {
                analyzer = english;
                if (analyzer == null) {
                    analyzer = loadEnglish();
                    english = analyzer;
                }
            }
        }
        return analyzer;
    }

    /**
     * A new English analyzer, not the shared one (for tests): from the model's manifest when it holds both
     * properties, the model itself then loaded when first needed; otherwise from the model, loaded now.
     */
    static TextAnalyzer loadEnglish() {
        Properties manifest = readManifest();
        String ends = manifest.getProperty("eosCharacters");
        String tokenEnd = manifest.getProperty("useTokenEnd");
        return SENTENCE_FACTORY.equals(manifest.getProperty("factory")) && ends != null && tokenEnd != null
                ? new TextAnalyzer(ends.toCharArray(), Boolean.parseBoolean(tokenEnd)) // as SentenceDetectorFactory reads them
                : new TextAnalyzer(loadModel());
    }

    /** An analyzer over {@code model}, loaded now (for tests). */
    static TextAnalyzer of(SentenceModel model) {
        return new TextAnalyzer(model);
    }

    /** The detector of this thread, loading the shared model if no line has needed one yet. */
    private SentenceDetectorME detector() {
        Detectors loaded = detectors;
        if (loaded == null) {
            synchronized (modelLock) {
                loaded = detectors;
                if (loaded == null) {
                    loaded = new Detectors(loadModel());
                    detectors = loaded;
                }
            }
        }
        return loaded.get();
    }

    /** True once the sentence model is loaded (for tests of the lazy load). */
    boolean modelLoaded() {
        return detectors != null;
    }

    /** The sentence-end chars the detector uses, a copy (for tests). */
    char[] sentenceEnds() {
        return sentenceEnds == null ? null : sentenceEnds.clone();
    }

    /** Whether the detector breaks at the end of the token holding a sentence-end char (for tests). */
    boolean useTokenEnd() {
        return useTokenEnd;
    }

    static SentenceModel loadModel() {
        try (InputStream in = modelStream()) {
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new InvalidDataException(SENTENCE_MODEL, 0, "cannot load OpenNLP sentence model: " + e.getMessage(), e);
        }
    }

    /** The model file's {@code manifest.properties}, read from the model's zip without loading the model. */
    static Properties readManifest() {
        try (InputStream in = modelStream(); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(MANIFEST)) {
                    Properties manifest = new Properties();
                    manifest.load(zip);
                    return manifest;
                }
            }
            return new Properties(); // no manifest: english() loads the model, which reports it
        } catch (IOException e) {
            throw new InvalidDataException(SENTENCE_MODEL, 0, "cannot load OpenNLP sentence model: " + e.getMessage(), e);
        }
    }

    private static InputStream modelStream() {
        InputStream in = TextAnalyzer.class.getClassLoader().getResourceAsStream(SENTENCE_MODEL);
        if (in == null) {
            throw new InvalidDataException(SENTENCE_MODEL, 0,
                    "OpenNLP sentence model not found on the class path (org.apache.opennlp:opennlp-models-sentdetect-en)");
        }
        return in;
    }

    /**
     * The sentences of {@code text}, each with its tokens; blank stretches produce no sentence. The text is
     * tokenised once, whole ({@link #tokens(String)}, shared with other readers of it while a
     * {@link #share} scope is open); each sentence takes the tokens inside it, which are exactly those that
     * tokenising the sentence alone gives ({@link TokenCursor}).
     */
    public List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        SharedTokens shared = SHARED.get(); // read once, not by chars(text) and tokens(text) each (speed, issue 16)
        char[] chars;
        List<Token> tokens;
        if (shared != null && shared.text == text) {
            chars = shared.chars();
            tokens = shared.tokens();
        } else {
            chars = text.toCharArray();
            tokens = tokens(text, chars, 0, chars.length);
        }
        TokenCursor cursor = new TokenCursor(text, chars, tokens);
        int lineStart = 0;
        int length = chars.length;
        while (lineStart < length) {
            int lineEnd = lineEnd(chars, lineStart);
            addLine(text, chars, lineStart, lineEnd, cursor, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    /**
     * The index of the first {@code \n} or {@code \r} at or after {@code from}, or the text's length. Its own
     * small method, so that the JIT compiles this loop alone rather than the whole of {@link #sentences}.
     */
    private static int lineEnd(char[] chars, int from) {
        int length = chars.length;
        int i = from;
        while (i < length) {
            char c = chars[i];
            if (c == '\n' || c == '\r') {
                return i;
            }
            i++;
        }
        return length;
    }

    private void addLine(String text, char[] chars, int start, int end, TokenCursor cursor, List<Sentence> out) {
        if (isBlank(chars, start, end)) {
            return;
        }
        if (end - start > MAX_DETECTOR_LINE) {
            addLongLine(text, chars, start, end, cursor, out);
            return;
        }
        if (!needsDetector(chars, start, end)) {
            addWholeLine(text, chars, start, end, cursor, out);
            return;
        }
        String line = text.substring(start, end);
        Span[] spans = detector().sentPosDetect(line);
        int covered = 0;
        for (Span span : spans) {
            int sentenceStart = start + span.getStart();
            int sentenceEnd = start + span.getEnd();
            if (span.getStart() > covered) {
                addSentence(text, chars, start + covered, sentenceStart, cursor, out); // text the detector skipped
            }
            addSentence(text, chars, sentenceStart, sentenceEnd, cursor, out);
            covered = span.getEnd();
        }
        if (covered < line.length()) {
            addSentence(text, chars, start + covered, end, cursor, out);
        }
    }

    /**
     * {@link #addLine} for a line the detector is not asked about: the sentences its answer ({@link #wholeLine}, one
     * span or none) gives, without making the line's string or the span.
     */
    private static void addWholeLine(String text, char[] chars, int start, int end, TokenCursor cursor, List<Sentence> out) {
        int sentenceStart = start;
        int sentenceEnd = end;
        while (sentenceStart < sentenceEnd && SimpleSpans.isWhitespace(chars[sentenceStart])) {
            sentenceStart++;
        }
        while (sentenceEnd > sentenceStart && SimpleSpans.isWhitespace(chars[sentenceEnd - 1])) {
            sentenceEnd--;
        }
        int covered = start;
        if (sentenceEnd > sentenceStart) {
            if (sentenceStart > start) {
                addSentence(text, chars, start, sentenceStart, cursor, out);
            }
            addSentence(text, chars, sentenceStart, sentenceEnd, cursor, out);
            covered = sentenceEnd;
        }
        if (covered < end) {
            addSentence(text, chars, covered, end, cursor, out);
        }
    }

    /**
     * False when the detector's answer for {@code line} is known without asking it: the trimmed line
     * ({@link #wholeLine}). That is so when the line has no sentence-end char, and, for a model that breaks at
     * the end of the token holding the sentence-end char ({@code useTokenEnd}, as the English model does),
     * when every sentence-end char is in the line's last white-space-separated token ("Where is my parcel?",
     * "It broke again..."): a break there falls at the end of the line, so each of the detector's choices
     * gives the one trimmed sentence. About a third of customer messages are such single sentences.
     */
    boolean needsDetector(String line) {
        return needsDetector(line.toCharArray(), 0, line.length());
    }

    /** {@link #needsDetector(String)} of the line {@code chars[start, end)}. */
    private boolean needsDetector(char[] chars, int start, int end) {
        if (sentenceEnds == null) {
            return true;
        }
        int first = -1;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c < 128 ? asciiEnd[c] : otherEnds && isOtherEnd(c)) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return false;
        }
        return !useTokenEnd || first < lastTokenStart(chars, start, end);
    }

    private boolean isOtherEnd(char c) {
        for (char end : sentenceEnds) {
            if (end == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the last run of non-white-space chars of the line {@code chars[start, end)} starts, by OpenNLP's test of
     * white space ({@link SimpleSpans#isWhitespace}); {@code start} if none.
     */
    private static int lastTokenStart(char[] chars, int start, int end) {
        int i = end;
        while (i > start && SimpleSpans.isWhitespace(chars[i - 1])) {
            i--;
        }
        while (i > start && !SimpleSpans.isWhitespace(chars[i - 1])) {
            i--;
        }
        return i;
    }

    /**
     * What the detector returns for a line without sentence-end chars (it has no position to decide on):
     * the line without the white space at either end, by OpenNLP's own test of white space ({@link SimpleSpans#isWhitespace}).
     */
    static Span[] wholeLine(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && SimpleSpans.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && SimpleSpans.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return end > start ? new Span[] {new Span(start, end)} : new Span[0];
    }

    /**
     * Very long lines: cut after sentence punctuation, keeping time linear and memory bounded. A stretch
     * of {@value #MAX_DETECTOR_LINE} chars without such punctuation is cut at its last whitespace, so no
     * word is split; a single word that long is cut between code points, never inside a surrogate pair.
     */
    private void addLongLine(String text, char[] chars, int start, int end, TokenCursor cursor, List<Sentence> out) {
        int sentenceStart = start;
        int lastSpace = -1; // the last whitespace char in [sentenceStart, i)
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean cut = (c == '.' || c == '!' || c == '?') && (i + 1 == end || Character.isWhitespace(text.charAt(i + 1)));
            if (cut) {
                addSentence(text, chars, sentenceStart, i + 1, cursor, out);
                sentenceStart = i + 1;
            } else if (i - sentenceStart >= MAX_DETECTOR_LINE) {
                int cutAt = lastSpace > sentenceStart ? lastSpace
                        : Character.isLowSurrogate(c) && Character.isHighSurrogate(text.charAt(i - 1)) ? i - 1 : i;
                addSentence(text, chars, sentenceStart, cutAt, cursor, out);
                sentenceStart = cutAt;
            }
            if (Character.isWhitespace(c)) {
                lastSpace = i;
            }
        }
        if (sentenceStart < end) {
            addSentence(text, chars, sentenceStart, end, cursor, out);
        }
    }

    private static void addSentence(String text, char[] chars, int start, int end, TokenCursor cursor, List<Sentence> out) {
        while (start < end && isWhitespace(chars[start])) {
            start++;
        }
        while (end > start && isWhitespace(chars[end - 1])) {
            end--;
        }
        if (start < end) {
            out.add(new Sentence(start, end, cursor.take(start, end)));
        }
    }

    /**
     * Hands the whole text's tokens to its sentences, in order. The tokens inside {@code [start, end)} are
     * exactly those of {@code tokens(text, start, end)} when no token of the whole text crosses
     * {@code start} or {@code end}: the tokenizer's state at a token boundary does not depend on what came
     * before it, and a merge ("don" "'" "t") that would reach past {@code end} makes a crossing token. When
     * one crosses (a sentence break inside a word, or a very long line cut mid-word), the sentence is
     * tokenised on its own as before. Sentences must be taken in text order.
     */
    private static final class TokenCursor {
        private final String text;
        private final char[] chars;
        private final List<Token> tokens;
        private int next; // the first token not yet taken
        private int reached; // the furthest end of the tokens taken

        TokenCursor(String text, char[] chars, List<Token> tokens) {
            this.text = text;
            this.chars = chars;
            this.tokens = tokens;
        }

        List<Token> take(int start, int end) {
            int first = next;
            boolean inside = reached <= start;
            while (next < tokens.size() && tokens.get(next).start() < end) {
                Token token = tokens.get(next);
                inside &= token.start() >= start;
                reached = Math.max(reached, token.end());
                next++;
            }
            inside &= reached <= end;
            return inside ? tokens.subList(first, next) : tokens(text, chars, start, end);
        }
    }

    /**
     * {@link Character#isWhitespace(char)}, by a table for Latin-1 chars (speed, issue 16: an array read, not
     * {@code Character}'s look-ups); the tokenizer's and the situation reader's test of white space.
     */
    public static boolean isWhitespace(char c) {
        return c < 256 ? LATIN1_SPACE[c] : Character.isWhitespace(c);
    }

    private static final boolean[] LATIN1_SPACE = new boolean[256];

    static {
        for (char c = 0; c < 256; c++) {
            LATIN1_SPACE[c] = Character.isWhitespace(c);
        }
    }

    private static boolean isBlank(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isWhitespace(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The tokens of the whole of {@code text}, without sentence detection. Inside a {@link #share} scope
     * for this very string on this thread, the tokens are computed once and every call returns the same
     * unmodifiable list; otherwise a new list.
     */
    public static List<Token> tokens(String text) {
        SharedTokens shared = SHARED.get();
        if (shared != null && shared.text == text) {
            return shared.tokens();
        }
        return tokens(text, text.toCharArray(), 0, text.length());
    }

    /**
     * The chars of {@code text} ({@link String#toCharArray}). Inside a {@link #share} scope for this very string on
     * this thread, the same array every call, which the caller must not change; otherwise a new array.
     */
    public static char[] chars(String text) {
        SharedTokens shared = SHARED.get();
        return shared != null && shared.text == text ? shared.chars() : text.toCharArray();
    }

    private static final ThreadLocal<SharedTokens> SHARED = new ThreadLocal<>();

    /**
     * Opens a scope on the calling thread in which {@link #tokens(String)} and {@link #sentences} tokenise
     * {@code text} (this very instance) once between them: a classifier that reads the situation and then
     * the emotion of one message tokenises it once. Close it on the same thread (try-with-resources);
     * scopes nest. Nothing outlives the scope.
     */
    public static SharedTokens share(String text) {
        SharedTokens scope = new SharedTokens(text, SHARED.get());
        SHARED.set(scope);
        return scope;
    }

    /** A {@link #share} scope: one text's tokens, shared on one thread until closed. Not thread-safe. */
    public static final class SharedTokens implements AutoCloseable {
        private final String text;
        private final SharedTokens outer;
        private List<Token> tokens;
        private char[] chars;

        private SharedTokens(String text, SharedTokens outer) {
            this.text = text;
            this.outer = outer;
        }

        private char[] chars() {
            if (chars == null) {
                chars = text.toCharArray();
            }
            return chars;
        }

        private List<Token> tokens() {
            if (tokens == null) {
                tokens = Collections.unmodifiableList(TextAnalyzer.tokens(text, chars(), 0, text.length()));
            }
            return tokens;
        }

        @Override
        public void close() {
            if (outer == null) {
                SHARED.remove();
            } else {
                SHARED.set(outer);
            }
        }
    }

    /** The tokens of {@code text[start, end)}, with offsets into {@code text}. */
    public static List<Token> tokens(String text, int start, int end) {
        return tokens(text, chars(text), start, end);
    }

    /**
     * The tokens of {@code text[start, end)}; {@code chars} are the text's chars. Each span's kind is read once, in
     * one place ({@link #kinds}), so that the JIT inlines {@link #kindOf} once rather than at each of the merge's
     * reads (speed, issue 16); an ASCII token's key, caps and stretch flags come from one pass over its chars
     * ({@link #asciiToken}), the rest from the general code ({@link #anyToken}).
     */
    private static List<Token> tokens(String text, char[] chars, int start, int end) {
        int[] spans = SimpleSpans.of(chars, start, end); // SimpleTokenizer's spans, without a Span per token
        int count = spans[0];
        Token.Kind[] kinds = kinds(chars, spans, count);
        List<Token> tokens = new ArrayList<>(count);
        int i = 0;
        while (i < count) {
            int tokenStart = spans[2 * i + 1];
            int tokenEnd = spans[2 * i + 2];
            Token.Kind kind = kinds[i];
            int next = i + 1;
            if (kind == Token.Kind.WORD) {
                // merge "don" "'" "t", "3" "rd", "mp" "3": adjacent word pieces and inner apostrophes
                while (next < count) {
                    int nextStart = spans[2 * next + 1];
                    if (nextStart != tokenEnd) {
                        break;
                    }
                    int nextEnd = spans[2 * next + 2];
                    if (kinds[next] == Token.Kind.WORD) {
                        tokenEnd = nextEnd;
                        next++;
                    } else if (nextEnd - nextStart == 1 && isApostrophe(chars[nextStart]) && next + 1 < count
                            && spans[2 * next + 3] == nextEnd && kinds[next + 1] == Token.Kind.WORD) {
                        tokenEnd = spans[2 * next + 4];
                        next += 2;
                    } else {
                        break;
                    }
                }
            }
            tokens.add(asciiToken(text, chars, tokenStart, tokenEnd, kind));
            i = next;
        }
        return tokens;
    }

    /** The kind of each of the {@code count} spans {@code spans} holds ({@link SimpleSpans#of}), by {@link #kindOf}. */
    private static Token.Kind[] kinds(char[] chars, int[] spans, int count) {
        Token.Kind[] kinds = new Token.Kind[count];
        for (int k = 0; k < count; k++) {
            kinds[k] = kindOf(chars, spans[2 * k + 1], spans[2 * k + 2]);
        }
        return kinds;
    }

    /** The kind of a token starting with each ASCII char, by {@link #kindOfAny}: one array read in the common case. */
    private static final Token.Kind[] ASCII_KINDS = new Token.Kind[128];

    static {
        char[] one = new char[1];
        for (char c = 0; c < 128; c++) {
            one[0] = c;
            ASCII_KINDS[c] = kindOfAny(one, 0, 1);
        }
    }

    /**
     * The kind of the token {@code chars[start, end)}, by its first char (or code point): {@link #kindOfAny} read from
     * a table for ASCII and for the other chars of the basic plane but high surrogates, each 256-char page made when a
     * token first starts with one of its chars (speed, issue 16: array reads where the JIT inlined {@code Character}'s
     * look-ups for curly quotes and dashes).
     */
    private static Token.Kind kindOf(char[] chars, int start, int end) {
        char c = chars[start];
        if (c < 128) {
            return ASCII_KINDS[c];
        }
        if (Character.isHighSurrogate(c)) {
            return kindOfAny(chars, start, end); // the code point's kind
        }
        KindPage page = KIND_PAGES[c >>> 8];
        if (page == null) {
            page = kindPage(c >>> 8);
        }
        return page.kinds[c & 0xFF];
    }

    /** The pages of {@link #kindOf}'s table by number ({@code c >>> 8}), each null until first needed. */
    private static final KindPage[] KIND_PAGES = new KindPage[256];

    /**
     * {@link #kindOfAny} of a token starting with each char of one 256-char page (a char that is not a high surrogate
     * alone decides it). Filled in the constructor and read through a final field, so a thread that sees the page sees
     * it filled; a race makes an equal page twice.
     */
    private static final class KindPage {
        final Token.Kind[] kinds = new Token.Kind[256];

        KindPage(int number) {
            char[] one = new char[1];
            for (int k = 0; k < 256; k++) {
                one[0] = (char) (number << 8 | k);
                kinds[k] = kindOfAny(one, 0, 1);
            }
        }
    }

    private static KindPage kindPage(int number) {
        KindPage page = new KindPage(number);
        KIND_PAGES[number] = page;
        return page;
    }

    private static Token.Kind kindOfAny(char[] chars, int start, int end) {
        char c = chars[start];
        if (Character.isLetterOrDigit(c)) {
            return Token.Kind.WORD;
        }
        if (Character.isHighSurrogate(c) && start + 1 < end && Character.isLetter(Character.codePointAt(chars, start))) {
            return Token.Kind.WORD;
        }
        int type = Character.getType(c);
        boolean punctuation = type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
        return punctuation ? Token.Kind.PUNCTUATION : Token.Kind.OTHER;
    }

    /**
     * The token {@code chars[start, end)}. If all its chars are ASCII or typographic apostrophes, in one
     * pass, its key (lower case: only A-Z change; the apostrophes become {@code '}), whether it is all caps (at least two letters, all upper case) and stretched (a run of three
     * equal letters in the key), as {@link #anyToken} finds them; otherwise {@link #anyToken}'s token.
     */
    private static Token asciiToken(String text, char[] chars, int start, int end, Token.Kind kind) {
        int letters = 0;
        int upper = 0;
        boolean stretched = false;
        char before = 0; // the lower-case chars one and two before
        char beforeThat = 0;
        boolean apostrophes = false; // a typographic apostrophe, '\'' in the key
        boolean straightApostrophes = false;
        boolean controls = false; // a space, control char or DEL: left to the general fold
        for (int i = start; i < end; i++) {
            char c = chars[i];
            char lower = c;
            if (c == '\'') {
                straightApostrophes = true;
            } else if (c <= ' ' || c == 0x7f) {
                controls = true;
            }
            if (c >= 128) {
                if (c != '\u2019' && c != '\u2018' && c != '\u02BC') {
                    return anyToken(chars, start, end, kind);
                }
                lower = '\'';
                apostrophes = true;
            } else if (c >= 'A' && c <= 'Z') {
                lower = (char) (c + ('a' - 'A'));
                upper++;
                letters++;
            } else if (c >= 'a' && c <= 'z') {
                letters++;
            }
            if (lower == before && lower == beforeThat && i - start >= 2 && lower >= 'a' && lower <= 'z') {
                stretched = true;
            }
            beforeThat = before;
            before = lower;
        }
        String key = upper == 0 && !apostrophes ? text.substring(start, end) : lowerAscii(chars, start, end);
        boolean allCaps = kind == Token.Kind.WORD && letters >= 2 && upper == letters;
        // the fold of a lower-case ASCII key, without calling the general one (whose rare branches the JIT would
        // otherwise compile into this loop; speed, issue 16): the key itself, or the key without its apostrophes
        String folded = controls ? Folding.fold(key)
                : apostrophes || straightApostrophes ? Folding.withoutApostrophes(key) : key;
        return new Token(start, end, key, kind, allCaps, stretched, folded);
    }

    /** The chars {@code chars[start, end)} (ASCII and typographic apostrophes) with A-Z in lower case and {@code '} for the apostrophes. */
    private static String lowerAscii(char[] chars, int start, int end) {
        byte[] lower = new byte[end - start];
        for (int i = start; i < end; i++) {
            char c = chars[i];
            lower[i - start] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c < 128 ? c : '\'');
        }
        return new String(lower, StandardCharsets.ISO_8859_1);
    }

    /** A token with chars beyond ASCII: the general key, caps and stretch rules. */
    private static Token anyToken(char[] chars, int start, int end, Token.Kind kind) {
        return new Token(start, end, key(chars, start, end), kind, kind == Token.Kind.WORD && isAllCaps(chars, start, end));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC';
    }

    /** The chars lower-cased ({@link LowerCase}: {@link Locale#ROOT}) with typographic apostrophes as {@code '}. */
    private static String key(char[] chars, int start, int end) {
        String lower = LowerCase.of(chars, start, end);
        if (lower.indexOf('\u2019') >= 0 || lower.indexOf('\u2018') >= 0 || lower.indexOf('\u02BC') >= 0) {
            lower = lower.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
        }
        return lower;
    }

    private static boolean isAllCaps(char[] chars, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
