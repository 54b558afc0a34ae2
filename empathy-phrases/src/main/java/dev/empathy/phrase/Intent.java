package dev.empathy.phrase;

import dev.empathy.internal.EnumIds;

import java.util.Locale;

/**
 * What an empathy statement does in a reply.
 *
 * <p>{@link #id()} is the stable lower-case name used in catalog files and JSON. Enum constants are
 * immutable and thread-safe.
 */
public enum Intent {
    /** Names what the customer feels or went through: "I can see how frustrating this has been." */
    ACKNOWLEDGE,
    /** Says the feeling is reasonable: "Anyone would be upset after three weeks." */
    VALIDATE,
    /** Owns the problem: "I'm sorry we charged you twice." */
    APOLOGISE,
    /** Takes the worry away: "I'll make sure this gets sorted out." */
    REASSURE,
    /** Works with the customer: "Let's sort this out together." */
    COLLABORATE,
    /** Thanks the customer: "Thank you for your patience." */
    THANK,
    /** Cheers the customer on: "You're nearly there." */
    ENCOURAGE,
    /** Lowers the temperature with an angry customer: "You have my full attention." */
    DE_ESCALATE,
    /** Reflects back what was heard: "So the refund hasn't arrived; is that right?" */
    ACTIVE_LISTENING,
    /** Gives the customer a choice: "I can send a replacement or refund you." */
    OFFER_OPTIONS,
    /** States the next step and when: "I'll update you by tomorrow." */
    FOLLOW_UP,
    /** Opens warmly: "Good to hear from you!" */
    WARM_GREETING;

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The stable lower-case name, e.g. {@code "active-listening"}. */
    public String id() {
        return id;
    }

    /**
     * The constant with this {@link #id()}, ignoring case and surrounding white space.
     *
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if {@code id} names no constant, listing the valid names
     */
    public static Intent fromId(String id) {
        return EnumIds.fromId(Intent.class, Intent::id, "intent", id);
    }

    /** All ids, comma-separated in declaration order, e.g. for error messages. */
    static String ids() {
        return EnumIds.ids(Intent.class, Intent::id);
    }
}
