package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One classifier shared by eight threads reads every message exactly as a single thread does. */
class ConcurrencyTest {

    @Test
    void eightThreadsAgreeWithOneThread() throws Exception {
        EmotionClassifier classifier = LexiconEmotionClassifier.english();
        List<String> messages;
        try (InputStream in = getClass().getResourceAsStream("/corpus/emotion-dev.tsv")) {
            messages = LabelledMessages.readTsv(in, "emotion-dev.tsv").stream().map(LabelledMessage::text).toList();
        }
        List<EmotionReading> expected = messages.stream().map(classifier::classify).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<EmotionReading>>> futures = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int offset = thread * 37;
                futures.add(pool.submit(() -> {
                    List<EmotionReading> readings = new ArrayList<>(messages.size());
                    for (int i = 0; i < messages.size(); i++) {
                        readings.add(null);
                    }
                    for (int i = 0; i < messages.size(); i++) { // each thread walks the list from another start
                        int index = (i + offset) % messages.size();
                        readings.set(index, classifier.classify(messages.get(index)));
                    }
                    return readings;
                }));
            }
            for (Future<List<EmotionReading>> future : futures) {
                assertThat(future.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
