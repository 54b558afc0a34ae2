package dev.empathy.situation;

import dev.empathy.internal.EnumIds;

import java.util.Locale;

/**
 * What the customer's contact is about; {@link #GENERAL} statements fit every situation.
 *
 * <p>{@link #id()} is the stable lower-case name used in catalog files and JSON. Enum constants are
 * immutable and thread-safe.
 */
public enum Situation {
    /** An order is late or lost. */
    DELIVERY_DELAY,
    /** A wrong, double or unexpected charge. */
    BILLING_ERROR,
    /** A product is faulty or arrived damaged. */
    DEFECT,
    /** A service is down. */
    OUTAGE,
    /** The customer cannot sign in. */
    ACCOUNT_ACCESS,
    /** The customer wants to cancel or leave. */
    CANCELLATION,
    /** A refund is requested or late. */
    REFUND,
    /** The customer has lost someone. */
    BEREAVEMENT,
    /** Fraud, unrecognised activity or a security worry. */
    FRAUD_SECURITY,
    /** The customer has waited long for an answer. */
    LONG_WAIT,
    /** The customer has had to contact support more than once. */
    REPEATED_CONTACT,
    /** Praise, suggestions or other feedback. */
    PRAISE_FEEDBACK,
    /** Anything else; statements tagged general fit every situation. */
    GENERAL;

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** {@return the stable lower-case name, e.g. {@code "billing-error"}} */
    public String id() {
        return id;
    }

    /**
     * {@return the constant with this {@link #id()}, ignoring case and surrounding white space}
     *
     * @param id a situation id, e.g. {@code "delivery-delay"}
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if {@code id} names no constant, listing the valid names
     */
    public static Situation fromId(String id) {
        if (id != null) { // a loop first, no lambda: this runs for every data line that names a situation (start-up time)
            String key = id.strip().toLowerCase(java.util.Locale.ROOT);
            for (Situation situation : values()) {
                if (situation.id().equals(key)) {
                    return situation;
                }
            }
        }
        return EnumIds.fromId(Situation.class, Situation::id, "situation", id);
    }

    /** {@return all ids, comma-separated in declaration order, e.g. for error messages} */
    public static String ids() {
        return EnumIds.ids(Situation.class, Situation::id);
    }
}
