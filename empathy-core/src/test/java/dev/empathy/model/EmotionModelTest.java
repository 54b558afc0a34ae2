package dev.empathy.model;

import dev.empathy.data.InvalidDataException;
import dev.empathy.emotion.Emotion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmotionModelTest {

    static EmotionModel model;
    static byte[] bytes;

    @BeforeAll
    static void train() {
        model = EmotionModelTrainerTest.TRAINER.withIterations(20).train(SmallCorpus.messages());
        bytes = model.toBytes();
    }

    static EmotionModel load(byte[] file) {
        return EmotionModel.load(new ByteArrayInputStream(file), "m.bin");
    }

    static byte[] replaceInHeader(String from, String to) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return text.replaceFirst(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void savedModelLoadsBackWithTheSameBytesAndReadings(@TempDir Path dir) {
        Path file = dir.resolve("model.bin");
        model.save(file);

        EmotionModel loaded = EmotionModel.load(file);

        assertThat(loaded.toBytes()).isEqualTo(bytes);
        assertThat(loaded.toString()).isEqualTo(model.toString());
        String message = "ugh, the app is still broken";
        assertThat(ModelEmotionClassifier.of(loaded).classify(message))
                .isEqualTo(ModelEmotionClassifier.of(model).classify(message));
    }

    @Test
    void savingToAStreamWritesTheSameBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.save(out);
        assertThat(out.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void fileStartsWithATextHeaderNamingFormatLabelsAndFeatures() {
        String header = new String(bytes, 0, 400, StandardCharsets.ISO_8859_1);
        assertThat(header).startsWith("# empathy-model 1\n# locale: en\n")
                .contains("\nlabels\tfrustration,gratitude,neutral\n")
                .contains("\nfeatures\t1\twords,bigrams,negation,emphasis\n")
                .contains("\nalgorithm\tmaxent\n")
                .contains("\niterations\t20\n")
                .contains("\ncutoff\t1\n")
                .contains("\nexamples\t96\n")
                .contains("\npayload\tgzip\t");
    }

    @Test
    void textThatIsNotAModelFailsWithAClearMessage() {
        byte[] text = "ok\tneutral\nthanks\tgratitude\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> load(text))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("m.bin: not an empathy model file: expected the first line '# empathy-model 1'");
    }

    @Test
    void plainOpenNlpModelIsRecognisedAsAZipArchive() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 8, 0};
        assertThatThrownBy(() -> load(zip))
                .hasMessage("m.bin: not an empathy model file (it is a zip archive, perhaps a plain OpenNLP model): "
                        + "expected the first line '# empathy-model 1'");
    }

    @Test
    void emptyFileFails() {
        assertThatThrownBy(() -> load(new byte[0]))
                .hasMessage("m.bin: file is empty, expected an empathy model starting with '# empathy-model 1'");
    }

    @Test
    void newerFormatVersionIsRejected() {
        assertThatThrownBy(() -> load(replaceInHeader("# empathy-model 1", "# empathy-model 2")))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("m.bin:1: unsupported empathy-model version 2, this library reads version 1; "
                        + "retrain the model with this version of the library");
    }

    @Test
    void otherFeatureSetVersionIsRejected() {
        assertThatThrownBy(() -> load(replaceInHeader("features\t1\t", "features\t2\t")))
                .hasMessage("m.bin:5: feature set version 2 is not supported, this library extracts feature set 1; "
                        + "retrain the model with this version of the library");
    }

    @Test
    void unknownLabelInTheHeaderIsRejected() {
        assertThatThrownBy(() -> load(replaceInHeader("labels\tfrustration,", "labels\tannoyance,")))
                .hasMessage("m.bin:4: labels: unknown emotion 'annoyance', expected one of anger, frustration, anxiety, "
                        + "confusion, disappointment, sadness, gratitude, satisfaction, neutral");
    }

    @Test
    void labelsThatDoNotMatchTheModelsOutcomesAreRejected() {
        assertThatThrownBy(() -> load(replaceInHeader("labels\tfrustration,", "labels\tanger,")))
                .hasMessage("m.bin:4: the model's outcomes [frustration, gratitude, neutral] do not match the header's "
                        + "labels [anger, gratitude, neutral]");
    }

    @Test
    void truncatedPayloadIsReported() {
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 100);
        assertThatThrownBy(() -> load(truncated))
                .hasMessageMatching("m\\.bin: truncated: expected \\d+ payload bytes, found \\d+");
    }

    @Test
    void fileCutInsideTheHeaderIsReportedAsTruncated() {
        byte[] truncated = Arrays.copyOf(bytes, 60);
        assertThatThrownBy(() -> load(truncated))
                .hasMessageMatching("m\\.bin:\\d+: truncated: the header ends before its 'payload' line");
    }

    @Test
    void corruptedPayloadFailsItsChecksum() {
        byte[] corrupted = bytes.clone();
        corrupted[corrupted.length - 50] ^= 0x55;
        assertThatThrownBy(() -> load(corrupted))
                .hasMessageMatching("m\\.bin: corrupted: payload CRC-32 is [0-9a-f]{8}, the header says [0-9a-f]{8}");
    }

    @Test
    void extraBytesAfterThePayloadAreReported() {
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);
        assertThatThrownBy(() -> load(longer)).hasMessage("m.bin: unexpected 3 bytes after the payload");
    }

    @Test
    void missingHeaderFieldIsNamed() {
        assertThatThrownBy(() -> load(replaceInHeader("cutoff\t1\n", "")))
                .hasMessage("m.bin: the header has no 'cutoff' line");
    }

    @Test
    void missingFileIsReportedWithItsName(@TempDir Path dir) {
        Path missing = dir.resolve("none.bin");
        assertThatThrownBy(() -> EmotionModel.load(missing))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith(missing + ": cannot be read: ");
    }

    @Test
    void missingClassPathResourceIsReported() {
        assertThatThrownBy(() -> EmotionModel.resource(EmotionModelTest.class, "/no/such-model.bin"))
                .hasMessage("/no/such-model.bin: resource not found on the class path");
    }

    @Test
    void saveReplacesAnExistingFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.bin");
        Files.writeString(file, "old");

        model.save(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void builtInEnglishModelLoadsFromTheClassPathWithAllNineEmotionsAndEveryFeature() {
        EmotionModel english = EmotionModel.english();

        assertThat(english.labels()).containsExactly(Emotion.values());
        assertThat(english.features()).containsExactly(ModelFeature.values());
        assertThat(english.algorithm()).isEqualTo(EmotionModelTrainer.Algorithm.MAXENT);
        assertThat(english.iterations()).isEqualTo(EmotionModelTrainer.DEFAULT_ITERATIONS);
        assertThat(english.cutoff()).isEqualTo(EmotionModelTrainer.DEFAULT_CUTOFF);
        assertThat(english.exampleCount()).isEqualTo(2697); // emotion-train.tsv + emotion-dev.tsv
    }
}
