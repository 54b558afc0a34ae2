package dev.empathy.phrase;

import dev.empathy.internal.EnumIds;

import java.util.Locale;

/**
 * A placeholder in a statement's text, written {@code {name}}, filled from the selection context.
 *
 * <p>{@link #id()} is the stable lower-case name used in catalog files and JSON. Enum constants are
 * immutable and thread-safe.
 */
public enum Slot {
    /** The customer's name, e.g. "Sam"; no default: statements put it in an optional segment. */
    NAME,
    /** What the contact is about, as a noun phrase with its determiner, e.g. "your X200 headphones". */
    PRODUCT,
    /** The problem, as a noun phrase, e.g. "the double charge". */
    ISSUE,
    /** How long the customer has waited, e.g. "three weeks". */
    DURATION,
    /** The agent's name, e.g. "Alex"; no default: statements put it in an optional segment. */
    AGENT,
    /**
     * When the agent will next act or report back, as a phrase a sentence can end with, e.g. "by 5 pm today" or
     * "within one working day"; written {@code {time-frame}}. Set it from your service levels.
     */
    TIME_FRAME;

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** {@return the stable lower-case name, e.g. {@code "name"} or {@code "time-frame"}} */
    public String id() {
        return id;
    }

    /**
     * {@return the constant with this {@link #id()}, ignoring case and surrounding white space}
     *
     * @param id a slot id, e.g. {@code "name"}
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if {@code id} names no constant, listing the valid names
     */
    public static Slot fromId(String id) {
        return EnumIds.fromId(Slot.class, Slot::id, "slot", id);
    }

    /** All ids, comma-separated in declaration order, e.g. for error messages. */
    static String ids() {
        return EnumIds.ids(Slot.class, Slot::id);
    }
}
