package dev.empathy.examples.bench;

import dev.empathy.draft.DraftCheck;
import dev.empathy.draft.DraftChecker;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Drafts per second on one thread for ~100-word agent drafts with all built-in rules on
 * ({@link DraftChecker#english()}), and the time to build a checker (load and compile every rule).
 *
 * <pre>java -jar examples/target/empathy-benchmarks.jar DraftCheckBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s</pre>
 */
@State(Scope.Thread)
@Threads(1)
public class DraftCheckBenchmark {

    /** Four ~100-word drafts: dismissive, clean, mixed, and one with quoted customer text. */
    static final String[] DRAFTS = {
        "Hi Sam, please calm down. As I already said, that's our policy and there's nothing I can do about the courier. "
                + "You should have read the terms you accepted before ordering. You need to send us a photo of the receipt, "
                + "and you must update the app before we can help. Sorry, but we can't refund digital items. "
                + "It's not a big deal, the charge will drop off in a few days. Obviously the app needs an internet connection. "
                + "Just restart it and it will work!!! Per my last email, the replacement was dispatched on Monday.",
        "Hi Sam, thank you for your patience while we looked into this. I can see how frustrating it has been to be "
                + "charged twice, and I'm sorry we let you down. I have reversed the second charge and it will reach your "
                + "card by Friday. I've also added a note to your account so the next agent knows the full story and you "
                + "won't have to repeat it. If anything changes, I'll let you know straight away. Could you reply with a "
                + "convenient time? I'd be happy to call you so we can go through the new plan together. Kind regards, Alex.",
        "Hello, I just refunded you the full amount and you should see it within three working days. We can't change "
                + "the delivery address now, but we can redirect the parcel to a pickup point at no cost. Simply put, the "
                + "refund is already on its way. The policy document you asked for is attached, and the FAQ link is below. "
                + "You don't need to do anything else; I've handled the cancellation. If you'd like, I can call you so we "
                + "can go through it together. Thanks again for flagging this, it helps us improve.",
        "> You told me to calm down!\n> This is the THIRD time I'm asking.\nYou're right, and I'm sorry: that reply "
                + "was wrong of us. You wrote \"calm down, it's fine\" and I understand why that upset you. I've escalated "
                + "this to my manager and she will call you today before 5 pm. In the meantime your account is safe and no "
                + "money has left it. Let's fix this together: could you confirm the last four digits of the card? "
                + "Thank you for sticking with us.",
    };

    private DraftChecker checker;
    private int next;

    @Setup
    public void setUp() {
        checker = DraftChecker.english();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public DraftCheck check100Words() {
        next = next + 1 >= DRAFTS.length ? 0 : next + 1;
        return checker.check(DRAFTS[next]);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public DraftChecker loadRules() {
        return DraftChecker.builder().build();
    }
}
