package dev.empathy.draft;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import dev.empathy.emotion.Emotion;
import dev.empathy.internal.draft.PatternCompiler;
import dev.empathy.internal.draft.TokenPattern;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads rules files ({@code # empathy-rules 1}) into validated, compiled rules. Not thread-safe while loading. */
final class RuleBook {

    /** The format name on a rules file's first line. */
    static final String FORMAT = "empathy-rules";
    static final String DELETE = "(delete)";

    private final PatternCompiler compiler;
    private final Guards guards;
    private final List<CompiledRule> rules = new ArrayList<>();
    private final Map<String, DraftRule> byId = new HashMap<>();

    private final int maxRuleLength;

    RuleBook(PatternCompiler compiler, Guards guards, int maxRuleLength) {
        this.compiler = compiler;
        this.guards = guards;
        this.maxRuleLength = maxRuleLength;
    }

    /** Every rule added so far, in file order. */
    List<CompiledRule> rules() {
        return rules;
    }

    /** Adds every rule of {@code data}; the first malformed line fails with file, line and problem. */
    void add(DataLines data) {
        List<CompiledRule> loaded = new ArrayList<>();
        Map<String, DraftRule> ids = new HashMap<>();
        for (DataLines.Line line : data.records()) {
            CompiledRule rule = parse(data.source(), line);
            DraftRule earlier = byId.containsKey(rule.rule().id()) ? byId.get(rule.rule().id()) : ids.get(rule.rule().id());
            if (earlier != null) {
                throw new InvalidDataException(data.source(), line.number(), "duplicate rule id '" + rule.rule().id()
                        + "', first defined at " + earlier.source() + ":" + earlier.line());
            }
            ids.put(rule.rule().id(), rule.rule());
            loaded.add(rule);
        }
        rules.addAll(loaded); // all or nothing
        byId.putAll(ids);
    }

    private CompiledRule parse(String source, DataLines.Line line) {
        String[] f = line.fields();
        if (f.length < 8 || f.length > 10) {
            throw new InvalidDataException(source, line.number(), "expected 8 to 10 TAB-separated fields (id, category, severity, "
                    + "pattern, message, suggestions, example, counter-example[, when[, unless]]), found " + f.length);
        }
        String id = f[0].strip();
        if (!id.matches("[A-Z][A-Z0-9_]*")) {
            throw new InvalidDataException(source, line.number(), "rule id must be upper-case letters, digits and '_', found '" + id + "'");
        }
        Category category;
        Severity severity;
        try {
            category = Category.fromId(f[1]);
            severity = Severity.fromId(f[2]);
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(source, line.number(), e.getMessage());
        }
        String pattern = f[3].strip();
        if (pattern.length() > maxRuleLength) {
            throw new InvalidDataException(source, line.number(), "pattern is " + pattern.length() + " chars long, the most is "
                    + maxRuleLength);
        }
        List<TokenPattern> patterns;
        try {
            patterns = compiler.compile(pattern);
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(source, line.number(), "broken pattern '" + pattern + "': " + e.getMessage());
        }
        String message = f[4].strip();
        if (message.isEmpty()) {
            throw new InvalidDataException(source, line.number(), "empty message");
        }
        List<String> suggestions = new ArrayList<>();
        if (!f[5].isBlank()) {
            for (String suggestion : f[5].split("\\|", -1)) {
                String s = suggestion.strip();
                if (s.isEmpty()) {
                    throw new InvalidDataException(source, line.number(), "empty suggestion; write " + DELETE + " to suggest deleting the span");
                }
                suggestions.add(s.equals(DELETE) ? "" : s);
            }
        }
        String example = f[6].strip();
        for (String one : DraftRule.split(example)) {
            int open = one.indexOf("[[");
            int close = one.indexOf("]]");
            if (open < 0 || close < open + 2 || one.indexOf("[[", open + 2) >= 0) {
                throw new InvalidDataException(source, line.number(), "each example must mark the expected span once with [[ ]]");
            }
        }
        String counterExample = f[7].strip();
        if (DraftRule.split(counterExample).stream().anyMatch(String::isEmpty)) {
            throw new InvalidDataException(source, line.number(), "empty counter-example");
        }
        Set<Emotion> when = EnumSet.noneOf(Emotion.class);
        if (f.length == 9 && !f[8].isBlank()) {
            try {
                for (String emotion : f[8].split("\\|")) {
                    when.add(Emotion.fromId(emotion));
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidDataException(source, line.number(), e.getMessage());
            }
        }
        List<String> unlessNames = new ArrayList<>();
        List<Guards.Guard> unless = new ArrayList<>();
        List<Guards.Guard> requires = new ArrayList<>();
        if (f.length == 10 && !f[9].isBlank()) {
            for (String field : f[9].strip().split("\\|")) {
                String name = field.strip();
                boolean required = name.startsWith("+");
                Guards.Guard guard = guards.named(required ? name.substring(1) : name);
                if (guard == null) {
                    throw new InvalidDataException(source, line.number(), "unknown guard '" + name.strip() + "', expected one of " + guards.names());
                }
                unlessNames.add(name);
                (required ? requires : unless).add(guard);
            }
        }
        DraftRule rule = new DraftRule(id, category, severity, pattern, message, suggestions, example, counterExample,
                when, unlessNames, source, line.number());
        return new CompiledRule(rule, patterns, List.copyOf(unless), List.copyOf(requires));
    }

    /** True if a rule with this id has been added. */
    boolean contains(String id) {
        return byId.containsKey(id);
    }
}
