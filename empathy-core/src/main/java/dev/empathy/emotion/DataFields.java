package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;

/**
 * Field checks shared by the emotion data files' readers; each failure is an {@link InvalidDataException}
 * naming the file and line. Stateless.
 */
final class DataFields {

    private DataFields() {
    }

    /** Throws {@code problem} for {@code line} of {@code lines} unless {@code condition} holds. */
    static void expect(DataLines lines, DataLines.Line line, boolean condition, String problem) {
        if (!condition) {
            throw new InvalidDataException(lines.source(), line.number(), problem);
        }
    }

    /** {@code text} as a number in [0, 3] (a weight or factor), or an error naming {@code line}. */
    static double weight(DataLines lines, DataLines.Line line, String text) {
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && value <= 3) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidDataException(lines.source(), line.number(), "'" + text + "' is not a number in [0, 3]");
    }
}
