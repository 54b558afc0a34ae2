package dev.empathy.examples.bench;

import dev.empathy.emotion.LexiconEmotionClassifier;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.Locale;

/**
 * Retained heap of a loaded classifier, run in a fresh JVM: heap in use after repeated full GCs, before
 * and after building a {@link LexiconEmotionClassifier} and classifying one message (which also loads the
 * OpenNLP sentence model it holds). Prints both and the difference in MB (2^20 bytes).
 *
 * <pre>java -cp examples/target/empathy-benchmarks.jar dev.empathy.examples.bench.RetainedHeap</pre>
 */
public final class RetainedHeap {

    private RetainedHeap() {
    }

    public static void main(String[] args) throws InterruptedException {
        long before = usedHeapAfterGc();
        LexiconEmotionClassifier classifier = LexiconEmotionClassifier.builder().build();
        String emotion = classifier.classify("Thanks for replying, but this is the third time I'm asking!").emotion().id();
        long after = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "heap-before-mb %.1f  heap-after-mb %.1f  retained-mb %.1f  entries %d  (%s)%n",
                mb(before), mb(after), mb(after - before), classifier.size(), emotion);
        Reference.reachabilityFence(classifier);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
