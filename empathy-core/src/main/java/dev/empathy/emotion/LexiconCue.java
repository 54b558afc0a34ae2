package dev.empathy.emotion;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A cue inside the lexicon engine: what becomes a public {@link Cue} once every stage has run, plus what
 * the stages need to know about it (the tokens it covers, and how the {@link CueFinder} found its words).
 * Immutable: a stage that changes a cue gets a new one ({@link #times}, {@link #as}, {@link #with}).
 *
 * @param start      first char index in the original text, inclusive
 * @param end        last char index, exclusive
 * @param tokenIndex index of its first token in the sentence's normalised tokens, or -1 for an emoji
 * @param emotion    the emotion it supports now
 * @param weight     its evidence now, {@code >= 0}
 * @param baseWeight the weight in the data, before any stage
 * @param source     where it came from
 * @param modifiers  the {@link CueModifier}s that applied, as bits {@code 1 << ordinal}
 * @param found      how the finder found a lexicon term's words; {@link Found#NONE} for other cues
 */
record LexiconCue(int start, int end, int tokenIndex, Emotion emotion, double weight, double baseWeight,
                  Cue.Source source, int modifiers, Found found) {

    private static final CueModifier[] MODIFIERS = CueModifier.values();

    /**
     * What the cue finder saw around a lexicon term: its last token, whether it sits in a negator's scope
     * ("not happy"), the multiplier of the intensifiers or diminishers before it ("really", "a bit"; 1 if
     * none) and whether a token was stretched ("sooo").
     */
    record Found(int lastToken, boolean negated, double multiplier, boolean elongated) {
        static final Found NONE = new Found(-1, false, 1, false);

        /** As a record's: every component equal, doubles by {@link Double#compare} (written out: see {@link LexiconCue#equals}). */
        @Override
        public boolean equals(Object other) {
            return this == other || (other instanceof Found that && lastToken == that.lastToken && negated == that.negated
                    && Double.compare(multiplier, that.multiplier) == 0 && elongated == that.elongated);
        }

        @Override
        public int hashCode() {
            return ((lastToken * 31 + Boolean.hashCode(negated)) * 31 + Double.hashCode(multiplier)) * 31 + Boolean.hashCode(elongated);
        }
    }

    /** A cue that is not a lexicon term's (an emoji, a question, a failure): nothing found around it. */
    static LexiconCue of(int start, int end, int tokenIndex, Emotion emotion, double weight, Cue.Source source) {
        return new LexiconCue(start, end, tokenIndex, emotion, weight, weight, source, 0, Found.NONE);
    }

    /** This cue with its weight multiplied by {@code factor}. */
    LexiconCue times(double factor) {
        return withWeight(weight * factor);
    }

    LexiconCue withWeight(double newWeight) {
        return new LexiconCue(start, end, tokenIndex, emotion, newWeight, baseWeight, source, modifiers, found);
    }

    /** This cue read as {@code newEmotion} ("not happy" as disappointment, sarcastic praise as frustration). */
    LexiconCue as(Emotion newEmotion) {
        return new LexiconCue(start, end, tokenIndex, newEmotion, weight, baseWeight, source, modifiers, found);
    }

    /** This cue with {@code modifier} recorded. */
    LexiconCue with(CueModifier modifier) {
        return new LexiconCue(start, end, tokenIndex, emotion, weight, baseWeight, source,
                modifiers | 1 << modifier.ordinal(), found);
    }

    boolean has(CueModifier modifier) {
        return (modifiers & 1 << modifier.ordinal()) != 0;
    }

    /** Discounted by {@code factor} for a contrast marker after it ("thanks, but ..."); at most once. */
    LexiconCue beforeContrast(double factor) {
        return has(CueModifier.BEFORE_CONTRAST) ? this : times(factor).with(CueModifier.BEFORE_CONTRAST);
    }

    /** Weighted by {@code factor} for a contrast marker before it ("... but this is the third time"); at most once. */
    LexiconCue afterContrast(double factor) {
        return has(CueModifier.AFTER_CONTRAST) ? this : times(factor).with(CueModifier.AFTER_CONTRAST);
    }

    /** True if it supports anger, frustration or disappointment: the emotions of a complaint. */
    boolean complains() {
        return emotion == Emotion.ANGER || emotion == Emotion.FRUSTRATION || emotion == Emotion.DISAPPOINTMENT;
    }

    /**
     * True if it is a complaint: a failure, or a cue of a complaint's emotion with a base weight of at least
     * {@code minBaseWeight} ({@code sarcasm.complaint.min}), still counting, neither negated nor sarcastic.
     */
    boolean isComplaint(double minBaseWeight) {
        return complains() && weight > 0 && !has(CueModifier.NEGATED) && !has(CueModifier.SARCASTIC)
                && (source == Cue.Source.FAILURE || baseWeight >= minBaseWeight);
    }

    /** The public cue, its text cut from the original {@code text}. */
    Cue toCue(String text) {
        if (modifiers == 0) { // the common case: no set to make and copy (speed, issue 16)
            return new Cue(start, end, text.substring(start, end), emotion, weight, baseWeight, source, Set.of());
        }
        Set<CueModifier> set = EnumSet.noneOf(CueModifier.class);
        for (CueModifier modifier : MODIFIERS) {
            if (has(modifier)) {
                set.add(modifier);
            }
        }
        return new Cue(start, end, text.substring(start, end), emotion, weight, baseWeight, source, set);
    }

    /**
     * As a record's equality (every component equal, doubles by {@link Double#compare}), written out: the generated
     * one links an {@code invokedynamic} call site on its first call, which spins dozens of method-handle classes
     * in the middle of a run (speed, issue 16). {@code LexiconCueTest} holds it to the components.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof LexiconCue that && start == that.start && end == that.end
                && tokenIndex == that.tokenIndex && emotion == that.emotion && Double.compare(weight, that.weight) == 0
                && Double.compare(baseWeight, that.baseWeight) == 0 && source == that.source && modifiers == that.modifiers
                && Objects.equals(found, that.found));
    }

    @Override
    public int hashCode() {
        int hash = (start * 31 + end) * 31 + tokenIndex;
        hash = hash * 31 + Objects.hashCode(emotion);
        hash = hash * 31 + Double.hashCode(weight);
        hash = hash * 31 + Double.hashCode(baseWeight);
        hash = hash * 31 + Objects.hashCode(source);
        return (hash * 31 + modifiers) * 31 + Objects.hashCode(found);
    }
}
