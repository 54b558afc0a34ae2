package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankStatisticsTest {

    @Test
    void tiesGetTheirMeanRank() {
        assertThat(RankStatistics.ranks(new double[] {3, 1, 1, 2})).containsExactly(3, 0.5, 0.5, 2);
    }

    @Test
    void spearmanOfAReversedOrderIsMinusOne() {
        assertThat(RankStatistics.spearman(new double[] {1, 2, 3}, new double[] {30, 20, 10})).isEqualTo(-1.0);
    }

    @Test
    void aucIsTheShareOfPairsOrderedRightWithTiesCountingHalf() {
        assertThat(RankStatistics.auc(new double[] {0.9, 0.5}, new double[] {0.5, 0.1})).isEqualTo(0.875);
    }
}
