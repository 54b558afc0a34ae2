package dev.empathy.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@code mechanisms.tsv} turns elements and findings into the empathy score, on mechanisms files written here. */
class EmpathyScorerTest {

    private static final double ONE = 1 - Math.exp(-1);

    private static EmpathyScorer scorer(String records) {
        return EmpathyScorer.load(DataLines.ofText("# empathy-mechanisms 1\n" + records, "m.tsv", EmpathyScorer.FORMAT, 1));
    }

    private static ElementSpan span(EmpathyElement element, int start) {
        return new ElementSpan(element, start, start + 1, "x");
    }

    private static Finding finding(Category category, Severity severity) {
        return new Finding("SOME_RULE", category, severity, 0, 1, "x", "A message.", List.of());
    }

    @Test
    void withoutMechanismWeightsTheScoreIsTheMeanOfTheThreeStrengths() {
        EmpathyScorer scorer = scorer("apology\temotional-reaction\t1\nexploration\texploration\t1\n");
        EmpathyScore score = scorer.score(List.of(span(EmpathyElement.APOLOGY, 0), span(EmpathyElement.EXPLORATION, 2)), List.of());
        assertThat(score.emotionalReaction()).isEqualTo(ONE, within(1e-12));
        assertThat(score.exploration()).isEqualTo(ONE, within(1e-12));
        assertThat(score.value()).isEqualTo(2 * ONE / 3, within(1e-12));
    }

    @Test
    void aMechanismWeightCountsItsStrengthThatManyTimesInTheMean() {
        EmpathyScorer scorer = scorer("apology\temotional-reaction\t1\nexploration\texploration\t1\nmechanism\texploration\t3\n");
        double apology = scorer.score(List.of(span(EmpathyElement.APOLOGY, 0)), List.of()).value();
        double question = scorer.score(List.of(span(EmpathyElement.EXPLORATION, 0)), List.of()).value();
        assertThat(apology).isEqualTo(ONE / 5, within(1e-12));
        assertThat(question).isEqualTo(3 * ONE / 5, within(1e-12));
    }

    @Test
    void spansOfOneMechanismSaturate() {
        EmpathyScorer scorer = scorer("shared-experience\tinterpretation\t0.5\n");
        double one = scorer.score(List.of(span(EmpathyElement.SHARED_EXPERIENCE, 0)), List.of()).interpretation();
        double four = scorer.score(List.of(span(EmpathyElement.SHARED_EXPERIENCE, 0), span(EmpathyElement.SHARED_EXPERIENCE, 2),
                span(EmpathyElement.SHARED_EXPERIENCE, 4), span(EmpathyElement.SHARED_EXPERIENCE, 6)), List.of()).interpretation();
        assertThat(one).isEqualTo(1 - Math.exp(-0.5), within(1e-12));
        assertThat(four).isEqualTo(1 - Math.exp(-2), within(1e-12)).isLessThan(1);
    }

    @Test
    void onlyFindingsOfAListedCategoryLowerTheScoreByTheirFactorTimesTheirPenalty() {
        EmpathyScorer scorer = scorer("apology\temotional-reaction\t1\npenalty\tminimising\t0.5\n");
        List<ElementSpan> apology = List.of(span(EmpathyElement.APOLOGY, 0));
        double kind = scorer.score(apology, List.of()).value();
        EmpathyScore minimised = scorer.score(apology, List.of(finding(Category.MINIMISING, Severity.MEDIUM)));
        EmpathyScore shouted = scorer.score(apology, List.of(finding(Category.SHOUTING, Severity.HIGH)));
        assertThat(minimised.value()).isEqualTo(kind - 0.5 * 0.10, within(1e-12));
        assertThat(minimised.evidence()).extracting(ScoreEvidence::weight).contains(-0.05);
        assertThat(shouted.value()).isEqualTo(kind);
        assertThat(shouted.evidence()).extracting(ScoreEvidence::id).doesNotContain("SOME_RULE");
    }

    @Test
    void theScoreNeverGoesBelowZero() {
        EmpathyScorer scorer = scorer("apology\temotional-reaction\t1\npenalty\tblaming\t5\n");
        assertThat(scorer.score(List.of(span(EmpathyElement.APOLOGY, 0)), List.of(finding(Category.BLAMING, Severity.HIGH))).value())
                .isZero();
    }

    @Test
    void brokenRecordsFailWithFileLineAndReason() {
        assertThatThrownBy(() -> scorer("mechanism\tsympathy\t2\n")).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("m.tsv:2").hasMessageContaining("unknown mechanism 'sympathy'");
        assertThatThrownBy(() -> scorer("mechanism\texploration\t2\nmechanism\texploration\t1\n"))
                .hasMessageContaining("m.tsv:3").hasMessageContaining("mechanism 'exploration' is weighted twice");
        assertThatThrownBy(() -> scorer("penalty\trudeness\t1\n")).hasMessageContaining("m.tsv:2").hasMessageContaining("rudeness");
        assertThatThrownBy(() -> scorer("penalty\tsarcasm\t1\npenalty\tsarcasm\t2\n"))
                .hasMessageContaining("m.tsv:3").hasMessageContaining("category 'sarcasm' has two penalties");
        assertThatThrownBy(() -> scorer("penalty\tsarcasm\t0\n")).hasMessageContaining("m.tsv:2").hasMessageContaining("weight must be in (0, 5], found 0");
        assertThatThrownBy(() -> scorer("warmth\temotional-reaction\n")).hasMessageContaining("m.tsv:2").hasMessageContaining("found 2");
    }
}
