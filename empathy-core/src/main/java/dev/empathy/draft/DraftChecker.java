package dev.empathy.draft;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LexiconEmotionClassifier;
import dev.empathy.internal.draft.MatchToken;
import dev.empathy.internal.draft.PatternCompiler;
import dev.empathy.internal.draft.PatternSet;
import dev.empathy.internal.draft.SignOff;
import dev.empathy.internal.draft.TokenPattern;
import dev.empathy.internal.draft.WordData;
import dev.empathy.internal.text.Sentence;
import dev.empathy.internal.text.TextAnalyzer;
import dev.empathy.internal.text.Token;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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
 * <p><b>Score</b>: {@value #BASE_SCORE} points to start, plus {@value #ELEMENT_POINTS} for each distinct
 * element present, minus each finding's {@link Severity#penalty()} (5, 10, 20), minus
 * {@value #MISSING_POINTS} for each element the customer needs and the draft lacks, clamped to
 * {@code [0, 100]}; the clamp is itself a reason, so the reasons always add up to the score.
 *
 * <p>Instances are immutable and thread-safe: build one and share it. Building loads and validates every
 * rules file and fails with {@link InvalidDataException} (file, line, problem) on the first error.
 * Draft text is never logged.
 */
public final class DraftChecker {

    private static final Logger LOG = LoggerFactory.getLogger(DraftChecker.class);
    private static final String DATA = "/dev/empathy/draft/en/";

    static final int BASE_SCORE = 80;
    static final int ELEMENT_POINTS = 5;
    static final int MISSING_POINTS = 10;

    private static final class Default {
        static final DraftChecker ENGLISH = builder().build();
    }

    private final WordData words;
    private final List<RuleBook.CompiledRule> rules;
    private final ElementCues cues;
    private final PatternSet patterns;
    private final int[] owner;          // pattern index -> rule index, or -(cue index + 1)
    private final List<EmpathyStatementProvider> providers;
    private final Set<String> acronyms;
    private final Guards guards;
    private final PatternSet guardPatterns;
    private final int[] guardOwner;     // guard pattern index -> guard index

    private DraftChecker(WordData words, List<RuleBook.CompiledRule> rules, ElementCues cues, Guards guards,
                         List<EmpathyStatementProvider> providers) {
        this.words = words;
        this.guards = guards;
        List<TokenPattern> guardList = new ArrayList<>();
        List<Integer> guardOwners = new ArrayList<>();
        for (Guards.Guard guard : guards.all) {
            for (TokenPattern pattern : guard.patterns()) {
                guardList.add(pattern);
                guardOwners.add(guard.index());
            }
        }
        this.guardPatterns = new PatternSet(guardList);
        this.guardOwner = guardOwners.stream().mapToInt(Integer::intValue).toArray();
        this.rules = List.copyOf(rules);
        this.cues = cues;
        this.providers = List.copyOf(providers);
        Set<String> acronymList = words.list(WordData.ACRONYMS);
        this.acronyms = acronymList == null ? Set.of() : acronymList;
        List<TokenPattern> all = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int r = 0; r < this.rules.size(); r++) {
            for (TokenPattern pattern : this.rules.get(r).patterns()) {
                all.add(pattern);
                owners.add(r);
            }
        }
        for (int c = 0; c < cues.cues.size(); c++) {
            for (TokenPattern pattern : cues.cues.get(c).patterns()) {
                all.add(pattern);
                owners.add(-(c + 1));
            }
        }
        this.patterns = new PatternSet(all);
        this.owner = owners.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The shared checker with the built-in English rules, loaded on first use. */
    public static DraftChecker english() {
        return Default.ENGLISH;
    }

    /** A builder starting from the built-in English rules. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rules in use, in file order. */
    public List<DraftRule> rules() {
        return rules.stream().map(RuleBook.CompiledRule::rule).toList();
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

    // ---------------------------------------------------------------- matching

    /** A raw match: owner, char span, sentence index. */
    private record Hit(int owner, int start, int end, int sentence) {
    }

    private static final class Scan {
        final List<Hit> hits = new ArrayList<>();
        final List<Hit> guardHits = new ArrayList<>();
        long steps;
    }

    private Scan scan(String draft) {
        Scan scan = new Scan();
        List<Sentence> sentences = TextAnalyzer.english().sentences(draft);
        List<MatchToken> tokens = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            tokens.clear();
            int firstWord = -1;
            List<Token> sentenceTokenList = sentences.get(s).tokens();
            for (int t = 0; t < sentenceTokenList.size(); t++) {
                Token token = sentenceTokenList.get(t);
                if (firstWord < 0 && token.isWord()) {
                    firstWord = tokens.size();
                }
                if (t + 1 < sentenceTokenList.size() && isSurrogatePair(token, sentenceTokenList.get(t + 1))) {
                    // an emoji outside the BMP comes as two one-char tokens: match it as one ("😉")
                    Token low = sentenceTokenList.get(++t);
                    tokens.add(new MatchToken(token.key() + low.key(), token.start(), low.end(), false, false, false));
                    continue;
                }
                addMatchTokens(draft, token, tokens);
            }
            int sentence = s;
            List<MatchToken> sentenceTokens = tokens;
            Map<Set<String>, Integer> lastIndexOf = new IdentityHashMap<>();
            scan.steps += guardPatterns.match(tokens, firstWord, (pattern, start, end) -> scan.guardHits.add(
                    new Hit(guardOwner[pattern], sentenceTokens.get(start).start(), sentenceTokens.get(end - 1).end(), sentence)));
            scan.steps += patterns.match(tokens, firstWord, (pattern, start, end) -> {
                TokenPattern compiled = patterns.pattern(pattern);
                if (!compiled.unlessAfter().isEmpty()) {
                    // computed once per sentence and word set, so the check stays linear
                    int last = lastIndexOf.computeIfAbsent(compiled.unlessAfter(), set -> lastIndex(sentenceTokens, set));
                    if (last >= end) {
                        return;
                    }
                }
                int from = start + compiled.contextBefore();
                int to = end - compiled.contextAfter();
                scan.hits.add(new Hit(owner[pattern], sentenceTokens.get(from).start(), sentenceTokens.get(to - 1).end(), sentence));
            });
        }
        return scan;
    }

    private static int lastIndex(List<MatchToken> tokens, Set<String> keys) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (keys.contains(tokens.get(i).key())) {
                return i;
            }
        }
        return -1;
    }

    private void addMatchTokens(String draft, Token token, List<MatchToken> out) {
        boolean word = token.isWord();
        boolean shout = word && token.allCaps() && words.isShoutable(token.key()) && !acronyms.contains(token.key());
        boolean bangs = !word && countBangs(token.key()) >= 2;
        List<String> expansion = word ? words.expansion(token.key()) : null;
        if (expansion == null) {
            out.add(new MatchToken(token.key(), token.start(), token.end(), word, shout, bangs));
        } else {
            for (String key : expansion) {
                out.add(new MatchToken(key, token.start(), token.end(), true, shout, false));
            }
        }
    }

    private static boolean isSurrogatePair(Token high, Token low) {
        return high.key().length() == 1 && Character.isHighSurrogate(high.key().charAt(0)) && low.start() == high.end()
                && low.key().length() == 1 && Character.isLowSurrogate(low.key().charAt(0));
    }

        private static int countBangs(String key) {
        int count = 0;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == '!') {
                count++;
            }
        }
        return count;
    }

    /** Package-private for tests: the automaton steps spent on {@code draft}. */
    long steps(String draft) {
        return scan(draft).steps;
    }

    /** Package-private for tests: the matches of one rule alone, without overlap resolution across rules. */
    List<Finding> matchRule(String ruleId, String draft) {
        int index = indexOf(ruleId);
        List<Hit> hits = ruleHits(draft, scan(draft)).byRule.get(index);
        return resolve(hits).stream().map(hit -> finding(rules.get(index).rule(), draft, hit)).toList();
    }

    /** The hits of each rule, and the element cue hits, that survive the filters. */
    private record Filtered(List<List<Hit>> byRule, List<Hit> cueHits) {
    }

    /**
     * Drops hits in text that is not the agent's own voice (quoted customer text, the sign-off) and rule hits
     * cancelled by one of the rule's guards ("please" before "make sure you"). Linear in the number of hits.
     */
    private Filtered ruleHits(String draft, Scan scan) {
        BitSet quoted = quotedChars(draft);
        int signOff = SignOff.start(draft);
        GuardHits guardHits = new GuardHits(guards.all.size());
        for (Hit hit : scan.guardHits) {
            if (!overlaps(quoted, hit.start(), hit.end())) {
                guardHits.add(hit.owner(), hit.start(), hit.sentence());
            }
        }
        List<List<Hit>> byRule = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            byRule.add(new ArrayList<>());
        }
        List<Hit> cueHits = new ArrayList<>();
        for (Hit hit : scan.hits) {
            if (overlaps(quoted, hit.start(), hit.end())) {
                continue;
            }
            if (hit.owner() >= 0) {
                RuleBook.CompiledRule rule = rules.get(hit.owner());
                if (hit.end() > signOff || guardHits.cancels(rule.unless(), rule.requires(), hit.start(), hit.end(), hit.sentence())) {
                    continue;
                }
                byRule.get(hit.owner()).add(hit);
            } else {
                cueHits.add(hit);
            }
        }
        return new Filtered(byRule, cueHits);
    }

    /** Package-private for tests: the names of the guards that occur in {@code draft}, in file order. */
    List<String> guardsIn(String draft) {
        BitSet seen = new BitSet();
        scan(draft).guardHits.forEach(hit -> seen.set(hit.owner()));
        return seen.stream().mapToObj(g -> guards.all.get(g).name()).toList();
    }

    /** Package-private for tests: every guard, with its example. */
    List<Guards.Guard> guards() {
        return guards.all;
    }

    private int indexOf(String ruleId) {
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r).rule().id().equals(ruleId)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rule id '" + ruleId + "'");
    }

    // ---------------------------------------------------------------- checking

    private DraftCheck run(String draft, EmotionReading customer) {
        Filtered filtered = ruleHits(draft, scan(draft));
        List<List<Hit>> byRule = filtered.byRule();
        List<Hit> cueHits = filtered.cueHits();
        List<Finding> candidates = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            DraftRule rule = rules.get(r).rule();
            if (byRule.get(r).isEmpty() || !rule.when().isEmpty() && (customer == null || !rule.when().contains(customer.emotion()))) {
                continue;
            }
            for (Hit hit : resolve(byRule.get(r))) {
                candidates.add(finding(rule, draft, hit));
            }
        }
        List<Finding> findings = dropContained(candidates);
        List<ElementSpan> elements = elements(draft, cueHits, findings);
        List<MissingElement> missing = missing(elements, customer);
        return score(draft, findings, elements, missing);
    }

    /** Leftmost-longest, non-overlapping hits of one owner, in text order. */
    private static List<Hit> resolve(List<Hit> hits) {
        if (hits.size() <= 1) {
            return hits;
        }
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        List<Hit> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Hit hit : sorted) {
            if (hit.start() >= lastEnd) {
                kept.add(hit);
                lastEnd = hit.end();
            }
        }
        return kept;
    }

    /** Drops findings whose span lies inside another finding's span ("calm down" inside "just calm down"). */
    private static List<Finding> dropContained(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start)
                .thenComparing(Comparator.comparingInt(Finding::end).reversed())
                .thenComparing(Comparator.comparing(Finding::severity).reversed())
                .thenComparing(Finding::ruleId));
        List<Finding> kept = new ArrayList<>();
        int coveredTo = -1;
        for (Finding finding : sorted) {
            if (finding.end() <= coveredTo) {
                continue;
            }
            kept.add(finding);
            coveredTo = Math.max(coveredTo, finding.end());
        }
        return kept;
    }

    private static Finding finding(DraftRule rule, String draft, Hit hit) {
        String text = draft.substring(hit.start(), hit.end());
        boolean capital = !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && !isAllCaps(text);
        List<String> suggestions = new ArrayList<>(rule.suggestions().size());
        for (String suggestion : rule.suggestions()) {
            suggestions.add(capital && !suggestion.isEmpty()
                    ? suggestion.substring(0, 1).toUpperCase(Locale.ROOT) + suggestion.substring(1) : suggestion);
        }
        return new Finding(rule.id(), rule.category(), rule.severity(), hit.start(), hit.end(), text, rule.message(), suggestions);
    }

    private static boolean isAllCaps(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters = true;
            }
        }
        return letters;
    }

    private List<ElementSpan> elements(String draft, List<Hit> cueHits, List<Finding> findings) {
        Map<Integer, int[]> timeFrameBySentence = new HashMap<>(); // sentence -> {first start, last end} of its time frames
        for (Hit hit : cueHits) {
            if (cues.cues.get(-hit.owner() - 1).element() == null) {
                int[] frame = timeFrameBySentence.computeIfAbsent(hit.sentence(), s -> new int[] {hit.start(), hit.end()});
                frame[0] = Math.min(frame[0], hit.start());
                frame[1] = Math.max(frame[1], hit.end());
            }
        }
        FindingSpans findingSpans = new FindingSpans(findings);
        List<Hit> hits = new ArrayList<>();
        for (Hit hit : cueHits) {
            EmpathyElement element = cues.cues.get(-hit.owner() - 1).element();
            if (element == null || findingSpans.overlaps(hit.start(), hit.end())) {
                continue;
            }
            if (element == EmpathyElement.NEXT_STEP) {
                int[] frame = timeFrameBySentence.get(hit.sentence());
                if (frame == null) {
                    continue;
                }
                hit = new Hit(hit.owner(), Math.min(hit.start(), frame[0]), Math.max(hit.end(), frame[1]), hit.sentence());
            }
            hits.add(hit);
        }
        List<ElementSpan> elements = new ArrayList<>();
        for (EmpathyElement element : EmpathyElement.values()) {
            List<Hit> ofElement = hits.stream().filter(hit -> cues.cues.get(-hit.owner() - 1).element() == element).toList();
            for (Hit hit : resolve(ofElement)) {
                elements.add(new ElementSpan(element, hit.start(), hit.end(), draft.substring(hit.start(), hit.end())));
            }
        }
        elements.sort(Comparator.comparingInt(ElementSpan::start).thenComparing(ElementSpan::element));
        return elements;
    }

    /** Answers "does any finding overlap [start, end)?" in O(log n): starts sorted, with the running maximum end. */
    private static final class FindingSpans {
        private final int[] starts;
        private final int[] maxEndUpTo;

        FindingSpans(List<Finding> findings) {
            List<Finding> sorted = new ArrayList<>(findings);
            sorted.sort(Comparator.comparingInt(Finding::start));
            starts = new int[sorted.size()];
            maxEndUpTo = new int[sorted.size()];
            int maxEnd = Integer.MIN_VALUE;
            for (int i = 0; i < starts.length; i++) {
                starts[i] = sorted.get(i).start();
                maxEnd = Math.max(maxEnd, sorted.get(i).end());
                maxEndUpTo[i] = maxEnd;
            }
        }

        boolean overlaps(int start, int end) {
            int low = 0; // find the number of findings starting before end
            int high = starts.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (starts[mid] < end) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low > 0 && maxEndUpTo[low - 1] > start;
        }
    }

    private List<MissingElement> missing(List<ElementSpan> elements, EmotionReading customer) {
        if (customer == null) {
            return List.of();
        }
        Set<EmpathyElement> present = EnumSet.noneOf(EmpathyElement.class);
        elements.forEach(span -> present.add(span.element()));
        List<MissingElement> missing = new ArrayList<>();
        for (ElementCues.Need need : cues.needsOf(customer.emotion())) {
            if (!present.contains(need.element())) {
                missing.add(new MissingElement(need.element(), need.reason(), statementFor(need.element(), customer)));
            }
        }
        return missing;
    }

    private Optional<String> statementFor(EmpathyElement element, EmotionReading customer) {
        for (EmpathyStatementProvider provider : providers) {
            try {
                Optional<String> statement = provider.statementFor(element, customer);
                if (statement != null && statement.isPresent()) {
                    return statement;
                }
            } catch (RuntimeException e) {
                // the exception's class only: its message could quote customer text from the reading
                LOG.warn("statement provider {} failed for element {}: {}", provider.getClass().getName(), element.id(),
                        e.getClass().getName());
            }
        }
        return Optional.empty();
    }

    private static DraftCheck score(String draft, List<Finding> findings, List<ElementSpan> elements, List<MissingElement> missing) {
        List<ScoreReason> reasons = new ArrayList<>();
        reasons.add(new ScoreReason(BASE_SCORE, "starting score"));
        Set<EmpathyElement> present = new LinkedHashSet<>();
        elements.forEach(span -> present.add(span.element()));
        for (EmpathyElement element : present) {
            reasons.add(new ScoreReason(ELEMENT_POINTS, "contains " + element.id()));
        }
        for (Finding finding : findings) {
            reasons.add(new ScoreReason(-finding.severity().penalty(),
                    finding.category().id() + " language (" + finding.ruleId() + ", " + finding.severity().id() + ")"));
        }
        for (MissingElement element : missing) {
            reasons.add(new ScoreReason(-MISSING_POINTS, "missing " + element.element().id() + ": " + element.reason()));
        }
        int total = reasons.stream().mapToInt(ScoreReason::points).sum();
        int score = Math.max(0, Math.min(100, total));
        if (score != total) {
            reasons.add(new ScoreReason(score - total, total > 100 ? "capped at 100" : "floored at 0"));
        }
        return new DraftCheck(draft, findings, elements, missing, score, reasons);
    }

    // ---------------------------------------------------------------- quotes

    /**
     * Chars not in the agent's voice: lines whose first non-blank char is {@code >}, and text between a pair
     * of straight double quotes or of “ ” on one line (an unpaired quote marks nothing).
     */
    static BitSet quotedChars(String text) {
        BitSet quoted = new BitSet(text.length());
        int lineStart = 0;
        int length = text.length();
        while (lineStart <= length) {
            int lineEnd = lineStart;
            while (lineEnd < length && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int first = lineStart;
            while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            if (first < lineEnd && text.charAt(first) == '>') {
                quoted.set(lineStart, lineEnd);
            } else {
                int open = -1;
                char closing = 0;
                for (int i = lineStart; i < lineEnd; i++) {
                    char c = text.charAt(i);
                    if (open < 0 && (c == '"' || c == '\u201C')) {
                        open = i;
                        closing = c == '"' ? '"' : '\u201D';
                    } else if (open >= 0 && c == closing) {
                        quoted.set(open, i + 1);
                        open = -1;
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return quoted;
    }

    private static boolean overlaps(BitSet quoted, int start, int end) {
        int next = quoted.nextSetBit(start);
        return next >= 0 && next < end;
    }

    // ---------------------------------------------------------------- builder

    /**
     * Configures a {@link DraftChecker}. Not thread-safe; the checker it builds is.
     *
     * <p>Defaults: the built-in English rules, all on; no extra rules file; minimum severity
     * {@link Severity#LOW}; statement providers found with {@link ServiceLoader} (none: missing elements come
     * without a suggestion).
     */
    public static final class Builder {
        private boolean builtIn = true;
        private final List<DataLines> extra = new ArrayList<>();
        private final Set<String> disabledRules = new LinkedHashSet<>();
        private final Set<Category> disabledCategories = EnumSet.noneOf(Category.class);
        private Severity minimumSeverity = Severity.LOW;
        private List<EmpathyStatementProvider> providers;

        private Builder() {
        }

        /** Leaves the built-in rules out: only rules files added with {@link #addRules} are used. */
        public Builder withoutBuiltInRules() {
            builtIn = false;
            return this;
        }

        /** Adds the rules of a UTF-8 rules file ({@code # empathy-rules 1}); read now, validated by {@link #build()}. */
        public Builder addRules(Path file) {
            Objects.requireNonNull(file, "file must not be null");
            extra.add(DataLines.read(file, RuleBook.FORMAT, 1));
            return this;
        }

        /** Adds the rules read from {@code in} (the caller closes it), named {@code name} in error messages. */
        public Builder addRules(InputStream in, String name) {
            Objects.requireNonNull(in, "in must not be null");
            Objects.requireNonNull(name, "name must not be null");
            extra.add(DataLines.read(in, name, RuleBook.FORMAT, 1));
            return this;
        }

        /** Switches off the rules with these ids; an unknown id fails at {@link #build()}. */
        public Builder disableRules(String... ids) {
            Objects.requireNonNull(ids, "ids must not be null");
            for (String id : ids) {
                disabledRules.add(Objects.requireNonNull(id, "rule id must not be null"));
            }
            return this;
        }

        /** Switches off every rule of these categories. */
        public Builder disableCategories(Category... categories) {
            Objects.requireNonNull(categories, "categories must not be null");
            for (Category category : categories) {
                disabledCategories.add(Objects.requireNonNull(category, "category must not be null"));
            }
            return this;
        }

        /** Keeps only the rules of these categories. */
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

        /** Drops rules below this severity (default {@link Severity#LOW}: all). */
        public Builder minimumSeverity(Severity severity) {
            minimumSeverity = Objects.requireNonNull(severity, "severity must not be null");
            return this;
        }

        /** Uses these providers for suggested statements instead of the ones {@link ServiceLoader} finds. */
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
            WordData words = WordData.load(DataLines.resource(DraftChecker.class, DATA + "words.tsv", WordData.FORMAT, 1));
            PatternCompiler compiler = new PatternCompiler(words);
            Guards guards = Guards.load(DataLines.resource(DraftChecker.class, DATA + "guards.tsv", Guards.FORMAT, 1), compiler);
            RuleBook book = new RuleBook(compiler, guards);
            if (builtIn) {
                book.add(DataLines.resource(DraftChecker.class, DATA + "rules.tsv", RuleBook.FORMAT, 1));
            }
            for (DataLines lines : extra) {
                book.add(lines);
            }
            for (String id : disabledRules) {
                if (!book.contains(id)) {
                    throw new IllegalArgumentException("cannot disable unknown rule '" + id + "'");
                }
            }
            List<RuleBook.CompiledRule> enabled = new ArrayList<>();
            for (RuleBook.CompiledRule rule : book.rules()) {
                DraftRule r = rule.rule();
                if (!disabledRules.contains(r.id()) && !disabledCategories.contains(r.category())
                        && r.severity().compareTo(minimumSeverity) >= 0) {
                    enabled.add(rule);
                }
            }
            ElementCues cues = ElementCues.load(
                    DataLines.resource(DraftChecker.class, DATA + "elements.tsv", "empathy-elements", 1),
                    DataLines.resource(DraftChecker.class, DATA + "needs.tsv", "empathy-needs", 1), compiler);
            List<EmpathyStatementProvider> found = providers;
            if (found == null) {
                found = new ArrayList<>();
                for (EmpathyStatementProvider provider : ServiceLoader.load(EmpathyStatementProvider.class, DraftChecker.class.getClassLoader())) {
                    found.add(provider);
                }
            }
            DraftChecker checker = new DraftChecker(words, enabled, cues, guards, found);
            LOG.debug("draft checker built: {} rules, {} statement providers, {} ms", enabled.size(), found.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return checker;
        }
    }

    @Override
    public String toString() {
        return "DraftChecker[" + rules.size() + " rules, " + cues.cues.size() + " element cues]";
    }
}
