package dev.empathy.examples.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.model.EmotionModelTrainer;
import dev.empathy.emotion.LabelledMessage;
import dev.empathy.emotion.LabelledMessages;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed built-in model is what the committed corpus and lexicon train today. Training is
 * deterministic, so a lexicon, corpus or feature change without a retrain fails here; rebuild it with
 * {@code ./mvnw -q -B -pl examples -am compile exec:java@built-in-model} and commit the new file.
 */
class TrainBuiltInModelTest {

    private static final Path CORPUS = Path.of("../empathy-core/src/test/resources/corpus");

    @Test
    void theCommittedModelMatchesAFreshTraining() throws Exception {
        List<LabelledMessage> messages = new ArrayList<>();
        messages.addAll(LabelledMessages.read(CORPUS.resolve("emotion-train.tsv")));
        messages.addAll(LabelledMessages.read(CORPUS.resolve("emotion-dev.tsv")));
        Path fresh = Files.createTempFile("emotion-model", ".bin");
        try {
            EmotionModelTrainer.defaults().train(messages).save(fresh);
            byte[] committed;
            try (InputStream in = getClass().getResourceAsStream("/dev/empathy/emotion/en/emotion-model.bin")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                committed = out.toByteArray();
            }
            assertThat(Files.readAllBytes(fresh))
                    .as("the built-in model is stale: run ./mvnw -q -B -pl examples -am compile exec:java@built-in-model")
                    .isEqualTo(committed);
        } finally {
            Files.deleteIfExists(fresh);
        }
    }
}
