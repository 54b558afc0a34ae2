package dev.empathy.examples.bench;

import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LexiconEmotionClassifier;
import java.util.concurrent.TimeUnit;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Messages per second on one thread: {@link LexiconEmotionClassifier#english()} on short and long
 * customer messages, against two baselines measured in the same run: OpenNLP's {@link SimpleTokenizer}
 * alone, and sentence detection + tokenisation alone, which every reading needs ({@link SentencesAndTokens}:
 * OpenNLP's detector and tokenizer, as the classifier's own analysis uses them). One operation is one message; each benchmark cycles through its message set.
 *
 * <pre>java -jar examples/target/empathy-benchmarks.jar ClassifyBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ClassifyBenchmark {

    private EmotionClassifier classifier;
    private SentencesAndTokens analyzer;
    private String[] shortMessages;
    private String[] longMessages;
    private int next;

    @Setup
    public void setUp() {
        classifier = LexiconEmotionClassifier.english();
        analyzer = new SentencesAndTokens();
        shortMessages = BenchmarkMessages.shortMessages();
        longMessages = BenchmarkMessages.longMessages();
    }

    private String nextOf(String[] messages) {
        next = next + 1 >= messages.length ? 0 : next + 1;
        return messages[next];
    }

    @Benchmark
    public EmotionReading classifyShort() {
        return classifier.classify(nextOf(shortMessages));
    }

    @Benchmark
    public EmotionReading classifyLong() {
        return classifier.classify(nextOf(longMessages));
    }

    @Benchmark
    public int baselineSentencesAndTokensShort() {
        return analyzer.tokens(nextOf(shortMessages));
    }

    @Benchmark
    public int baselineSentencesAndTokensLong() {
        return analyzer.tokens(nextOf(longMessages));
    }

    @Benchmark
    public Span[] baselineSimpleTokenizerShort() {
        return SimpleTokenizer.INSTANCE.tokenizePos(nextOf(shortMessages));
    }

    @Benchmark
    public Span[] baselineSimpleTokenizerLong() {
        return SimpleTokenizer.INSTANCE.tokenizePos(nextOf(longMessages));
    }
}
