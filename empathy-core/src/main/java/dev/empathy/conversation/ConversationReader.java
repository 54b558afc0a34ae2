package dev.empathy.conversation;

import dev.empathy.draft.DraftChecker;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.LexiconEmotionClassifier;
import dev.empathy.emotion.SignalType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Reads a whole support thread in one call: each customer turn's emotion, each agent turn's draft check against
 * the customer turn it answers, and for the thread the customer's trajectory, repeated contact, waits and
 * whether the customer still needs an answer.
 *
 * <pre>{@code
 * ConversationReader reader = ConversationReader.english();              // shared, immutable, thread-safe
 * ConversationReading reading = reader.read(conversation);
 * reading.trajectory().trajectory();   // ESCALATING, CALMING, STEADY or RESOLVED (rules in Trajectory)
 * reading.repeatedContacts();          // who asked again, or said they already did
 * reading.waits().longest();           // the longest answered wait, when turns have times
 * reading.needsAnswer();
 * }</pre>
 *
 * <p>The pipeline, each stage a small class of this package: {@code TurnStage} (classifier and checker per
 * turn), {@code TrajectoryStage} ({@link Trajectory}), {@code RepeatStage} ({@link RepeatedContact}: a customer
 * turn asks again when it and an earlier customer turn each have at least {@value #MIN_REPEAT_WORDS} content words
 * and a Jaccard similarity of at least {@value #REPEAT_SIMILARITY}, found through min-hash bands rather than by
 * comparing all pairs), {@code WaitStage} ({@link WaitTimes}) and {@code AnswerStage} ({@link AnswerStatus}).
 *
 * <p><b>Time</b> is linear in the thread's total length: every stage is one pass over the turns, and the
 * classifier and checker are linear in each text.
 *
 * <p><b>Limits</b>: a conversation of more than {@link Builder#maxTurns(int) maxTurns} turns (default
 * {@value #DEFAULT_MAX_TURNS}) or more than {@link Builder#maxCharacters(long) maxCharacters} characters of text
 * in all (default {@value #DEFAULT_MAX_CHARACTERS}) is refused with an {@link IllegalArgumentException} that names
 * the limit, before anything is read. There is no limit per turn beyond the total.
 *
 * <p>Instances are immutable and thread-safe: build one and share it. Text is never logged.
 */
public final class ConversationReader {

    /** The default maximum number of turns, {@value}. */
    public static final int DEFAULT_MAX_TURNS = 100_000;
    /** The default maximum total number of characters (UTF-16 units) over all turns, {@value}. */
    public static final long DEFAULT_MAX_CHARACTERS = 20_000_000L;
    /** The default long-wait threshold: one hour. */
    public static final Duration DEFAULT_LONG_WAIT = Duration.ofHours(1);
    /** The smallest change in negative intensity between two customer turns that makes a trajectory, {@value}. */
    public static final double TRAJECTORY_STEP = 0.15;
    /** The Jaccard similarity of content words from which a customer turn asks again, {@value}. */
    public static final double REPEAT_SIMILARITY = 0.5;
    /** Turns with fewer content words than this ({@value}) are never compared ("ok done", "thanks!"). */
    public static final int MIN_REPEAT_WORDS = 3;

    private static final class Default {
        static final ConversationReader ENGLISH = builder().build();
    }

    private final EmotionClassifier classifier;
    private final DraftChecker checker;
    private final int maxTurns;
    private final long maxCharacters;
    private final Duration longWait;
    private final Clock clock;

    private ConversationReader(Builder builder) {
        this.classifier = builder.classifier != null ? builder.classifier : LexiconEmotionClassifier.english();
        this.checker = builder.checker != null ? builder.checker : DraftChecker.english();
        this.maxTurns = builder.maxTurns;
        this.maxCharacters = builder.maxCharacters;
        this.longWait = builder.longWait;
        this.clock = builder.clock;
    }

    /**
     * The shared reader with {@link LexiconEmotionClassifier#english()}, {@link DraftChecker#english()}, the default
     * limits and the system UTC clock.
     */
    public static ConversationReader english() {
        return Default.ENGLISH;
    }

    /** {@return a builder with every default} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the most turns a conversation may have} */
    public int maxTurns() {
        return maxTurns;
    }

    /** {@return the most characters a conversation's turns may hold in all} */
    public long maxCharacters() {
        return maxCharacters;
    }

    /** {@return the wait from which {@link ConversationReading#longWait()} is true} */
    public Duration longWait() {
        return longWait;
    }

    /** Reads {@code conversation}, measuring a current wait up to the reader's clock (by default, now). */
    public ConversationReading read(Conversation conversation) {
        return read(conversation, clock.instant());
    }

    /**
     * Reads {@code conversation}, measuring a current wait up to {@code asOf} (a current wait that starts after
     * {@code asOf} is zero).
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the conversation exceeds {@link #maxTurns()} or {@link #maxCharacters()}
     */
    public ConversationReading read(Conversation conversation, Instant asOf) {
        Objects.requireNonNull(conversation, "conversation must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        checkLimits(conversation);
        List<TurnReading> turns = TurnStage.read(conversation, classifier, checker);
        CustomerTrajectory trajectory = TrajectoryStage.of(turns, TRAJECTORY_STEP);
        List<RepeatedContact> repeats = RepeatStage.find(turns, MIN_REPEAT_WORDS, REPEAT_SIMILARITY).contacts();
        WaitTimes waits = WaitStage.measure(turns, asOf);
        AnswerStage.Result answer = AnswerStage.of(turns);
        boolean longWaitShown = waits.atLeast(longWait) || turns.stream()
                .anyMatch(turn -> turn.emotion().filter(reading -> reading.has(SignalType.LONG_WAIT)).isPresent());
        return new ConversationReading(turns, trajectory, repeats, waits, longWaitShown, longWait, answer.status(), answer.unanswered(), asOf);
    }

    private void checkLimits(Conversation conversation) {
        if (conversation.size() > maxTurns) {
            throw new IllegalArgumentException("conversation has " + conversation.size() + " turns, more than this reader's maximum of "
                    + maxTurns + " (ConversationReader.Builder.maxTurns)");
        }
        long characters = 0;
        for (Turn turn : conversation.turns()) {
            characters += turn.text().length();
        }
        if (characters > maxCharacters) {
            throw new IllegalArgumentException("conversation has " + characters + " characters, more than this reader's maximum of "
                    + maxCharacters + " (ConversationReader.Builder.maxCharacters)");
        }
    }

    @Override
    public String toString() {
        return "ConversationReader[maxTurns=" + maxTurns + ", maxCharacters=" + maxCharacters + ", longWait=" + longWait + "]";
    }

    /**
     * Configures a {@link ConversationReader}. Not thread-safe; the reader it builds is.
     *
     * <p>Defaults: {@link LexiconEmotionClassifier#english()}, {@link DraftChecker#english()},
     * {@value ConversationReader#DEFAULT_MAX_TURNS} turns, {@value ConversationReader#DEFAULT_MAX_CHARACTERS} characters, a
     * long wait from one hour, the system UTC clock.
     */
    public static final class Builder {

        private EmotionClassifier classifier;
        private DraftChecker checker;
        private int maxTurns = DEFAULT_MAX_TURNS;
        private long maxCharacters = DEFAULT_MAX_CHARACTERS;
        private Duration longWait = DEFAULT_LONG_WAIT;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Reads customer turns with {@code classifier} (e.g. a trained model or a blend).
         *
         * @return this builder
         */
        public Builder classifier(EmotionClassifier classifier) {
            this.classifier = Objects.requireNonNull(classifier, "classifier must not be null");
            return this;
        }

        /**
         * Checks agent turns with {@code checker} (e.g. with vendor rules).
         *
         * @return this builder
         */
        public Builder checker(DraftChecker checker) {
            this.checker = Objects.requireNonNull(checker, "checker must not be null");
            return this;
        }

        /**
         * The most turns a conversation may have, at least 1.
         *
         * @return this builder
         */
        public Builder maxTurns(int maxTurns) {
            if (maxTurns < 1) {
                throw new IllegalArgumentException("maxTurns must be at least 1, got " + maxTurns);
            }
            this.maxTurns = maxTurns;
            return this;
        }

        /**
         * The most characters (UTF-16 units) a conversation's turns may hold in all, at least 1.
         *
         * @return this builder
         */
        public Builder maxCharacters(long maxCharacters) {
            if (maxCharacters < 1) {
                throw new IllegalArgumentException("maxCharacters must be at least 1, got " + maxCharacters);
            }
            this.maxCharacters = maxCharacters;
            return this;
        }

        /**
         * The wait (answered or current) from which the thread shows a long wait; positive.
         *
         * @return this builder
         */
        public Builder longWait(Duration longWait) {
            Objects.requireNonNull(longWait, "longWait must not be null");
            if (longWait.isNegative() || longWait.isZero()) {
                throw new IllegalArgumentException("longWait must be positive, got " + longWait);
            }
            this.longWait = longWait;
            return this;
        }

        /**
         * The clock {@link ConversationReader#read(Conversation)} measures a current wait up to.
         *
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        public ConversationReader build() {
            return new ConversationReader(this);
        }
    }
}
