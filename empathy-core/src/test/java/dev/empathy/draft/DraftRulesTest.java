package dev.empathy.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.data.DataLines;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in rules cover every category, and every element cue's example contains its element. (Each rule's
 * examples and counter-examples run in {@code dev.empathy.verify.DataExamplesTest}, with every data file's.)
 */
class DraftRulesTest {

    private static final DraftChecker CHECKER = DraftChecker.english();

    /** Every built-in rule with all severities on, so that low rules are tested too. */
    private static final DraftChecker ALL = DraftChecker.builder().minimumSeverity(Severity.LOW).build();

    @Test
    void everyCategoryHasABuiltInRuleAndEveryRuleAnExampleAndACounterExample() {
        assertThat(ALL.rules().stream().map(DraftRule::category).distinct()).containsExactlyInAnyOrder(Category.values());
        assertThat(ALL.rules()).allSatisfy(rule -> {
            assertThat(rule.examples()).as("%s (rules.tsv:%d) examples", rule.id(), rule.line()).isNotEmpty();
            assertThat(rule.counterExamples()).as("%s (rules.tsv:%d) counter-examples", rule.id(), rule.line()).isNotEmpty();
        });
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
            // a time frame is no element of its own: it completes the commitment of its sentence as a next step
            assertThat(check.elements()).as("%s on %s", name, example).extracting(span -> span.element().id()).contains("next-step");
            return;
        }
        assertThat(check.elements()).as("%s on %s", name, example).extracting(span -> span.element().id()).contains(element);
    }
}
