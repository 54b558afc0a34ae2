package dev.empathy.phrase;

import dev.empathy.internal.EnumIds;

import java.util.Locale;

/**
 * The channel a reply is sent on.
 *
 * <p>{@link #id()} is the stable lower-case name used in catalog files and JSON. Enum constants are
 * immutable and thread-safe.
 */
public enum Channel {
    /** Live chat or messaging. */
    CHAT,
    /** Email or ticket replies. */
    EMAIL,
    /** Spoken, on the phone. */
    PHONE,
    /** Public social-media replies. */
    SOCIAL;

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** {@return the stable lower-case name, e.g. {@code "chat"}} */
    public String id() {
        return id;
    }

    /**
     * {@return the constant with this {@link #id()}, ignoring case and surrounding white space}
     *
     * @param id a channel id, e.g. {@code "chat"}
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if {@code id} names no constant, listing the valid names
     */
    public static Channel fromId(String id) {
        return EnumIds.fromId(Channel.class, Channel::id, "channel", id);
    }

    /** All ids, comma-separated in declaration order, e.g. for error messages. */
    static String ids() {
        return EnumIds.ids(Channel.class, Channel::id);
    }
}
