package dev.empathy.examples.cli;

import dev.empathy.data.InvalidDataException;
import dev.empathy.draft.DraftChecker;
import dev.empathy.draft.Severity;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The draft checker's options, shared by the commands that check drafts ({@code @Mixin RulesOptions}):
 * {@code --rules FILE} (repeatable), {@code --disable RULE_ID}, {@code --min-severity LEVEL}, and the checker
 * they configure.
 */
final class RulesOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--rules", paramLabel = "FILE", description = "Add a rules file (# empathy-rules 1); repeatable.")
    List<Path> rules = List.of();

    @Option(names = "--disable", paramLabel = "RULE_ID", split = ",", description = "Switch off rules by id; repeatable or comma-separated.")
    List<String> disabled = List.of();

    @Option(names = "--min-severity", paramLabel = "LEVEL", defaultValue = "low", description = "low, medium or high. Default: ${DEFAULT-VALUE}.")
    String minSeverity;

    /**
     * The checker these options configure. A {@code --min-severity} that names no severity is a usage error
     * (exit 2); a bad rules file or an unknown rule id is bad input (exit 1).
     */
    DraftChecker checker() {
        Severity severity;
        try {
            severity = Severity.fromId(minSeverity);
        } catch (IllegalArgumentException e) {
            throw EmpathyCli.usageError(mixee, "--min-severity: " + e.getMessage());
        }
        return checker(rules, disabled, severity);
    }

    /** A checker with the built-in rules, {@code rules} added and {@code disabled} switched off. */
    static DraftChecker checker(List<Path> rules, List<String> disabled, Severity minimum) {
        try {
            DraftChecker.Builder builder = DraftChecker.builder().minimumSeverity(minimum);
            rules.forEach(builder::addRules);
            builder.disableRules(disabled.toArray(String[]::new));
            return builder.build();
        } catch (InvalidDataException | IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }
}
