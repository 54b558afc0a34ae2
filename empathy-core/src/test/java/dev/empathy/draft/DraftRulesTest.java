package dev.empathy.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.data.DataLines;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in rule's example must match with exactly the marked span; its counter-example must not match. */
class DraftRulesTest {

    private static final DraftChecker CHECKER = DraftChecker.english();

    /** Every built-in rule with all severities on, so that low rules are tested too. */
    private static final DraftChecker ALL = DraftChecker.builder().minimumSeverity(Severity.LOW).build();

    static Stream<Arguments> examples() {
        return ALL.rules().stream().flatMap(rule -> rule.examples().stream()
                .map(example -> Arguments.of(rule.id() + " (rules.tsv:" + rule.line() + ") " + example, rule, example)));
    }

    static Stream<Arguments> counterExamples() {
        return ALL.rules().stream().flatMap(rule -> rule.counterExamples().stream()
                .map(counter -> Arguments.of(rule.id() + " (rules.tsv:" + rule.line() + ") " + counter, rule, counter)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleMatchesExactlyTheMarkedSpan(String name, DraftRule rule, String marked) {
        int start = marked.indexOf("[[");
        int end = marked.indexOf("]]") - 2;
        String text = marked.replace("[[", "").replace("]]", "");
        List<Finding> findings = ALL.matchRule(rule.id(), text);
        assertThat(findings).as("%s on %s", name, text)
                .extracting(f -> text.substring(f.start(), f.end()))
                .contains(text.substring(start, end));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counterExamples")
    void counterExampleDoesNotMatch(String name, DraftRule rule, String counter) {
        assertThat(ALL.matchRule(rule.id(), counter)).as("%s on %s", name, counter).isEmpty();
    }

    @Test
    void theBuiltInRulesNumberAtLeastTwoHundredAndCoverEveryCategory() {
        assertThat(ALL.rules()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(ALL.rules().stream().map(DraftRule::category).distinct()).containsExactlyInAnyOrder(Category.values());
    }

    static Stream<Arguments> elementCues() {
        DataLines lines = DataLines.resource(DraftChecker.class, "/dev/empathy/draft/en/elements.tsv", "empathy-elements", 1);
        return lines.records().stream().map(line -> Arguments.of("elements.tsv:" + line.number(), line.fields()[0], line.fields()[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elementCues")
    void everyElementCueExampleContainsItsElement(String name, String element, String example) {
        DraftCheck check = CHECKER.check(example);
        if (element.equals("time-frame")) {
            assertThat(check.elements()).as(name).isNotNull(); // a time frame alone is not an element; see next-step
            return;
        }
        assertThat(check.elements()).as("%s on %s", name, example).extracting(span -> span.element().id()).contains(element);
    }
}
