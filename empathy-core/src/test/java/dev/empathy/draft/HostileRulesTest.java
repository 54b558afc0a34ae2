package dev.empathy.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.empathy.data.InputLimits;
import dev.empathy.data.InvalidDataException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 13, item 8: a vendor rule's pattern is split without a backtracking regular expression. */
class HostileRulesTest {

    private static final String PATTERN = "calm" + " ".repeat(80_000) + "down";
    private static final String RULES = "# empathy-rules 1\n# locale: en\nVENDOR_CALM\tminimising\tmedium\t" + PATTERN
            + "\tDon't tell them to calm down.\t\tPlease [[calm down]].\tI am calm.\n";

    private static DraftChecker.Builder vendor() {
        return DraftChecker.builder().withoutBuiltInRules()
                .addRules(new ByteArrayInputStream(RULES.getBytes(StandardCharsets.UTF_8)), "vendor-rules.tsv");
    }

    @Test
    void aPatternWithEightyThousandSpacesCompilesQuicklyUnderARaisedLimit() {
        DraftChecker checker = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> vendor().limits(InputLimits.defaults().withMaxRuleLength(100_000)).build());

        assertThat(checker.check("Please calm down.").findings()).extracting(Finding::ruleId).containsExactly("VENDOR_CALM");
    }

    @Test
    void aPatternLongerThanTheLimitFailsWithFileAndLine() {
        assertThatThrownBy(() -> vendor().build())
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("vendor-rules.tsv:3: pattern is 80008 chars long, the most is " + InputLimits.DEFAULT_MAX_RULE_LENGTH);
    }
}
