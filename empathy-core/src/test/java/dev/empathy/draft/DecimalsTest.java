package dev.empathy.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void printsWhatTheFormatterPrintsForTwoDecimalPlaces() {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.005, 0.015, 0.125, 1.005, 2.675, -0.004,
                -0.005, -0.0049, 99.995, 1e-300, -1e-300, 1e20, -1e20, Double.MIN_VALUE, Double.MAX_VALUE,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        for (int k = -2_000; k <= 2_000; k++) { // every half-way case of the third decimal, and its neighbours
            double value = k / 1000.0;
            values.add(value);
            values.add(Math.nextUp(value));
            values.add(Math.nextDown(value));
        }
        SplittableRandom random = new SplittableRandom(16);
        for (int i = 0; i < 20_000; i++) {
            values.add(random.nextDouble(-3, 3));
        }
        for (double value : values) {
            assertThat(Decimals.twoPlaces(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
        }
    }
}
