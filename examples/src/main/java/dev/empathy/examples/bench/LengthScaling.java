package dev.empathy.examples.bench;

import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.LexiconEmotionClassifier;
import java.util.Locale;

/**
 * Time per character as a message grows: the first short and the first long benchmark message repeated
 * 1, 4, 16 and 64 times, classified by a warm classifier. Flat microseconds per character mean time linear
 * in the text. Prints the third of three rounds (the first two warm up).
 *
 * <pre>java -cp examples/target/empathy-benchmarks.jar dev.empathy.examples.bench.LengthScaling</pre>
 */
public final class LengthScaling {

    private static volatile Object sink;

    private LengthScaling() {
    }

    public static void main(String[] args) {
        EmotionClassifier classifier = LexiconEmotionClassifier.english();
        String[] bases = {BenchmarkMessages.shortMessages()[0], BenchmarkMessages.longMessages()[0]};
        for (int round = 0; round < 3; round++) {
            for (String base : bases) {
                for (int copies : new int[] {1, 4, 16, 64}) {
                    String text = (base + " ").repeat(copies);
                    int repetitions = Math.max(5, 2_000_000 / text.length());
                    long started = System.nanoTime();
                    for (int i = 0; i < repetitions; i++) {
                        sink = classifier.classify(text);
                    }
                    double micros = (System.nanoTime() - started) / 1e3 / repetitions;
                    if (round == 2) {
                        System.out.printf(Locale.ROOT, "%6d chars: %10.1f us/message  %.3f us/char%n",
                                text.length(), micros, micros / text.length());
                    }
                }
            }
        }
    }
}
