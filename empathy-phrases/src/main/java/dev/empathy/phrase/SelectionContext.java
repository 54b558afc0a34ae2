package dev.empathy.phrase;

import dev.empathy.situation.Situation;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a reply goes and what it may contain: channel, formality, situation, slot values such as the
 * customer's name, the customer's message, locale, how many statements to suggest, the statements already
 * used in this conversation and a seed for variety. Immutable and thread-safe; build it with {@link #builder()}.
 *
 * <p>Defaults: any channel, any formality, no situation ({@link Situation#GENERAL}: the selector then uses the
 * situation detected in the reading), no slot values, no message, {@link Locale#ENGLISH}, 3 statements, nothing
 * used, every intent allowed, and no seed: the selector then derives one from the message (or, without a
 * message, from the reading), so the same message always gets the same choice and different customers get
 * different statements.
 */
public final class SelectionContext {

    /** The most statements one selection may ask for. */
    public static final int MAX_COUNT = 20;
    /** Longer slot values are cut to at most this many UTF-16 chars, at a space where one is in the second half (see the builder). */
    public static final int MAX_SLOT_LENGTH = 120;

    private static final SelectionContext DEFAULTS = builder().build();

    private final Channel channel;
    private final Formality formality;
    private final Situation situation;
    private final String[] slots;
    private final Locale locale;
    private final int count;
    private final Set<String> usedIds;
    private final long seed;
    private final boolean seedGiven;
    private final List<MessageSlots.Evidence> fromMessage;
    private final Set<Intent> intents;
    private final int intentMask;

    private SelectionContext(Builder builder) {
        this.channel = builder.channel;
        this.formality = builder.formality;
        this.situation = builder.situation;
        String[] given = SlotValues.array(builder.slots);
        this.slots = given;
        this.fromMessage = builder.message == null ? List.of() : FromMessage.fillSlots(given, builder.message);
        this.locale = builder.locale;
        this.count = builder.count;
        this.usedIds = Collections.unmodifiableSet(new LinkedHashSet<>(builder.usedIds));
        this.seedGiven = builder.seedGiven || builder.message != null;
        this.seed = builder.seedGiven ? builder.seed : builder.message != null ? FromMessage.seed(builder.message) : 0;
        this.intents = builder.intents.isEmpty() ? Collections.unmodifiableSet(EnumSet.allOf(Intent.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(builder.intents));
        this.intentMask = Entry.mask(intents);
    }

    /** {@return the context with every default} */
    public static SelectionContext defaults() {
        return DEFAULTS;
    }

    /** {@return a builder with every default} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the channel, or empty for any channel} */
    public Optional<Channel> channel() {
        return Optional.ofNullable(channel);
    }

    /** {@return the formality, or empty for any formality} */
    public Optional<Formality> formality() {
        return Optional.ofNullable(formality);
    }

    /** {@return the situation; {@link Situation#GENERAL} when unknown} */
    public Situation situation() {
        return situation;
    }

    /**
     * The slot values: those given (cleaned: white space collapsed, blank values dropped), plus the product and
     * duration taken from the customer's message where none was given (see {@link Builder#message(String)}).
     *
     * @return the slot values, unmodifiable; never null, blank values never present
     */
    public Map<Slot, String> slots() {
        EnumMap<Slot, String> map = new EnumMap<>(Slot.class);
        for (Slot slot : Slot.values()) {
            if (slots[slot.ordinal()] != null) {
                map.put(slot, slots[slot.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** {@return the locale whose statements are chosen} */
    public Locale locale() {
        return locale;
    }

    /** {@return how many statements {@link StatementSelector#select} returns at most, 1 to {@value #MAX_COUNT}} */
    public int count() {
        return count;
    }

    /**
     * Ids of statements already used in this conversation; they are never chosen again.
     *
     * @return the used ids, unmodifiable, possibly empty
     */
    public Set<String> usedIds() {
        return usedIds;
    }

    /**
     * The seed that varies the choice among statements that fit about equally well: the one given, else one
     * derived from the message's words (case and spacing ignored), else 0 (and the selector derives one from
     * the reading).
     *
     * @return the seed; 0 when none was given and there is no message
     */
    public long seed() {
        return seed;
    }

    /** True if a seed was given or derived from a message; false when the selector derives it from the reading. */
    boolean hasSeed() {
        return seedGiven;
    }

    /** The slot values taken from the customer's message, with their evidence; empty without a message. */
    List<MessageSlots.Evidence> slotsFromMessage() {
        return fromMessage;
    }

    /** {@return the intents that may be chosen; all twelve unless restricted} */
    public Set<Intent> intents() {
        return intents;
    }

    int intentMask() {
        return intentMask;
    }

    Channel channelOrNull() {
        return channel;
    }

    Formality formalityOrNull() {
        return formality;
    }

    String[] slotValues() {
        return slots;
    }

    /** Builds a {@link SelectionContext}. Not thread-safe; the context it builds is. */
    public static final class Builder {

        private Channel channel;
        private Formality formality;
        private Situation situation = Situation.GENERAL;
        private final Map<Slot, String> slots = new EnumMap<>(Slot.class);
        private Locale locale = Locale.ENGLISH;
        private int count = 3;
        private final Set<String> usedIds = new LinkedHashSet<>();
        private long seed;
        private boolean seedGiven;
        private String message;
        private final Set<Intent> intents = EnumSet.noneOf(Intent.class);

        private Builder() {
        }

        /**
         * Only statements written for this channel; null for any channel.
         *
         * @param channel the channel, or null for any
         * @return this builder
         */
        public Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        /**
         * Only statements written for this formality; null for any formality.
         *
         * @param formality the formality, or null for any
         * @return this builder
         */
        public Builder formality(Formality formality) {
            this.formality = formality;
            return this;
        }

        /**
         * What the contact is about; statements tagged with it rank first, general ones still fit.
         * {@link Situation#GENERAL} (the default) means none: the selector uses the situation detected in the reading.
         *
         * @param situation the situation; not null
         * @return this builder
         */
        public Builder situation(Situation situation) {
            this.situation = Objects.requireNonNull(situation, "situation must not be null");
            return this;
        }

        /**
         * A slot value, e.g. {@code slot(Slot.PRODUCT, "your X200 headphones")}; null or blank removes it.
         *
         * @param slot the slot to fill; not null
         * @param value its value, or null or blank to remove it
         * @return this builder
         */
        public Builder slot(Slot slot, String value) {
            Objects.requireNonNull(slot, "slot must not be null");
            if (value == null || value.isBlank()) {
                slots.remove(slot);
            } else {
                slots.put(slot, value);
            }
            return this;
        }

        /**
         * The customer's name; shorthand for {@code slot(Slot.NAME, name)}.
         *
         * @param name the customer's name, or null or blank to remove it
         * @return this builder
         */
        public Builder name(String name) {
            return slot(Slot.NAME, name);
        }

        /**
         * The locale whose statements are chosen: its exact tag first, else its language.
         *
         * @param locale the locale; not null
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale must not be null");
            return this;
        }

        /**
         * How many statements to suggest, 1 to {@value SelectionContext#MAX_COUNT}.
         *
         * @param count the number of statements, 1 to {@value SelectionContext#MAX_COUNT}
         * @return this builder
         */
        public Builder count(int count) {
            if (count < 1 || count > MAX_COUNT) {
                throw new IllegalArgumentException("count must be between 1 and " + MAX_COUNT + ", got " + count);
            }
            this.count = count;
            return this;
        }

        /**
         * Ids of statements already used in this conversation; adds to any given before.
         *
         * @param ids the statement ids; neither it nor its elements null
         * @return this builder
         */
        public Builder used(Iterable<String> ids) {
            Objects.requireNonNull(ids, "ids must not be null");
            for (String id : ids) {
                usedIds.add(Objects.requireNonNull(id, "ids must not contain null"));
            }
            return this;
        }

        /**
         * As {@link #used(Iterable)}.
         *
         * @param ids the statement ids; neither it nor its elements null
         * @return this builder
         */
        public Builder used(String... ids) {
            return used(java.util.Arrays.asList(Objects.requireNonNull(ids, "ids must not be null")));
        }

        /**
         * The seed for variety, e.g. a hash of the conversation id; the same seed gives the same choice. Without
         * one, the seed is derived from the {@link #message(String) message}, or else from the reading.
         *
         * @param seed any value; the same seed gives the same choice
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            this.seedGiven = true;
            return this;
        }

        /**
         * The customer's message this reply answers; null removes it. It is used to derive the default seed and
         * to fill {@link Slot#PRODUCT} ("my parcel" gives "your parcel") and {@link Slot#DURATION} ("waiting for
         * three weeks" gives "three weeks") where no value was given, from a closed list of words only; the
         * evidence shows in the suggestions' reasons. Only the first 5,000 characters are read. The context keeps
         * only the seed and the words it took, not the message.
         *
         * @param message the customer's message, or null to remove it
         * @return this builder
         */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /**
         * Restricts the choice to these intents; adds to any given before.
         *
         * @param intents the intents to allow; neither it nor its elements null
         * @return this builder
         */
        public Builder intents(Intent... intents) {
            for (Intent intent : Objects.requireNonNull(intents, "intents must not be null")) {
                this.intents.add(Objects.requireNonNull(intent, "intents must not contain null"));
            }
            return this;
        }

        /**
         * {@return the context, immutable and thread-safe}
         */
        public SelectionContext build() {
            return new SelectionContext(this);
        }
    }
}
