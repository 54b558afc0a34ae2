package dev.empathy.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import dev.empathy.internal.draft.PatternCompiler;
import dev.empathy.internal.draft.WordData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every guard's example contains the guard; guards cancel (or enable) the rules that name them. */
class GuardsTest {

    private static final DraftChecker CHECKER = DraftChecker.english();

    static Stream<Arguments> guards() {
        return CHECKER.guards().stream().map(guard -> Arguments.of(guard.name(), guard.example()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guards")
    void everyGuardExampleContainsTheGuard(String name, String example) {
        assertThat(CHECKER.guardsIn(example)).as(example).contains(name);
    }

    @Test
    void aRequestIsNoCommandAndAWayForwardIsNoDeadEnd() {
        assertThat(CHECKER.check("Make sure you restart the router.").findings()).extracting(Finding::ruleId).contains("COMMANDING_MAKE_SURE_YOU");
        assertThat(CHECKER.check("Could you please make sure you restart the router?").findings()).isEmpty();
        assertThat(CHECKER.check("We are unable to change the order.").findings()).extracting(Finding::category).contains(Category.DEAD_END);
        assertThat(CHECKER.check("We are unable to change the order. You're welcome to return it for a full refund.").findings()).isEmpty();
    }

    @Test
    void aRuleThatNeedsAGuardFiresOnlyWithIt() {
        // POLICY_RULE_AS_REASON needs +refusal: the rule cited as the reason for a no, not for a yes
        assertThat(CHECKER.check("Per section 4 of your policy, this isn't covered.").findings()).extracting(Finding::ruleId)
                .contains("POLICY_RULE_AS_REASON");
        assertThat(CHECKER.check("Per section 4 of your policy, you get a full refund.").findings()).isEmpty();
    }

    @Test
    void signOffsAndCodesAreNeverShouting() {
        assertThat(CHECKER.check("Your PUK is 48213097 and the SIM ships today; IBAN GB29 NWBK, booking AB1240, PNR K7TQ2L. ^RB").findings()).isEmpty();
        assertThat(CHECKER.check("We are NOT required to explain it.").findings()).extracting(Finding::text).contains("NOT");
    }

    @Test
    void malformedGuardsFailWithFileLineAndReason() {
        PatternCompiler compiler = new PatternCompiler(WordData.load(DataLines.resource(DraftChecker.class,
                "/dev/empathy/draft/en/words.tsv", WordData.FORMAT, 1)));
        String head = "# empathy-guards 1\n";
        assertThatThrownBy(() -> Guards.load(lines(head + "x\tsomewhere\tplease\tplease do\n"), compiler))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("g.tsv:2: unknown scope 'somewhere', expected before, sentence, after or draft");
        assertThatThrownBy(() -> Guards.load(lines(head + "x\tbefore\tplease\tplease do\nx\tafter\tthanks\tthanks\n"), compiler))
                .hasMessage("g.tsv:3: duplicate guard 'x', first defined at line 2");
        assertThatThrownBy(() -> Guards.load(lines(head + "x\tbefore\tplease\n"), compiler))
                .hasMessage("g.tsv:2: expected 4 TAB-separated fields (name, scope, pattern, example), found 3");
    }

    @Test
    void aRuleNamingAnUnknownGuardFailsAtLoad() {
        String rules = "# empathy-rules 1\nX1\tpolicy\tlow\tcalm\tm\t\t[[calm]]\tc\t\tnowhere\n";
        assertThatThrownBy(() -> DraftChecker.builder().addRules(new ByteArrayInputStream(rules.getBytes(StandardCharsets.UTF_8)), "vendor.tsv").build())
                .hasMessageStartingWith("vendor.tsv:2: unknown guard 'nowhere', expected one of request, way-forward");
    }

    private static DataLines lines(String text) {
        return DataLines.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "g.tsv", Guards.FORMAT, 1);
    }
}
