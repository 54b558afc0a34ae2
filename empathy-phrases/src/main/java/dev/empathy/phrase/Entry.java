package dev.empathy.phrase;

import dev.empathy.emotion.Emotion;
import java.util.Set;

/**
 * A statement prepared for fast selection: its compiled template and its tags as bit masks. Immutable.
 */
final class Entry {

    final Statement statement;
    final Template template;
    final int intent;
    final int suits;
    final int neverFor;
    final int formalities;
    final int channels;
    final int situations;
    final double minIntensity;
    final double maxIntensity;
    /** A stable hash of the id (String.hashCode is specified), mixed with the seed for variety. */
    final long idHash;
    /** 1 when the statement names few emotions (written for them), towards 0 when it suits all nine. */
    final double emotionSpecificity;
    /** True for statements that cheer: encouragement, greetings, exclamations, "great news" and the like. */
    final boolean cheerful;
    private final int slotMask;

    Entry(Statement statement, Template template) {
        this.statement = statement;
        this.template = template;
        this.intent = statement.intent().ordinal();
        this.suits = mask(statement.suits());
        this.neverFor = mask(statement.neverFor());
        this.formalities = mask(statement.formalities());
        this.channels = mask(statement.channels());
        this.situations = mask(statement.situations());
        this.minIntensity = statement.minIntensity();
        this.maxIntensity = statement.maxIntensity();
        this.idHash = statement.id().hashCode() * 0x9E3779B97F4A7C15L;
        this.emotionSpecificity = 1.0 - (statement.suits().size() - 1) / (double) (Emotion.values().length - 1);
        this.cheerful = isCheerful(statement);
        int slotBits = 0;
        for (Slot slot : template.slots()) {
            slotBits |= 1 << slot.ordinal();
        }
        this.slotMask = slotBits;
    }

    private static final String[] CHEER = {"great", "wonderful", "delighted", "lovely", "good to hear",
        "happy to hear", "glad to hear", "made our day", "pleasure", "awesome", "fantastic", "brilliant", "enjoy"};

    /** Encourage and warm-greeting statements, and any text with '!' or a word of cheer, are cheerful. */
    static boolean isCheerful(Statement statement) {
        if (statement.intent() == Intent.ENCOURAGE || statement.intent() == Intent.WARM_GREETING
                || statement.text().indexOf('!') >= 0) {
            return true;
        }
        String text = statement.text().toLowerCase(java.util.Locale.ROOT);
        for (String word : CHEER) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** True if the statement's text has the slot. */
    boolean uses(Slot slot) {
        return (slotMask & (1 << slot.ordinal())) != 0;
    }

    static <E extends Enum<E>> int mask(Set<E> values) {
        int mask = 0;
        for (E value : values) {
            mask |= 1 << value.ordinal();
        }
        return mask;
    }

    static int bit(Enum<?> value) {
        return 1 << value.ordinal();
    }
}
