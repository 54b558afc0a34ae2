package dev.empathy.phrase;

import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.SignalType;
import dev.empathy.situation.Situation;
import java.util.Set;

/**
 * Scores every statement of a catalog for one customer and context, as {@link StatementSelector} describes:
 * -1 for a statement a rule excludes, else the intent's fit weight plus bonuses for the situation, the
 * emotion, the intensity, the register, the signals, and a seeded variation. Immutable and thread-safe.
 */
final class CandidateScorer {

    private static final double SITUATION_BONUS = 1.0;
    private static final double SIGNAL_BONUS = 0.35;
    private static final double SPECIFICITY_BONUS = 0.25;
    private static final double INTENSITY_BONUS = 0.1;
    private static final double REGISTER_BONUS = 0.1;
    private static final double STEP_BONUS = 0.15;
    private static final double VARIETY = 0.45;
    private static final int ALL_CHANNELS = (1 << Channel.values().length) - 1;
    private static final int ALL_FORMALITIES = (1 << Formality.values().length) - 1;

    private final IntentFit fit;

    CandidateScorer(IntentFit fit) {
        this.fit = fit;
    }

    /** A score per entry, or -1 for an entry a rule excludes. */
    double[] score(Entry[] entries, EmotionReading reading, CustomerView view, SelectionContext context) {
        Emotion emotion = view.emotion;
        double intensity = reading.intensity();
        int emotionBit = Entry.bit(emotion);
        int avoid = emotionBit | secondaryNegatives(reading);
        Channel channel = context.channelOrNull();
        Formality formality = context.formalityOrNull();
        // an unknown channel admits only statements for every channel; an unknown formality only neutral ones
        int channelBit = channel == null ? ALL_CHANNELS : Entry.bit(channel);
        int formalityBit = Entry.bit(formality == null ? Formality.NEUTRAL : formality);
        int situationBit = Entry.bit(view.situation);
        int situations = situationBit | Entry.bit(Situation.GENERAL) | signalSituations(reading);
        int specificSituations = situations & ~Entry.bit(Situation.GENERAL);
        int allowedIntents = context.intentMask();
        Set<String> used = context.usedIds();
        boolean escalation = reading.has(SignalType.ESCALATION_RISK);
        boolean urgency = reading.has(SignalType.URGENCY);
        long seed = mix(view.seed);

        double[] scores = new double[entries.length];
        for (int i = 0; i < entries.length; i++) {
            Entry entry = entries[i];
            double weight = fit.weight(emotion, entry.intent);
            if (weight <= 0
                    || (entry.suits & emotionBit) == 0
                    || (entry.neverFor & avoid) != 0
                    || intensity < entry.minIntensity || intensity > entry.maxIntensity
                    || (entry.channels & channelBit) != channelBit
                    || (entry.formalities & formalityBit) == 0
                    || (entry.situations & situations) == 0
                    || (allowedIntents & (1 << entry.intent)) == 0
                    || (view.noCheer && entry.cheerful)
                    || (!used.isEmpty() && used.contains(entry.statement.id()))) {
                scores[i] = -1;
                continue;
            }
            double score = weight;
            if ((entry.situations & specificSituations) != 0) {
                score += (entry.situations & situationBit) != 0 && situationBit != Entry.bit(Situation.GENERAL)
                        ? SITUATION_BONUS : SIGNAL_BONUS;
            }
            score += SPECIFICITY_BONUS * entry.emotionSpecificity;
            score += INTENSITY_BONUS * closeness(entry, intensity);
            if (channel != null && entry.channels != ALL_CHANNELS) {
                score += REGISTER_BONUS;
            }
            if (formality != null && entry.formalities != ALL_FORMALITIES) {
                score += REGISTER_BONUS;
            }
            if (escalation && entry.intent == Intent.DE_ESCALATE.ordinal()) {
                score += SIGNAL_BONUS;
            }
            if ((urgency || view.problemReport) && entry.intent == Intent.FOLLOW_UP.ordinal()) {
                score += STEP_BONUS;
            }
            score += VARIETY * unit(mix(seed ^ entry.idHash));
            scores[i] = score;
        }
        return scores;
    }

    private static int secondaryNegatives(EmotionReading reading) {
        int mask = 0;
        for (Emotion emotion : Emotion.values()) {
            if (emotion.isNegative() && reading.score(emotion) >= StatementSelector.SECONDARY_EMOTION_SHARE) {
                mask |= Entry.bit(emotion);
            }
        }
        return mask;
    }

    private static int signalSituations(EmotionReading reading) {
        int mask = 0;
        if (reading.has(SignalType.LONG_WAIT)) {
            mask |= Entry.bit(Situation.LONG_WAIT);
        }
        if (reading.has(SignalType.REPEATED_CONTACT)) {
            mask |= Entry.bit(Situation.REPEATED_CONTACT);
        }
        return mask;
    }

    private static double closeness(Entry entry, double intensity) {
        double half = (entry.maxIntensity - entry.minIntensity) / 2;
        if (half == 0) {
            return 1;
        }
        double middle = entry.minIntensity + half;
        return Math.max(0, 1 - Math.abs(intensity - middle) / half);
    }

    /** SplitMix64 finaliser: a well-spread 64-bit hash. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }
}
