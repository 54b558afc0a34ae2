package dev.empathy.conversation;

import dev.empathy.internal.EnumIds;
import java.util.Locale;

/** Who wrote a turn. {@link #id()} is the stable lower-case name used in JSON. Constants are immutable and thread-safe. */
public enum Role {
    /** The customer (the person asking for help). */
    CUSTOMER,
    /** The support agent (a person or a brand account answering). */
    AGENT;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** {@return the stable lower-case name, {@code "customer"} or {@code "agent"}} */
    public String id() {
        return id;
    }

    /**
     * {@return the role with this {@link #id()}, ignoring case and surrounding white space}
     *
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException for any other name: {@code unknown role 'bot', expected one of customer, agent}
     */
    public static Role fromId(String id) {
        return EnumIds.fromId(Role.class, Role::id, "role", id);
    }
}
