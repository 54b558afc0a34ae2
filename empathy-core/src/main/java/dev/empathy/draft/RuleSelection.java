package dev.empathy.draft;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of the loaded rules a checker uses, as the builder was told: rules switched off by id or by
 * category, and a minimum severity. Immutable.
 */
record RuleSelection(Set<String> disabledRules, Set<Category> disabledCategories, Severity minimumSeverity) {
    RuleSelection {
        disabledRules = Collections.unmodifiableSet(new LinkedHashSet<>(disabledRules)); // in order: the first unknown id is reported
        disabledCategories = Collections.unmodifiableSet(disabledCategories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(disabledCategories));
    }

    /**
     * The rules of {@code book} this selection keeps, in file order.
     *
     * @throws IllegalArgumentException for a disabled rule id that no rules file defines
     */
    List<CompiledRule> select(RuleBook book) {
        for (String id : disabledRules) {
            if (!book.contains(id)) {
                throw new IllegalArgumentException("cannot disable unknown rule '" + id + "'");
            }
        }
        List<CompiledRule> enabled = new ArrayList<>();
        for (CompiledRule compiled : book.rules()) {
            DraftRule rule = compiled.rule();
            if (!disabledRules.contains(rule.id()) && !disabledCategories.contains(rule.category())
                    && rule.severity().compareTo(minimumSeverity) >= 0) {
                enabled.add(compiled);
            }
        }
        return enabled;
    }
}
