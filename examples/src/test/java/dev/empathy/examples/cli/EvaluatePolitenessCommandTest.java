package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatePolitenessCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsAucAccuracyAndSpearman() throws Exception {
        CliRun run = CliRun.onFile(dir, "judged.tsv", """
                Thanks so much for the edit! Could you please have a look at the references too?\tpolite\t1.2
                Why did you delete my section? Actually it was right.\timpolite\t-1.1
                Can you check the date?\tmiddle\t0.1
                """, "evaluate-politeness");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 texts, 1 polite, 1 impolite")
                .contains("AUC(politeness) polite vs impolite  1.000")
                .contains("accuracy at 0.5, polite vs impolite  1.000")
                .contains("Spearman(politeness, score), 3 texts");
    }

    @Test
    void rejectsAnUnknownLabelNamingItsLine() throws Exception {
        CliRun run = CliRun.onFile(dir, "judged.tsv", "Hello there\trude\n", "evaluate-politeness");
        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.err()).contains("judged.tsv:1: label must be polite, impolite or middle, found 'rude'");
    }
}
