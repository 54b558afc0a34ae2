package dev.empathy.model;

import dev.empathy.emotion.LexiconEmotionClassifier;
import dev.empathy.internal.EnumIds;
import java.util.Locale;

/**
 * The kinds of feature a trained {@link EmotionModel} reads in a message (feature set
 * {@value EmotionModel#FEATURE_SET_VERSION}). A model remembers the kinds it was trained with and reads
 * new messages with the same ones. Constants are immutable and thread-safe.
 */
public enum ModelFeature {
    /** Each word, emoji or symbol: {@code w=refund}; numbers fold to {@code w=#num}. */
    WORDS,
    /** Neighbouring words inside a clause: {@code b=third|time}, and {@code b=^|thanks} for the first word. */
    BIGRAMS,
    /** Words after a negator up to a clause break: "not happy" gives {@code NOT_happy}. */
    NEGATION,
    /**
     * The {@link LexiconEmotionClassifier}'s evidence: {@code cue=frustration}, {@code cue=frustration:strong},
     * {@code cue=disappointment:negated}, {@code lex=anger}, {@code lexlast=gratitude},
     * {@code signal=repeated-contact}. A model with these features runs the lexicon on every message.
     */
    LEXICON_CUES,
    /** Capitals, repeated or mixed punctuation, stretched words and message length: {@code caps=shout}, {@code punct=!!}. */
    EMPHASIS;

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** {@return the stable lower-case name used in model files and on the command line, e.g. {@code "lexicon-cues"}} */
    public String id() {
        return id;
    }

    /**
     * {@return the feature kind with this {@link #id()}}
     *
     * @throws IllegalArgumentException if {@code id} names none, with the valid names
     */
    public static ModelFeature fromId(String id) {
        return EnumIds.fromId(ModelFeature.class, ModelFeature::id, "model feature", id);
    }
}
