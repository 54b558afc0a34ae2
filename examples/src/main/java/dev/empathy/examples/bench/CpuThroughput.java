package dev.empathy.examples.bench;

import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.LexiconEmotionClassifier;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A companion to {@link ClassifyBenchmark} for shared, busy machines: messages per second of the
 * measuring thread's own CPU time (not wall-clock time), so that other processes competing for the cores
 * do not count. Warms up for 10 s of CPU, then measures 5 s of CPU per case. Not a JMH benchmark: use the
 * JMH figures on an idle machine, this one when the machine is shared.
 *
 * <pre>java -cp examples/target/empathy-benchmarks.jar dev.empathy.examples.bench.CpuThroughput</pre>
 */
public final class CpuThroughput {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static volatile Object sink;

    private CpuThroughput() {
    }

    public static void main(String[] args) {
        EmotionClassifier classifier = LexiconEmotionClassifier.english();
        SentencesAndTokens analyzer = new SentencesAndTokens();
        String[] shortMessages = BenchmarkMessages.shortMessages();
        String[] longMessages = BenchmarkMessages.longMessages();
        run("warm-up classify short", shortMessages, message -> sink = classifier.classify(message), 5);
        run("warm-up classify long", longMessages, message -> sink = classifier.classify(message), 3);
        run("warm-up analysis short", shortMessages, message -> sink = analyzer.tokens(message), 2);
        report("classify short", run("classify short", shortMessages, message -> sink = classifier.classify(message), 5));
        report("classify long", run("classify long", longMessages, message -> sink = classifier.classify(message), 5));
        report("sentences+tokens short (baseline)", run("analysis short", shortMessages, message -> sink = analyzer.tokens(message), 5));
        report("sentences+tokens long (baseline)", run("analysis long", longMessages, message -> sink = analyzer.tokens(message), 5));
    }

    /** Messages per CPU second while {@code action} runs over {@code messages} for {@code cpuSeconds}. */
    private static double run(String name, String[] messages, Consumer<String> action, int cpuSeconds) {
        long budget = cpuSeconds * 1_000_000_000L;
        long started = THREADS.getCurrentThreadCpuTime();
        long count = 0;
        long used;
        do {
            for (String message : messages) {
                action.accept(message);
            }
            count += messages.length;
            used = THREADS.getCurrentThreadCpuTime() - started;
        } while (used < budget);
        return count / (used / 1e9);
    }

    private static void report(String name, double perCpuSecond) {
        System.out.printf(Locale.ROOT, "%-36s %,12.0f msgs per CPU second%n", name, perCpuSecond);
    }
}
