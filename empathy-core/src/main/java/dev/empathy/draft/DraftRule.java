package dev.empathy.draft;

import dev.empathy.emotion.Emotion;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A rule as loaded from a rules file, for listing and documentation; the compiled pattern stays inside the
 * checker. Immutable and thread-safe.
 *
 * @param id             unique rule id, upper case, e.g. {@code "MINIMISING_CALM_DOWN"}
 * @param category       what the rule finds
 * @param severity       how much a match hurts the reply
 * @param pattern        the token pattern as written in the file
 * @param message        the explanation shown to the agent
 * @param suggestions    rewrites, best first; an empty string means "delete the span"
 * @param example        one or more drafts that must match, each with the expected span marked {@code [[like this]]},
 *                       separated by {@code " || "} (see {@link #examples()})
 * @param counterExample one or more drafts that must not match, separated by {@code " || "}
 * @param when           the customer emotions the rule is limited to; empty: always on
 * @param unless         names of the guards ({@code guards.tsv}) that cancel a match, e.g. {@code request}, and, prefixed
 *                       with {@code +}, guards a match needs, e.g. {@code +refusal}; often empty
 * @param source         the file the rule came from
 * @param line           its 1-based line in that file
 */
public record DraftRule(String id, Category category, Severity severity, String pattern, String message,
                        List<String> suggestions, String example, String counterExample, Set<Emotion> when,
                        List<String> unless, String source, int line) {
    public DraftRule {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(pattern, "pattern must not be null");
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(example, "example must not be null");
        Objects.requireNonNull(counterExample, "counterExample must not be null");
        Objects.requireNonNull(source, "source must not be null");
        suggestions = List.copyOf(suggestions);
        when = Set.copyOf(when);
        unless = List.copyOf(unless);
    }

    /** {@return the examples, each a draft with its expected span marked {@code [[like this]]}; at least one} */
    public List<String> examples() {
        return split(example);
    }

    /** {@return the counter-examples, each a draft that must not match; at least one} */
    public List<String> counterExamples() {
        return split(counterExample);
    }

    static List<String> split(String field) {
        return java.util.Arrays.stream(field.split(" \\|\\| ", -1)).map(String::strip).toList();
    }
}
