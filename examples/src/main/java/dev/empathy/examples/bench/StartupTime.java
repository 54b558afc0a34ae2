package dev.empathy.examples.bench;

import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LexiconEmotionClassifier;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Start-up time to the first reading, in fresh JVMs.
 *
 * <p>With no argument, measures this JVM: prints the milliseconds from JVM start (the runtime's recorded start
 * time) to the first {@code classify} result, and the part of it spent in {@code main}, split into loading the
 * lexicon ({@code english()}) and the first {@code classify} (which also waits for the OpenNLP sentence model);
 * then the CPU time of the main thread and of the whole process (JIT and loader threads included), which a
 * busy machine inflates less than the wall clock. The management API is loaded only after the clock is read,
 * so it does not count.
 *
 * <p>With {@code --runs N}, starts 3 × N fresh JVMs of this class, interleaved: N with an empty {@code main}
 * from the same jar (the same-run baseline: what the JVM itself costs here), N plain, and N with an AppCDS
 * archive ({@code -XX:SharedArchiveFile}) that one more JVM first writes with {@code -XX:ArchiveClassesAtExit};
 * then prints the median and spread of each, the ratios to the empty {@code main} and the load average.
 *
 * <pre>
 * for i in 1 2 3 4 5; do java -cp examples/target/empathy-benchmarks.jar dev.empathy.examples.bench.StartupTime; done
 * java -cp examples/target/empathy-benchmarks.jar dev.empathy.examples.bench.StartupTime --runs 5
 * </pre>
 */
public final class StartupTime {

    static final String RESULT = "first-result-ms-from-jvm-start";
    static final String EMPTY = "main-reached-ms-from-jvm-start";

    private StartupTime() {
    }

    public static void main(String[] args) throws Exception {
        long mainStarted = System.nanoTime();
        if (args.length == 1 && args[0].equals("--empty")) {
            long reachedWallMillis = System.currentTimeMillis();
            System.out.printf(Locale.ROOT, "%s %d%n", EMPTY, reachedWallMillis - ManagementFactory.getRuntimeMXBean().getStartTime());
            return;
        }
        if (args.length == 2 && args[0].equals("--runs")) {
            StartupRuns.run(Integer.parseInt(args[1])); // a class of its own: this one stays small to load
            return;
        }
        if (args.length != 0) {
            System.err.println("usage: StartupTime [--runs N]");
            System.exit(2);
        }
        EmotionClassifier classifier = LexiconEmotionClassifier.english();
        long loadedNanos = System.nanoTime();
        EmotionReading reading = classifier.classify("This is the third time I'm asking and I'm SOOO annoyed!!!");
        long resultNanos = System.nanoTime();
        long resultWallMillis = System.currentTimeMillis();
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long processCpu = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
        System.out.printf(Locale.ROOT, "%s %d  in-main-ms %.1f (load %.1f, first classify %.1f)  emotion %s"
                        + "  cpu-ms main-thread %.0f process %.0f%n",
                RESULT, resultWallMillis - jvmStartMillis, (resultNanos - mainStarted) / 1e6, (loadedNanos - mainStarted) / 1e6,
                (resultNanos - loadedNanos) / 1e6, reading.emotion().id(), mainCpu / 1e6, processCpu / 1e6);
    }
}
