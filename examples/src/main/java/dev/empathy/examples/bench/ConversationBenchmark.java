package dev.empathy.examples.bench;

import dev.empathy.conversation.Conversation;
import dev.empathy.conversation.ConversationReader;
import dev.empathy.conversation.ConversationReading;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Time to read one whole thread with {@link ConversationReader#english()}, for threads of 1,000 and 10,000 turns
 * (customer and agent alternating, one minute apart): if reading is linear, the time per turn is the same for both.
 * {@code realistic} threads cycle through varied customer complaints and agent replies; {@code identical} threads
 * repeat one customer turn, the worst case for repeated-question detection (every turn matches every earlier one).
 *
 * <pre>java -jar examples/target/empathy-benchmarks.jar ConversationBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s</pre>
 */
@State(Scope.Thread)
@Threads(1)
public class ConversationBenchmark {

    private static final String[] CUSTOMER = {
        "Hi, my order %d hasn't arrived yet, can you check where it is?",
        "This is the third time I'm asking about order %d, it still hasn't arrived!",
        "I was charged twice for my subscription this month, invoice %d. Please fix it.",
        "The app keeps crashing when I open my playlist on Android %d, so annoying.",
        "Thanks, that worked! Appreciate the help with ticket %d.",
        "Still waiting for a reply about my refund %d, it's been days.",
    };
    private static final String[] AGENT = {
        "I'm sorry about that. Could you DM us your order number %d and postcode?",
        "Please calm down, that's our policy for order %d.",
        "I've refunded the second charge on invoice %d; you'll see it by Friday.",
        "Could you reinstall the app and let us know if it still happens? Ref %d ^AB",
    };

    @Param({"1000", "10000"})
    int turns;

    @Param({"realistic", "identical"})
    String kind;

    private Conversation thread;
    private Instant asOf;

    @Setup
    public void setUp() {
        thread = thread(turns, kind.equals("identical"));
        asOf = START.plusSeconds(60L * turns);
    }

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    /** A thread of {@code turns} turns, customer and agent alternating, one minute apart. */
    static Conversation thread(int turns, boolean identical) {
        Instant start = START;
        Conversation.Builder builder = Conversation.builder();
        for (int i = 0; i < turns; i++) {
            Instant time = start.plusSeconds(60L * i);
            if (i % 2 == 0) {
                String text = identical ? "My order still hasn't arrived, where is my parcel?"
                        : String.format(CUSTOMER[(i / 2) % CUSTOMER.length], i);
                builder.customer(text, time);
            } else {
                builder.agent(String.format(AGENT[(i / 2) % AGENT.length], i), time);
            }
        }
        return builder.build();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ConversationReading readThread() {
        return ConversationReader.english().read(thread, asOf);
    }
}
