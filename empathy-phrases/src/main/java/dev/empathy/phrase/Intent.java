package dev.empathy.phrase;

import dev.empathy.draft.EmpathyElement;
import dev.empathy.internal.EnumIds;
import java.util.List;

import java.util.Locale;

/**
 * What an empathy statement does in a reply.
 *
 * <p>{@link #id()} is the stable lower-case name used in catalog files and JSON. Enum constants are
 * immutable and thread-safe.
 */
public enum Intent {
    /** Names what the customer feels or went through: "I can see how frustrating this has been." */
    ACKNOWLEDGE(EmpathyElement.ACKNOWLEDGEMENT, EmpathyElement.VALIDATION),
    /** Says the feeling is reasonable: "Anyone would be upset after three weeks." */
    VALIDATE(EmpathyElement.VALIDATION, EmpathyElement.ACKNOWLEDGEMENT),
    /** Owns the problem: "I'm sorry we charged you twice." */
    APOLOGISE(EmpathyElement.APOLOGY),
    /** Takes the worry away: "I'll make sure this gets sorted out." */
    REASSURE(EmpathyElement.REASSURANCE),
    /** Works with the customer: "Let's sort this out together." */
    COLLABORATE(EmpathyElement.COLLABORATION),
    /** Thanks the customer: "Thank you for your patience." */
    THANK(EmpathyElement.GRATITUDE),
    /** Cheers the customer on: "You're nearly there." */
    ENCOURAGE(EmpathyElement.WARMTH),
    /** Lowers the temperature with an angry customer: "You have my full attention." */
    DE_ESCALATE(EmpathyElement.REASSURANCE),
    /** Reflects back what was heard: "So the refund hasn't arrived; is that right?" */
    ACTIVE_LISTENING(EmpathyElement.ACKNOWLEDGEMENT, EmpathyElement.EXPLORATION),
    /** Gives the customer a choice: "I can send a replacement or refund you." */
    OFFER_OPTIONS(EmpathyElement.COLLABORATION),
    /** States the next step and when: "I'll update you by tomorrow." */
    FOLLOW_UP(EmpathyElement.NEXT_STEP),
    /** Opens warmly: "Good to hear from you!" */
    WARM_GREETING(EmpathyElement.WARMTH, EmpathyElement.GRATITUDE);

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');
    private final List<EmpathyElement> elements;

    Intent(EmpathyElement... elements) {
        this.elements = List.of(elements);
    }

    /**
     * The empathy elements a statement of this intent supplies, as the draft checker recognises them: the
     * first is the intent's own element (the one {@code CatalogStatementProvider} answers for), the others
     * are the ones its statements may show instead ("Welcome back!" is warmth, "Thanks for reaching out" is
     * gratitude). Never empty.
     *
     * @return the elements, never empty, the intent's own element first
     */
    public List<EmpathyElement> elements() {
        return elements;
    }

    /** {@return the stable lower-case name, e.g. {@code "active-listening"}} */
    public String id() {
        return id;
    }

    /**
     * {@return the constant with this {@link #id()}, ignoring case and surrounding white space}
     *
     * @param id an intent id, e.g. {@code "acknowledge"}
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
