package dev.empathy.examples.bench;

import dev.empathy.situation.Situation;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LexiconEmotionClassifier;
import dev.empathy.phrase.Channel;
import dev.empathy.phrase.Opening;
import dev.empathy.phrase.PhraseCatalog;
import dev.empathy.phrase.SelectionContext;
import dev.empathy.phrase.StatementSelector;
import dev.empathy.phrase.Suggestion;
import java.util.List;
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
 * Statement selection on one thread: {@code select} (3 ranked statements) and {@code opening} per second, over
 * readings of the short benchmark messages (classified once in set-up, so only selection is timed) and
 * contexts cycling through channels, situations, names and seeds; and the time to load and validate the
 * built-in catalog ({@code PhraseCatalog.builder().build()}, warm).
 *
 * <pre>java -jar examples/target/empathy-benchmarks.jar SelectBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s</pre>
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class SelectBenchmark {

    private StatementSelector selector;
    private EmotionReading[] readings;
    private SelectionContext[] contexts;
    private int next;

    @Setup
    public void setUp() {
        selector = StatementSelector.english();
        String[] messages = BenchmarkMessages.shortMessages();
        readings = new EmotionReading[messages.length];
        for (int i = 0; i < messages.length; i++) {
            readings[i] = LexiconEmotionClassifier.english().classify(messages[i]);
        }
        Situation[] situations = Situation.values();
        Channel[] channels = Channel.values();
        contexts = new SelectionContext[64];
        for (int i = 0; i < contexts.length; i++) {
            contexts[i] = SelectionContext.builder()
                    .channel(i % 5 == 4 ? null : channels[i % channels.length])
                    .situation(situations[i % situations.length])
                    .name(i % 2 == 0 ? "Sam" : null)
                    .seed(i)
                    .build();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    public List<Suggestion> selectThree() {
        next++;
        return selector.select(readings[next % readings.length], contexts[next & 63]);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    public Opening opening() {
        next++;
        return selector.opening(readings[next % readings.length], contexts[next & 63]);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PhraseCatalog loadCatalog() {
        return PhraseCatalog.builder().build();
    }
}
