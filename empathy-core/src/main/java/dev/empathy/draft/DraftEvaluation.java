package dev.empathy.draft;

import dev.empathy.data.DataLines;
import dev.empathy.data.TextLines;
import dev.empathy.data.InvalidDataException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Span precision, recall and F1 of a {@link DraftChecker} on labelled drafts, per category. Stateless and
 * thread-safe.
 *
 * <p><b>Matching is by overlap</b>: a finding is a true positive when its span overlaps a labelled span of
 * the same category that no other finding has claimed; every other finding is a false positive and every
 * unclaimed labelled span a false negative. Findings of {@link Category#TONE_MISMATCH} need a customer
 * reading and never fire here.
 *
 * <p>File format ({@code # empathy-drafts 1}), TAB-separated: {@code id, split, channel, text}, where the
 * text marks each expected span inline as {@code [[span text|category-id]]} and {@code \n} stands for a
 * line break; offsets refer to the text without the markers. Files whose name ends in {@code .jsonl} are
 * JSON Lines instead, one {@code {"id", "channel", "customer", "draft", "spans": [{"text", "category"}]}}
 * object a line (split {@code "all"}); a draft with a customer message is checked as a reply to it.
 *
 * <p>Besides the per-category counts, a {@link Report} tells how many labelled spans any finding overlaps
 * (whatever its category) and how many drafts with no labelled span got a finding: the share of good
 * drafts an agent would see flagged.
 */
public final class DraftEvaluation {

    private DraftEvaluation() {
    }

    /** A labelled span. Immutable. */
    public record LabelledSpan(int start, int end, Category category) {
        public LabelledSpan {
            Objects.requireNonNull(category, "category must not be null");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("span must satisfy 0 <= start < end, got start " + start + ", end " + end);
            }
        }
    }

    /** One labelled draft; {@code customer} is the customer's message, or empty when unknown. Immutable. */
    public record LabelledDraft(String id, String split, String channel, String text, List<LabelledSpan> spans, String customer) {
        public LabelledDraft {
            Objects.requireNonNull(id, "id must not be null");
            Objects.requireNonNull(split, "split must not be null");
            Objects.requireNonNull(channel, "channel must not be null");
            Objects.requireNonNull(text, "text must not be null");
            Objects.requireNonNull(customer, "customer must not be null");
            spans = List.copyOf(spans);
        }

        /** A labelled draft without the customer's message. */
        public LabelledDraft(String id, String split, String channel, String text, List<LabelledSpan> spans) {
            this(id, split, channel, text, spans, "");
        }
    }

    /** True positives, false positives and false negatives, with the derived ratios. Immutable. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        /** tp / (tp + fp), or 0 when nothing was found. */
        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
        }

        /** tp / (tp + fn), or 0 when nothing was labelled. */
        public double recall() {
            return truePositives + falseNegatives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
        }

        /** {@return the harmonic mean of precision and recall, or 0} */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts other) {
            return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives, falseNegatives + other.falseNegatives);
        }
    }

    /**
     * The result of one evaluation. Immutable.
     *
     * @param drafts        how many drafts were checked
     * @param byCategory    counts per category that was labelled or found
     * @param overall       the sum over categories (micro average)
     * @param spans         labelled spans in all
     * @param spansFound    labelled spans that a finding of any category overlaps
     * @param goodDrafts    drafts with no labelled span
     * @param goodFlagged   good drafts with at least one finding
     * @param goodFlaggedBy good drafts with at least one finding of each category
     */
    public record Report(int drafts, Map<Category, Counts> byCategory, Counts overall, int spans, int spansFound,
                         int goodDrafts, int goodFlagged, Map<Category, Integer> goodFlaggedBy) {
        public Report {
            byCategory = Collections.unmodifiableMap(new EnumMap<>(byCategory.isEmpty() ? new EnumMap<>(Category.class) : byCategory));
            goodFlaggedBy = Collections.unmodifiableMap(new EnumMap<>(goodFlaggedBy.isEmpty() ? new EnumMap<>(Category.class) : goodFlaggedBy));
            Objects.requireNonNull(overall, "overall must not be null");
        }

        /** Labelled spans that any finding overlaps, over all labelled spans (0 when there are none). */
        public double spansFoundShare() {
            return spans == 0 ? 0 : spansFound / (double) spans;
        }

        /** Good drafts (no labelled span) with a finding, over all good drafts (0 when there are none). */
        public double goodFlaggedShare() {
            return goodDrafts == 0 ? 0 : goodFlagged / (double) goodDrafts;
        }

        /**
         * A plain-text table: one row per category and an "all" row, with tp, fp, fn, P, R, F1 and the good
         * drafts a finding of that category flags; then spans found by any finding and good drafts flagged.
         */
        public String table() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%-14s %4s %4s %4s %6s %6s %6s %6s%n", "category", "tp", "fp", "fn", "P", "R", "F1", "good"));
            byCategory.forEach((category, counts) -> row(out, category.id(), counts, goodFlaggedBy.getOrDefault(category, 0)));
            row(out, "all", overall, goodFlagged);
            out.append(String.format(Locale.ROOT, "%d drafts, overlap match; 'good': drafts with no labelled span that it flags%n", drafts));
            out.append(String.format(Locale.ROOT, "labelled spans found by any finding: %d of %d (%.3f)%n", spansFound, spans, spansFoundShare()));
            out.append(String.format(Locale.ROOT, "good drafts flagged: %d of %d (%.3f)%n", goodFlagged, goodDrafts, goodFlaggedShare()));
            return out.toString();
        }

        private static void row(StringBuilder out, String name, Counts c, int good) {
            out.append(String.format(Locale.ROOT, "%-14s %4d %4d %4d %6.3f %6.3f %6.3f %6d%n", name, c.truePositives(), c.falsePositives(),
                    c.falseNegatives(), c.precision(), c.recall(), c.f1(), good));
        }
    }

    /** Reads a labelled drafts file: JSON Lines when its name ends in {@code .jsonl} (any case), else the TSV format. */
    public static List<LabelledDraft> load(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        if (isJsonl(file.toString())) {
            return LabelledDraftsJsonl.parse(file.toString(), TextLines.read(file));
        }
        return parse(DataLines.read(file, "empathy-drafts", 1));
    }

    /**
     * Reads labelled drafts from {@code in} (the caller closes it), named {@code name} in errors: JSON Lines
     * when {@code name} ends in {@code .jsonl}, else the TSV format.
     */
    public static List<LabelledDraft> load(InputStream in, String name) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(name, "name must not be null");
        if (isJsonl(name)) {
            return LabelledDraftsJsonl.parse(name, TextLines.read(in, name));
        }
        return parse(DataLines.read(in, name, "empathy-drafts", 1));
    }

    private static boolean isJsonl(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    private static List<LabelledDraft> parse(DataLines lines) {
        List<LabelledDraft> drafts = new ArrayList<>();
        for (DataLines.Line line : lines.records()) {
            String[] f = line.fields();
            if (f.length != 4) {
                throw new InvalidDataException(lines.source(), line.number(), "expected 4 TAB-separated fields (id, split, channel, text), found " + f.length);
            }
            String marked = f[3].replace("\\n", "\n");
            StringBuilder text = new StringBuilder();
            List<LabelledSpan> spans = new ArrayList<>();
            int i = 0;
            while (i < marked.length()) {
                int open = marked.indexOf("[[", i);
                if (open < 0) {
                    text.append(marked, i, marked.length());
                    break;
                }
                int close = marked.indexOf("]]", open);
                int bar = close < 0 ? -1 : marked.lastIndexOf('|', close);
                if (close < 0 || bar < open) {
                    throw new InvalidDataException(lines.source(), line.number(), "span marker must read [[text|category]]");
                }
                text.append(marked, i, open);
                int start = text.length();
                text.append(marked, open + 2, bar);
                Category category;
                try {
                    category = Category.fromId(marked.substring(bar + 1, close));
                } catch (IllegalArgumentException e) {
                    throw new InvalidDataException(lines.source(), line.number(), e.getMessage());
                }
                spans.add(new LabelledSpan(start, text.length(), category));
                i = close + 2;
            }
            drafts.add(new LabelledDraft(f[0].strip(), f[1].strip(), f[2].strip(), text.toString(), spans));
        }
        return drafts;
    }

    /** Checks every draft with {@code checker} and counts span matches by overlap, per category. */
    public static Report evaluate(DraftChecker checker, List<LabelledDraft> drafts) {
        Objects.requireNonNull(checker, "checker must not be null");
        Objects.requireNonNull(drafts, "drafts must not be null");
        Map<Category, Counts> counts = new EnumMap<>(Category.class);
        Map<Category, Integer> goodFlaggedBy = new EnumMap<>(Category.class);
        int spans = 0;
        int spansFound = 0;
        int goodDrafts = 0;
        int goodFlagged = 0;
        for (LabelledDraft draft : drafts) {
            List<Finding> findings = draft.customer().isBlank() ? checker.check(draft.text()).findings()
                    : checker.check(draft.text(), draft.customer()).findings();
            if (draft.spans().isEmpty()) {
                goodDrafts++;
                goodFlagged += findings.isEmpty() ? 0 : 1;
                findings.stream().map(Finding::category).distinct().forEach(c -> goodFlaggedBy.merge(c, 1, Integer::sum));
            }
            for (LabelledSpan span : draft.spans()) {
                spans++;
                spansFound += findings.stream().anyMatch(f -> f.start() < span.end() && span.start() < f.end()) ? 1 : 0;
            }
            boolean[] claimed = new boolean[draft.spans().size()];
            for (Finding finding : findings) {
                int match = -1;
                for (int s = 0; s < draft.spans().size(); s++) {
                    LabelledSpan span = draft.spans().get(s);
                    if (!claimed[s] && span.category() == finding.category() && span.start() < finding.end() && finding.start() < span.end()) {
                        match = s;
                        break;
                    }
                }
                if (match >= 0) {
                    claimed[match] = true;
                }
                counts.merge(finding.category(), match >= 0 ? new Counts(1, 0, 0) : new Counts(0, 1, 0), Counts::plus);
            }
            for (int s = 0; s < claimed.length; s++) {
                if (!claimed[s]) {
                    counts.merge(draft.spans().get(s).category(), new Counts(0, 0, 1), Counts::plus);
                }
            }
        }
        Counts overall = counts.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
        return new Report(drafts.size(), counts, overall, spans, spansFound, goodDrafts, goodFlagged, goodFlaggedBy);
    }
}
