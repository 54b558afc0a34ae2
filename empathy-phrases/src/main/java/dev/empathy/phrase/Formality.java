package dev.empathy.phrase;

import dev.empathy.internal.EnumIds;

import java.util.Locale;

/**
 * The register of a reply.
 *
 * <p>{@link #id()} is the stable lower-case name used in catalog files and JSON. Enum constants are
 * immutable and thread-safe.
 */
public enum Formality {
    /** Relaxed and friendly: "So sorry about that!" */
    CASUAL,
    /** Plain and warm, the usual register. */
    NEUTRAL,
    /** Courteous and complete: "Please accept our apologies." */
    FORMAL;

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** {@return the stable lower-case name, e.g. {@code "neutral"}} */
    public String id() {
        return id;
    }

    /**
     * {@return the constant with this {@link #id()}, ignoring case and surrounding white space}
     *
     * @param id a formality id, e.g. {@code "formal"}
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if {@code id} names no constant, listing the valid names
     */
    public static Formality fromId(String id) {
        return EnumIds.fromId(Formality.class, Formality::id, "formality", id);
    }

    /** All ids, comma-separated in declaration order, e.g. for error messages. */
    static String ids() {
        return EnumIds.ids(Formality.class, Formality::id);
    }
}
