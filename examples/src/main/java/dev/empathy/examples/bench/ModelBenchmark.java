package dev.empathy.examples.bench;

import dev.empathy.model.BlendedEmotionClassifier;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.model.EmotionModel;
import dev.empathy.model.EmotionModelTrainer;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LabelledMessage;
import dev.empathy.emotion.LabelledMessages;
import dev.empathy.emotion.LexiconEmotionClassifier;
import dev.empathy.model.ModelEmotionClassifier;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * The trained emotion model on one thread: short messages per second with the built-in model alone and
 * blended with the lexicon (the lexicon alone as a same-run baseline), the time to load the built-in model
 * from its bytes, and the time to train a model on 3,000 in-house messages with the default settings.
 * The built-in model's size on disk is printed at set-up. Run from the project root (training reads the
 * corpus from {@code empathy-core/src/test/resources/corpus/}):
 *
 * <pre>java -jar examples/target/empathy-benchmarks.jar ModelBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s</pre>
 */
@State(Scope.Thread)
@Threads(1)
public class ModelBenchmark {

    @Param("empathy-core/src/test/resources/corpus")
    public String corpus;

    private EmotionClassifier lexicon;
    private EmotionClassifier model;
    private EmotionClassifier blend;
    private byte[] modelBytes;
    private List<LabelledMessage> training;
    private String[] shortMessages;
    private int next;

    @Setup
    public void setUp() {
        lexicon = LexiconEmotionClassifier.english();
        model = ModelEmotionClassifier.english();
        blend = BlendedEmotionClassifier.english();
        modelBytes = EmotionModel.english().toBytes();
        shortMessages = BenchmarkMessages.shortMessages();
        List<LabelledMessage> all = new ArrayList<>();
        for (String split : new String[] {"emotion-train.tsv", "emotion-dev.tsv", "emotion-test.tsv"}) {
            all.addAll(LabelledMessages.read(Path.of(corpus, split)));
        }
        training = List.copyOf(all.subList(0, 3000));
        System.out.println("\nbuilt-in model size on disk: " + modelBytes.length + " bytes");
    }

    private String nextShort() {
        next = next + 1 >= shortMessages.length ? 0 : next + 1;
        return shortMessages[next];
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public EmotionReading modelShort() {
        return model.classify(nextShort());
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public EmotionReading blendShort() {
        return blend.classify(nextShort());
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public EmotionReading baselineLexiconShort() {
        return lexicon.classify(nextShort());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public EmotionModel loadBuiltInModel() {
        return EmotionModel.load(new ByteArrayInputStream(modelBytes), "emotion-model.bin");
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public EmotionModel train3000() {
        return EmotionModelTrainer.defaults().train(training);
    }
}
