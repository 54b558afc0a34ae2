package dev.empathy.emotion;

import java.util.function.UnaryOperator;

/**
 * Intensifiers and diminishers ("really annoyed", "a bit worried"): a lexicon cue inside one's scope
 * (found by {@link CueFinder}) is multiplied by the modifier's value, or by the {@link #chain} of several.
 */
final class IntensityStage implements CueStage.PerSentence {

    /** The largest intensifier value a modifier file may hold, and so the largest multiplier of any chain. */
    static final double MAX_INTENSIFIER = 3;

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        return sentence.map(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                double multiplier = cue.found().multiplier();
                if (multiplier > 1) {
                    return cue.times(multiplier).with(CueModifier.INTENSIFIED);
                }
                if (multiplier < 1) {
                    return cue.times(multiplier).with(CueModifier.DIMINISHED);
                }
                return cue;
            }
        });
    }

    /**
     * The multiplier of a chain of intensifiers and diminishers ("very very", "extremely really"), bounded
     * by construction to {@code (0, MAX_INTENSIFIER]}: intensifiers combine like independent chances on
     * their share of the largest boost ({@code 1 + M(1 - (1 - a/M)(1 - b/M))} with {@code M =
     * MAX_INTENSIFIER - 1}), so each adds less than the last and the chain saturates at the largest single
     * value; a diminisher multiplies, which can only lower it.
     */
    static double chain(double multiplier, double value) {
        if (multiplier <= 1 || value <= 1) {
            return multiplier * value; // never above the larger of the two, both at most MAX_INTENSIFIER
        }
        double room = MAX_INTENSIFIER - 1;
        double a = Math.min(multiplier - 1, room) / room;
        double b = Math.min(value - 1, room) / room;
        return 1 + room * (1 - (1 - a) * (1 - b));
    }
}
