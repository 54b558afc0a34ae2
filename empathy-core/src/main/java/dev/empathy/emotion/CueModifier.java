package dev.empathy.emotion;

/** What changed a {@link Cue}'s weight from the lexicon's base weight. Constants are immutable and thread-safe. */
public enum CueModifier {
    /** Inside a negation's scope ("not happy"): the cue's emotion was mapped, e.g. satisfaction to disappointment. */
    NEGATED,
    /** After an intensifier ("really annoyed", "so grateful"). */
    INTENSIFIED,
    /** After a diminisher ("a bit worried", "kinda confused"). */
    DIMINISHED,
    /** Written in capitals ("FURIOUS") in a message that is not all capitals, or in a shouted message. */
    CAPS,
    /** A stretched word ("sooo annoyed", "pleeease"). */
    ELONGATED,
    /** In a sentence with repeated or stacked exclamation marks ("!!!", "?!"). */
    EXCLAMATION,
    /** Before a contrast marker ("thanks, but..."): discounted, the customer has moved on. */
    BEFORE_CONTRAST,
    /** After a contrast marker ("...but this is the third time"): what the customer feels now. */
    AFTER_CONTRAST,
    /** Part of a closing formula ("Thanks, Ellie", "Kind regards, Tom"): politeness, not a feeling; discounted. */
    SIGN_OFF,
    /** A positive word read as sarcasm ("great, just great", "love waiting on hold"): counted as frustration. */
    SARCASTIC,
    /** Written as a hashtag ("#fail", "#neveragain"): a public label; a complaint there reads as anger (public shaming). */
    HASHTAG,
    /** A courtesy "thanks" closing a request or a complaint ("... can you check? Thanks"): politeness; discounted. */
    COURTESY,
    /** Beside a complaint: a puzzled question ("what is going on?") or a sad emoji read as its frustration. */
    WITH_COMPLAINT,
    /** A failure's own words in a calm question or request ("is online banking broken?"): a fact asked about, not a feeling; discounted. */
    CALM_QUESTION,
    /** Praise after a sincere thanks ("Thank you! The replacement is awesome!"): the reason for the thanks, counted as gratitude. */
    WITH_THANKS,
    /**
     * Asked about, wished for or in a condition, not felt; discounted: praise ("is that helpful?", "would be great if",
     * "hope the next one is better") or a complaint word in an "if" clause ("if the reset doesn't work, ...").
     */
    HYPOTHETICAL,
    /** A question whose form is a complaint: asked with '?!' ("why is it not on the app ?!"), or with profanity about a problem ("why tf is it down"): frustration. */
    INDIGNANT,
    /** Said of a thing, not a person: "died" of a device ("my laptop has died") or a crying emoji about a service failure; not grief. */
    ABOUT_A_THING,
    /** Said of the company or its people ("your awful company", "your useless staff"): hostility at them, read as anger. */
    AT_THE_COMPANY,
    /**
     * A service-failure phrase in a message with no support context (no @handle, no service word such as "order"
     * or "app"): "can't find it in her notebook" is no report of a failure; discounted.
     */
    OUTSIDE_SUPPORT,
    /** A feeling the writer reports of someone else ("he also hates the new logo", "they are worried"): not the writer's own; discounted. */
    REPORTED
}
