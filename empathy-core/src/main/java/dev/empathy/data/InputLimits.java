package dev.empathy.data;

/**
 * The largest inputs the engines accept, like Jackson's {@code StreamReadConstraints}: a limit protects an
 * embedding service from a single hostile or runaway input. Immutable and thread-safe; set on the
 * builders ({@code LexiconEmotionClassifier.Builder.limits}, {@code DraftChecker.Builder.limits},
 * {@code PhraseCatalog.Builder.limits}).
 *
 * <table>
 *   <caption>Limits, defaults, and what happens beyond</caption>
 *   <tr><th>limit</th><th>default</th><th>beyond it</th></tr>
 *   <tr><td>{@link #maxMessageLength()}</td><td>{@value #DEFAULT_MAX_MESSAGE_LENGTH} chars</td>
 *       <td>only the text up to the last white space at or before the limit is read (documented
 *       truncation at a word boundary; between code points when there is no white space); offsets stay
 *       offsets into the whole message; {@code classify} never throws</td></tr>
 *   <tr><td>{@link #maxDraftLength()}</td><td>{@value #DEFAULT_MAX_DRAFT_LENGTH} chars</td>
 *       <td>the same truncation: findings and elements come from that part only; the check keeps the
 *       whole draft, so {@code apply} edits it exactly</td></tr>
 *   <tr><td>{@link #maxTermLength()}</td><td>{@value #DEFAULT_MAX_TERM_LENGTH} chars</td>
 *       <td>a lexicon or modifier term longer than this fails with {@link InvalidDataException}</td></tr>
 *   <tr><td>{@link #maxRuleLength()}</td><td>{@value #DEFAULT_MAX_RULE_LENGTH} chars</td>
 *       <td>a draft rule pattern longer than this fails with {@link InvalidDataException}</td></tr>
 *   <tr><td>{@link #maxStatementLength()}</td><td>{@value #DEFAULT_MAX_STATEMENT_LENGTH} chars</td>
 *       <td>a catalog statement text longer than this fails with {@link InvalidDataException}</td></tr>
 * </table>
 * Model files have fixed limits, documented on {@code EmotionModel} ({@code MAX_FILE_BYTES},
 * {@code MAX_INFLATED_BYTES}, {@code MAX_ENTRIES}). Lengths are in UTF-16 chars ({@link String#length()}).
 *
 * @param maxMessageLength   the longest customer message read in full, at least 1
 * @param maxDraftLength     the longest agent draft checked in full, at least 1
 * @param maxTermLength      the longest lexicon or modifier term accepted, at least 1
 * @param maxRuleLength      the longest draft rule pattern accepted, at least 1
 * @param maxStatementLength the longest catalog statement text accepted, at least 1
 */
public record InputLimits(int maxMessageLength, int maxDraftLength, int maxTermLength, int maxRuleLength,
                          int maxStatementLength) {

    public static final int DEFAULT_MAX_MESSAGE_LENGTH = 1_000_000;
    public static final int DEFAULT_MAX_DRAFT_LENGTH = 1_000_000;
    public static final int DEFAULT_MAX_TERM_LENGTH = 200;
    public static final int DEFAULT_MAX_RULE_LENGTH = 10_000;
    public static final int DEFAULT_MAX_STATEMENT_LENGTH = 1_000;

    private static final InputLimits DEFAULTS = new InputLimits(DEFAULT_MAX_MESSAGE_LENGTH, DEFAULT_MAX_DRAFT_LENGTH,
            DEFAULT_MAX_TERM_LENGTH, DEFAULT_MAX_RULE_LENGTH, DEFAULT_MAX_STATEMENT_LENGTH);

    public InputLimits {
        positive(maxMessageLength, "maxMessageLength");
        positive(maxDraftLength, "maxDraftLength");
        positive(maxTermLength, "maxTermLength");
        positive(maxRuleLength, "maxRuleLength");
        positive(maxStatementLength, "maxStatementLength");
    }

    private static void positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }

    /** {@return the defaults in the table above} */
    public static InputLimits defaults() {
        return DEFAULTS;
    }

    /** These limits with {@code maxMessageLength} changed. */
    public InputLimits withMaxMessageLength(int maxMessageLength) {
        return new InputLimits(maxMessageLength, maxDraftLength, maxTermLength, maxRuleLength, maxStatementLength);
    }

    /** These limits with {@code maxDraftLength} changed. */
    public InputLimits withMaxDraftLength(int maxDraftLength) {
        return new InputLimits(maxMessageLength, maxDraftLength, maxTermLength, maxRuleLength, maxStatementLength);
    }

    /** These limits with {@code maxTermLength} changed. */
    public InputLimits withMaxTermLength(int maxTermLength) {
        return new InputLimits(maxMessageLength, maxDraftLength, maxTermLength, maxRuleLength, maxStatementLength);
    }

    /** These limits with {@code maxRuleLength} changed. */
    public InputLimits withMaxRuleLength(int maxRuleLength) {
        return new InputLimits(maxMessageLength, maxDraftLength, maxTermLength, maxRuleLength, maxStatementLength);
    }

    /** These limits with {@code maxStatementLength} changed. */
    public InputLimits withMaxStatementLength(int maxStatementLength) {
        return new InputLimits(maxMessageLength, maxDraftLength, maxTermLength, maxRuleLength, maxStatementLength);
    }

    /**
     * The part of {@code text} read under a limit of {@code max} chars: all of it when it fits, otherwise
     * the text up to its last white space at or before {@code max}, or up to {@code max} (one less if that
     * would split a surrogate pair) when there is none.
     */
    public static String readablePart(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max;
        while (cut > 0 && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        if (cut == 0) {
            cut = Character.isLowSurrogate(text.charAt(max)) && Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        }
        return text.substring(0, cut);
    }
}
