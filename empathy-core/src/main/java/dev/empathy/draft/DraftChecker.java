package dev.empathy.draft;

import dev.empathy.data.DataLines;
import dev.empathy.data.InputLimits;
import dev.empathy.data.InvalidDataException;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LexiconEmotionClassifier;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks an agent's draft reply before it is sent: dismissive language (findings with offsets, an
 * explanation and rewrites), the empathy elements it contains, those this customer needs and it lacks,
 * and a score. Think of LanguageTool's rule matches, specialised for empathy.
 *
 * <pre>{@code
 * DraftChecker checker = DraftChecker.english();
 * DraftCheck check = checker.check("Please calm down, that's our policy.", "This is the THIRD time you charged me!");
 * check.findings();  // MINIMISING "calm down", POLICY "that's our policy"
 * check.missing();   // acknowledgement, apology, next step: what an angry customer needs
 * check.score();     // 0..100, with check.reasons() adding up to it
 * Revision fixed = check.apply(check.findings().get(0), 0);
 * }</pre>
 *
 * <p>Rules are data: the built-in {@code /dev/empathy/draft/en/rules.tsv} plus any rules files added
 * with {@link Builder#addRules(Path)}, matched over OpenNLP tokens (not regular expressions), with
 * contractions expanded ("don't" = "do not") and inflections listed in data. Text quoted from the customer
 * (lines starting with {@code >}, text inside "..." or “...”) yields no finding and no element.
 *
 * <p><b>Matching is linear</b> in the draft's length whatever a pattern says: all patterns run together as
 * automata without backtracking (see {@code PatternSet}), and patterns have no repetition.
 *
 * <p><b>Empathy and politeness</b>: {@link DraftCheck#empathy()} scores the elements found by the three
 * mechanisms of EPITOME (emotional reaction, interpretation, exploration; see {@link EmpathyScore}),
 * {@link DraftCheck#politeness()} the politeness strategies of {@code politeness.tsv} (see
 * {@link PolitenessScore}); both are in {@code [0, 1]} and carry the spans behind them.
 *
 * <p><b>Score</b>: 60 points to start, plus 5 for each distinct element present, plus 30 times the empathy
 * score, plus 30 times (politeness minus 0.5), each rounded, minus each finding's {@link Severity#penalty()}
 * (5, 10, 20), minus 10 for each element the customer needs and the draft lacks, clamped to
 * {@code [0, 100]}; the clamp is itself a reason, so the reasons always add up to the score.
 *
 * <p><b>How a check runs</b>: a scanner finds every pattern hit in one pass, a resolver turns rule hits into
 * findings (quoted text, sign-offs, guards, overlaps), an element finder finds the elements present and
 * missing, and a scorer adds it up; see "How it is built" in the README.
 *
 * <p>Instances are immutable and thread-safe: build one and share it. Building loads and validates every
 * rules file and fails with {@link InvalidDataException} (file, line, problem) on the first error.
 * Draft text is never logged.
 */
public final class DraftChecker {

    private static final Logger LOG = LoggerFactory.getLogger(DraftChecker.class);

    private static final class Default {
        static final DraftChecker ENGLISH = builder().build();
    }

    private final CheckerData data;
    private final DraftScanner scanner;
    private final FindingResolver resolver;
    private final ElementFinder elementFinder;
    private final DraftScorer scorer;
    private final InputLimits limits;

    private DraftChecker(CheckerData data, List<EmpathyStatementProvider> providers, InputLimits limits) {
        this.data = data;
        this.scanner = new DraftScanner(data.words(), data.rules(), data.elementCues(), data.politenessScorer(), data.guards());
        this.resolver = new FindingResolver(data.rules(), data.guards());
        this.elementFinder = new ElementFinder(data.elementCues(), providers);
        this.scorer = new DraftScorer(data.empathyScorer(), data.politenessScorer());
        this.limits = limits;
    }

    /** {@return the shared checker with the built-in English rules, loaded on first use} */
    public static DraftChecker english() {
        return Default.ENGLISH;
    }

    /** {@return a builder starting from the built-in English rules} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the rules in use, in file order} */
    public List<DraftRule> rules() {
        return data.rules().stream().map(CompiledRule::rule).toList();
    }

    /** {@return the input limits this checker was built with} */
    public InputLimits limits() {
        return limits;
    }

    /** Checks {@code draft} without knowing the customer: findings, elements and score; nothing is "missing". */
    public DraftCheck check(String draft) {
        Objects.requireNonNull(draft, "draft must not be null");
        return run(draft, null);
    }

    /** Checks {@code draft} as a reply to a customer read as {@code customer}. */
    public DraftCheck check(String draft, EmotionReading customer) {
        Objects.requireNonNull(draft, "draft must not be null");
        Objects.requireNonNull(customer, "customer must not be null");
        return run(draft, customer);
    }

    /** Checks {@code draft} as a reply to {@code customerMessage}, read with {@link LexiconEmotionClassifier#english()}. */
    public DraftCheck check(String draft, String customerMessage) {
        Objects.requireNonNull(draft, "draft must not be null");
        Objects.requireNonNull(customerMessage, "customerMessage must not be null");
        return run(draft, LexiconEmotionClassifier.english().classify(customerMessage));
    }

    /** The pipeline: scan, resolve findings, find elements present and missing, score; {@code customer} may be null. */
    private DraftCheck run(String draft, EmotionReading customer) {
        // past maxDraftLength only the part up to a word boundary is scanned; the check keeps the whole draft
        Scan scan = scanner.scan(InputLimits.readablePart(draft, limits.maxDraftLength()));
        Resolution resolved = resolver.resolve(draft, scan, customer);
        List<ElementSpan> elements = elementFinder.elements(draft, resolved.cueHits(), resolved.findings());
        List<MissingElement> missing = elementFinder.missing(elements, customer);
        return scorer.score(draft, resolved, elements, missing);
    }

    // ---------------------------------------------------------------- for tests

    /** Package-private for tests: the automaton steps spent on {@code draft}. */
    long steps(String draft) {
        return scanner.scan(draft).steps();
    }

    /** Package-private for tests: the matches of one rule alone, without overlap resolution across rules. */
    List<Finding> matchRule(String ruleId, String draft) {
        CompiledRule rule = data.rules().stream().filter(r -> r.rule().id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown rule id '" + ruleId + "'"));
        return resolver.matchesOf(rule, draft, scanner.scan(draft));
    }

    /** Package-private for tests: the names of the guards that occur in {@code draft}, in file order. */
    List<String> guardsIn(String draft) {
        BitSet seen = new BitSet();
        scanner.scan(draft).guardHits().forEach(hit -> seen.set(hit.owner().index()));
        return seen.stream().mapToObj(g -> guards().get(g).name()).toList();
    }

    /** Package-private for tests: every guard, with its example. */
    List<Guards.Guard> guards() {
        return data.guards().all();
    }

    // ---------------------------------------------------------------- builder

    /**
     * Configures a {@link DraftChecker}. Not thread-safe; the checker it builds is.
     *
     * <p>Defaults: the built-in English rules, all on; no extra rules file; minimum severity
     * {@link Severity#LOW}; statement providers found with {@link ServiceLoader} (none: missing elements come
     * without a suggestion); {@link InputLimits#defaults()}.
     */
    public static final class Builder {
        private boolean builtIn = true;
        private final List<DataLines> extra = new ArrayList<>();
        private final Set<String> disabledRules = new LinkedHashSet<>();
        private final Set<Category> disabledCategories = EnumSet.noneOf(Category.class);
        private Severity minimumSeverity = Severity.LOW;
        private List<EmpathyStatementProvider> providers;
        private InputLimits limits = InputLimits.defaults();

        private Builder() {
        }

        /**
         * The input limits: the longest draft checked in full ({@link InputLimits#maxDraftLength()}; past it,
         * only the part up to a word boundary is checked) and the longest rule pattern accepted
         * ({@link InputLimits#maxRuleLength()}). Default {@link InputLimits#defaults()}.
         *
         * @return this builder
         */
        public Builder limits(InputLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits must not be null");
            return this;
        }

        /**
         * Leaves the built-in rules out: only rules files added with {@link #addRules} are used.
         *
         * @return this builder
         */
        public Builder withoutBuiltInRules() {
            builtIn = false;
            return this;
        }

        /**
         * Adds the rules of a UTF-8 rules file ({@code # empathy-rules 1}); read now, validated by {@link #build()}.
         *
         * @return this builder
         */
        public Builder addRules(Path file) {
            Objects.requireNonNull(file, "file must not be null");
            extra.add(DataLines.read(file, RuleBook.FORMAT, 1));
            return this;
        }

        /**
         * Adds the rules read from {@code in} (the caller closes it), named {@code name} in error messages.
         *
         * @return this builder
         */
        public Builder addRules(InputStream in, String name) {
            Objects.requireNonNull(in, "in must not be null");
            Objects.requireNonNull(name, "name must not be null");
            extra.add(DataLines.read(in, name, RuleBook.FORMAT, 1));
            return this;
        }

        /**
         * Switches off the rules with these ids; an unknown id fails at {@link #build()}.
         *
         * @return this builder
         */
        public Builder disableRules(String... ids) {
            Objects.requireNonNull(ids, "ids must not be null");
            for (String id : ids) {
                disabledRules.add(Objects.requireNonNull(id, "rule id must not be null"));
            }
            return this;
        }

        /**
         * Switches off every rule of these categories.
         *
         * @return this builder
         */
        public Builder disableCategories(Category... categories) {
            Objects.requireNonNull(categories, "categories must not be null");
            for (Category category : categories) {
                disabledCategories.add(Objects.requireNonNull(category, "category must not be null"));
            }
            return this;
        }

        /**
         * Keeps only the rules of these categories.
         *
         * @return this builder
         */
        public Builder onlyCategories(Category... categories) {
            Objects.requireNonNull(categories, "categories must not be null");
            Set<Category> keep = EnumSet.noneOf(Category.class);
            for (Category category : categories) {
                keep.add(Objects.requireNonNull(category, "category must not be null"));
            }
            disabledCategories.clear();
            for (Category category : Category.values()) {
                if (!keep.contains(category)) {
                    disabledCategories.add(category);
                }
            }
            return this;
        }

        /**
         * Drops rules below this severity (default {@link Severity#LOW}: all).
         *
         * @return this builder
         */
        public Builder minimumSeverity(Severity severity) {
            minimumSeverity = Objects.requireNonNull(severity, "severity must not be null");
            return this;
        }

        /**
         * Uses these providers for suggested statements instead of the ones {@link ServiceLoader} finds.
         *
         * @return this builder
         */
        public Builder statementProviders(List<EmpathyStatementProvider> statementProviders) {
            Objects.requireNonNull(statementProviders, "statementProviders must not be null");
            providers = List.copyOf(statementProviders);
            return this;
        }

        /**
         * Loads and validates everything and builds the checker.
         *
         * @throws InvalidDataException naming file, line and problem for a malformed data or rules file
         * @throws IllegalArgumentException for a disabled rule id that no rules file defines
         */
        public DraftChecker build() {
            long started = System.nanoTime();
            CheckerData data = CheckerData.load(builtIn, extra, limits.maxRuleLength(),
                    new RuleSelection(disabledRules, disabledCategories, minimumSeverity));
            List<EmpathyStatementProvider> found = providers;
            if (found == null) {
                found = new ArrayList<>();
                for (EmpathyStatementProvider provider : ServiceLoader.load(EmpathyStatementProvider.class, DraftChecker.class.getClassLoader())) {
                    found.add(provider);
                }
            }
            DraftChecker checker = new DraftChecker(data, found, limits);
            LOG.debug("draft checker built: {} rules, {} statement providers, {} ms", data.rules().size(), found.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return checker;
        }
    }

    @Override
    public String toString() {
        return "DraftChecker[" + data.rules().size() + " rules, " + data.elementCues().cues().size() + " element cues]";
    }
}
