package dev.empathy.phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A statement's text compiled once at load: literal text, slots with their fallback, and optional
 * segments {@code [...]} that are left out whole when a slot inside has no value. Immutable.
 *
 * <p>Syntax: {@code {slot}} takes the file's default for the slot; {@code {slot|fallback}} takes the
 * written fallback; a slot without either must sit inside {@code [...]}. Segments do not nest.
 */
final class Template {

    /** A piece of text: literal text ({@code slot == null}), or a slot with its fallback (null when none). */
    private record Part(String literal, Slot slot, String fallback, List<Part> optional) {
    }

    private final List<Part> parts;
    private final Slot[] slots;

    private Template(List<Part> parts, Slot[] slots) {
        this.parts = parts;
        this.slots = slots;
    }

    /** The slots the text uses, in order of first use. */
    Slot[] slots() {
        return slots.clone();
    }

    /**
     * Compiles {@code text}.
     *
     * @param defaults the file's slot defaults
     * @throws IllegalArgumentException with the problem (no file or line) when the text is malformed
     */
    static Template compile(String text, Map<Slot, String> defaults) {
        List<Part> top = new ArrayList<>();
        List<Part> optional = null;
        List<Slot> used = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{') {
                int close = text.indexOf('}', i);
                int nextOpen = text.indexOf('{', i + 1);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                    throw new IllegalArgumentException("unclosed '{' at column " + (i + 1) + " of the text");
                }
                String body = text.substring(i + 1, close);
                int bar = body.indexOf('|');
                String slotName = bar < 0 ? body : body.substring(0, bar);
                String fallback = bar < 0 ? null : body.substring(bar + 1);
                Slot slot = slotNamed(slotName);
                if (fallback != null && (fallback.isBlank() || fallback.indexOf('[') >= 0 || fallback.indexOf(']') >= 0)) {
                    throw new IllegalArgumentException("fallback of {" + slot.id() + "} must be plain, non-empty text");
                }
                if (fallback == null) {
                    fallback = defaults.get(slot);
                }
                if (fallback == null && optional == null) {
                    throw new IllegalArgumentException("slot {" + slot.id() + "} has no default in this file; write {"
                            + slot.id() + "|fallback} or put it inside an optional segment [...]");
                }
                flush(literal, optional != null ? optional : top);
                (optional != null ? optional : top).add(new Part(null, slot, fallback, null));
                if (!used.contains(slot)) {
                    used.add(slot);
                }
                i = close + 1;
            } else if (c == '}') {
                throw new IllegalArgumentException("unmatched '}' at column " + (i + 1) + " of the text");
            } else if (c == '[') {
                if (optional != null) {
                    throw new IllegalArgumentException("nested '[' at column " + (i + 1) + " of the text; optional segments do not nest");
                }
                flush(literal, top);
                optional = new ArrayList<>();
                i++;
            } else if (c == ']') {
                if (optional == null) {
                    throw new IllegalArgumentException("unmatched ']' at column " + (i + 1) + " of the text");
                }
                flush(literal, optional);
                if (optional.stream().noneMatch(part -> part.slot() != null)) {
                    throw new IllegalArgumentException("optional segment ending at column " + (i + 1) + " contains no slot");
                }
                top.add(new Part(null, null, null, List.copyOf(optional)));
                optional = null;
                i++;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (optional != null) {
            throw new IllegalArgumentException("unclosed '[' in the text");
        }
        flush(literal, top);
        return new Template(List.copyOf(top), used.toArray(new Slot[0]));
    }

    private static Slot slotNamed(String name) {
        for (Slot slot : Slot.values()) {
            if (slot.id().equals(name)) {
                return slot;
            }
        }
        StringBuilder expected = new StringBuilder();
        for (Slot slot : Slot.values()) {
            expected.append(expected.length() == 0 ? "" : ", ").append('{').append(slot.id()).append('}');
        }
        throw new IllegalArgumentException("unknown slot {" + name + "}, expected one of " + expected);
    }

    private static void flush(StringBuilder literal, List<Part> into) {
        if (literal.length() > 0) {
            into.add(new Part(literal.toString(), null, null, null));
            literal.setLength(0);
        }
    }

    /**
     * The text with slots filled: a slot with a value takes it, otherwise its fallback; an optional
     * segment is left out when any slot inside has no value. The first letter is capitalised.
     *
     * @param values slot values, indexed by {@link Slot#ordinal()}; null or blank means no value
     */
    String render(String[] values) {
        StringBuilder out = new StringBuilder(96);
        for (Part part : parts) {
            if (part.optional() != null) {
                if (allPresent(part.optional(), values)) {
                    append(part.optional(), values, out);
                }
            } else {
                append(part, values, out);
            }
        }
        capitaliseFirst(out);
        return out.toString();
    }

    private static boolean allPresent(List<Part> parts, String[] values) {
        for (Part part : parts) {
            if (part.slot() != null && values[part.slot().ordinal()] == null) {
                return false;
            }
        }
        return true;
    }

    private static void append(List<Part> parts, String[] values, StringBuilder out) {
        for (Part part : parts) {
            append(part, values, out);
        }
    }

    private static void append(Part part, String[] values, StringBuilder out) {
        if (part.slot() == null) {
            out.append(part.literal());
        } else {
            String value = values[part.slot().ordinal()];
            out.append(value != null ? value : part.fallback());
        }
    }

    private static void capitaliseFirst(StringBuilder out) {
        if (out.length() > 0 && Character.isLowerCase(out.charAt(0))) {
            out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        }
    }
}
