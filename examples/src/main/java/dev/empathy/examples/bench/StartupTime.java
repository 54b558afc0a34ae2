package dev.empathy.examples.bench;

import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LexiconEmotionClassifier;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Start-up time to the first reading, run in a fresh JVM: prints the milliseconds from JVM start (the
 * runtime's recorded start time) to the first {@code classify} result, and the part of it spent in
 * {@code main}, split into loading the lexicon ({@code english()}) and the first {@code classify} (which
 * also loads the OpenNLP sentence model). The management API is loaded
 * only after the clock is read, so it does not count.
 *
 * <pre>for i in 1 2 3 4 5; do java -cp examples/target/empathy-benchmarks.jar dev.empathy.examples.bench.StartupTime; done</pre>
 */
public final class StartupTime {

    private StartupTime() {
    }

    public static void main(String[] args) {
        long mainStarted = System.nanoTime();
        EmotionClassifier classifier = LexiconEmotionClassifier.english();
        long loadedNanos = System.nanoTime();
        EmotionReading reading = classifier.classify("This is the third time I'm asking and I'm SOOO annoyed!!!");
        long resultNanos = System.nanoTime();
        long resultWallMillis = System.currentTimeMillis();
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(Locale.ROOT, "first-result-ms-from-jvm-start %d  in-main-ms %.1f (load %.1f, first classify %.1f)  emotion %s%n",
                resultWallMillis - jvmStartMillis, (resultNanos - mainStarted) / 1e6, (loadedNanos - mainStarted) / 1e6,
                (resultNanos - loadedNanos) / 1e6, reading.emotion().id());
    }
}
