package dev.empathy.phrase;

import java.util.ArrayList;
import java.util.List;

/**
 * What the customer's message gives a {@link SelectionContext}: slot values found in it (only for slots the
 * caller left empty) and the seed derived from its words. Stateless and thread-safe.
 */
final class FromMessage {

    private FromMessage() {
    }

    /**
     * Fills the empty entries of {@code slots} (indexed by {@link Slot#ordinal()}) with the values the
     * message's words give, and returns the evidence of each value taken, in the message's order.
     */
    static List<MessageSlots.Evidence> fillSlots(String[] slots, String message) {
        List<MessageSlots.Evidence> taken = new ArrayList<>(2);
        for (MessageSlots.Evidence evidence : MessageSlots.english().find(message)) {
            if (slots[evidence.slot().ordinal()] == null) {
                slots[evidence.slot().ordinal()] = evidence.value();
                taken.add(evidence);
            }
        }
        return List.copyOf(taken);
    }

    /** A stable 64-bit FNV-1a hash of the message's words, lower-cased, ignoring spacing and punctuation. */
    static long seed(String message) {
        long hash = 0xcbf29ce484222325L;
        int limit = Math.min(message.length(), MessageSlots.MAX_CHARS);
        boolean gap = false;
        boolean started = false;
        for (int i = 0; i < limit; i++) {
            char c = message.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && started) {
                    hash = (hash ^ ' ') * 0x100000001b3L;
                }
                gap = false;
                started = true;
                hash = (hash ^ Character.toLowerCase(c)) * 0x100000001b3L;
            } else {
                gap = true;
            }
        }
        return hash;
    }
}
