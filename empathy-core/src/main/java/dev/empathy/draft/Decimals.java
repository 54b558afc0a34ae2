package dev.empathy.draft;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A score as the text a person reads in a reason: two decimal places, rounded half up from the double's shortest
 * decimal form, which is what {@code String.format(Locale.ROOT, "%.2f", value)} prints (checked on Java 17 and 25),
 * at a fraction of its cost (a check formats four such values; the formatter was about a twentieth of a check,
 * issue 16).
 */
final class Decimals {

    private Decimals() {
    }

    /** {@code value} with two decimal places ("0.50", "-1.25"); "NaN" and "Infinity" as the formatter prints them. */
    static String twoPlaces(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
        }
        String text = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
        // the formatter keeps the sign of a negative value that rounds to zero ("-0.00"); BigDecimal has no -0
        boolean negativeZero = value < 0 && text.charAt(0) != '-' || Double.doubleToRawLongBits(value) == Long.MIN_VALUE;
        return negativeZero ? "-" + text : text;
    }
}
