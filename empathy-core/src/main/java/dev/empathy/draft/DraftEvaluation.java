package dev.empathy.draft;

import dev.empathy.data.DataLines;
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
 * line break; offsets refer to the text without the markers.
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

    /** One labelled draft. Immutable. */
    public record LabelledDraft(String id, String split, String channel, String text, List<LabelledSpan> spans) {
        public LabelledDraft {
            Objects.requireNonNull(id, "id must not be null");
            Objects.requireNonNull(split, "split must not be null");
            Objects.requireNonNull(channel, "channel must not be null");
            Objects.requireNonNull(text, "text must not be null");
            spans = List.copyOf(spans);
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

        /** The harmonic mean of precision and recall, or 0. */
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
     * @param drafts      how many drafts were checked
     * @param byCategory  counts per category that was labelled or found
     * @param overall     the sum over categories (micro average)
     */
    public record Report(int drafts, Map<Category, Counts> byCategory, Counts overall) {
        public Report {
            byCategory = Collections.unmodifiableMap(new EnumMap<>(byCategory.isEmpty() ? new EnumMap<>(Category.class) : byCategory));
            Objects.requireNonNull(overall, "overall must not be null");
        }

        /** A plain-text table: one row per category and an "all" row, with tp, fp, fn, P, R, F1. */
        public String table() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%-14s %4s %4s %4s %6s %6s %6s%n", "category", "tp", "fp", "fn", "P", "R", "F1"));
            byCategory.forEach((category, counts) -> row(out, category.id(), counts));
            row(out, "all", overall);
            out.append(String.format(Locale.ROOT, "%d drafts, overlap match%n", drafts));
            return out.toString();
        }

        private static void row(StringBuilder out, String name, Counts c) {
            out.append(String.format(Locale.ROOT, "%-14s %4d %4d %4d %6.3f %6.3f %6.3f%n", name, c.truePositives(), c.falsePositives(),
                    c.falseNegatives(), c.precision(), c.recall(), c.f1()));
        }
    }

    /** Reads a labelled drafts file. */
    public static List<LabelledDraft> load(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        return parse(DataLines.read(file, "empathy-drafts", 1));
    }

    /** Reads labelled drafts from {@code in} (the caller closes it), named {@code name} in errors. */
    public static List<LabelledDraft> load(InputStream in, String name) {
        return parse(DataLines.read(in, name, "empathy-drafts", 1));
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
        for (LabelledDraft draft : drafts) {
            List<Finding> findings = checker.check(draft.text()).findings();
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
        return new Report(drafts.size(), counts, overall);
    }
}
