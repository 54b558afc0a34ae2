package dev.empathy.phrase;

import java.util.Map;
import java.util.Objects;

/**
 * Slot values as they may appear in a rendered statement: cleaned of invisible and control characters,
 * white space collapsed, cut to {@value SelectionContext#MAX_SLOT_LENGTH} chars, and laid out as an array
 * indexed by {@link Slot#ordinal()} for {@link Template#render}. Stateless.
 */
final class SlotValues {

    private SlotValues() {
    }

    /** The cleaned values by slot ordinal; null where a slot has no value or cleans to nothing. */
    static String[] array(Map<Slot, String> values) {
        String[] array = new String[Slot.values().length];
        values.forEach((slot, value) -> array[Objects.requireNonNull(slot, "slot must not be null").ordinal()] = clean(value));
        return array;
    }

    /**
     * A slot value as it may appear in a rendered statement: runs of white space and control characters
     * become one space; invisible format characters (bidirectional overrides and isolates U+202A..U+202E,
     * U+2066..U+2069, zero-width U+200B..U+200F, U+FEFF and the rest of Unicode's "Cf") and lone
     * surrogates are dropped; a value longer than {@value SelectionContext#MAX_SLOT_LENGTH} chars is cut at its
     * last space within the limit, or between code points when a word fills more than half of it.
     */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), SelectionContext.MAX_SLOT_LENGTH + 2));
        boolean space = false;
        boolean cut = false;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL) {
                space = out.length() > 0;
                continue;
            }
            if (type == Character.FORMAT || type == Character.SURROGATE) {
                continue; // invisible controls and lone surrogates never reach a customer
            }
            int needed = (space ? 1 : 0) + Character.charCount(c);
            if (out.length() + needed > SelectionContext.MAX_SLOT_LENGTH) {
                cut = !space; // the limit falls inside a word
                break;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(c);
        }
        if (cut) {
            int lastSpace = out.lastIndexOf(" ");
            if (lastSpace > SelectionContext.MAX_SLOT_LENGTH / 2) {
                out.setLength(lastSpace); // "Maria Fernanda de los Santos ..." ends at a whole word
            }
        }
        return out.length() == 0 ? null : out.toString();
    }
}
