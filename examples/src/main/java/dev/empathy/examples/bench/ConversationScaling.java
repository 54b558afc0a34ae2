package dev.empathy.examples.bench;

import dev.empathy.conversation.Conversation;
import dev.empathy.conversation.ConversationReader;
import dev.empathy.conversation.Role;
import dev.empathy.conversation.Turn;
import dev.empathy.draft.DraftChecker;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LexiconEmotionClassifier;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Locale;

/**
 * CPU time per turn as a thread grows (1,000 to 20,000 turns, {@link ConversationBenchmark}'s threads), against the
 * same turns read one by one by the classifier and the checker alone. Measured in this thread's own CPU time, so a
 * busy machine changes it little; flat microseconds per turn mean time linear in the thread's length. Prints the
 * third of three rounds (the first two warm up).
 *
 * <pre>java -cp examples/target/empathy-benchmarks.jar dev.empathy.examples.bench.ConversationScaling</pre>
 */
public final class ConversationScaling {

    private static volatile Object sink;

    private ConversationScaling() {
    }

    public static void main(String[] args) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ConversationReader reader = ConversationReader.english();
        EmotionClassifier classifier = LexiconEmotionClassifier.english();
        DraftChecker checker = DraftChecker.english();
        for (int round = 0; round < 3; round++) {
            for (boolean identical : new boolean[] {false, true}) {
                for (int turns : new int[] {1_000, 5_000, 20_000}) {
                    Conversation thread = ConversationBenchmark.thread(turns, identical);
                    Instant asOf = ConversationBenchmark.START.plusSeconds(60L * turns);
                    long started = cpu.getCurrentThreadCpuTime();
                    sink = reader.read(thread, asOf);
                    double perTurn = (cpu.getCurrentThreadCpuTime() - started) / 1e3 / turns;
                    started = cpu.getCurrentThreadCpuTime();
                    EmotionReading last = EmotionReading.neutral();
                    for (Turn turn : thread.turns()) {
                        if (turn.role() == Role.CUSTOMER) {
                            last = classifier.classify(turn.text());
                            sink = last;
                        } else {
                            sink = checker.check(turn.text(), last);
                        }
                    }
                    double alone = (cpu.getCurrentThreadCpuTime() - started) / 1e3 / turns;
                    if (round == 2) {
                        System.out.printf(Locale.ROOT, "%-9s %6d turns: %7.1f us/turn CPU  (classifier + checker alone %.1f us/turn, ratio %.2f)%n",
                                identical ? "identical" : "realistic", turns, perTurn, alone, perTurn / alone);
                    }
                }
            }
        }
    }
}
