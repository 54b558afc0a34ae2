package dev.empathy.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 13, item 8: a vendor rule's pattern is split without a backtracking regular expression. */
class HostileRulesTest {

    @Test
    void aPatternWithEightyThousandSpacesCompilesQuickly() {
        String pattern = "calm" + " ".repeat(80_000) + "down";
        String rules = "# empathy-rules 1\n# locale: en\nVENDOR_CALM\tminimising\tmedium\t" + pattern
                + "\tDon't tell them to calm down.\t\tPlease [[calm down]].\tI am calm.\n";

        DraftChecker checker = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> DraftChecker.builder().withoutBuiltInRules()
                .addRules(new ByteArrayInputStream(rules.getBytes(StandardCharsets.UTF_8)), "vendor-rules.tsv").build());

        assertThat(checker.check("Please calm down.").findings()).extracting(Finding::ruleId).containsExactly("VENDOR_CALM");
    }
}
