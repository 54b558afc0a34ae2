package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.model.EmotionModel;
import dev.empathy.model.EmotionModelTrainer;
import dev.empathy.emotion.LabelledMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    static final String JSONL = """
            {"text": "thank you so much", "label": "gratitude"}
            {"text": "thanks a lot, really appreciate it", "label": "gratitude"}
            {"text": "third time I'm asking, still nothing", "label": "frustration"}
            {"text": "ugh, still broken again", "label": "frustration"}
            {"text": "what is my order status", "label": "neutral"}
            {"text": "please update my address", "label": "neutral"}
            """;

    @Test
    void trainsFromJsonLinesAndWritesTheSameModelAsTheApi(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("tickets.jsonl"), JSONL);
        Path model = dir.resolve("m.bin");

        CliRun run = CliRun.run("", "train", data.toString(), "--out", model.toString(), "--cutoff", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + model + ": EmotionModel{labels=frustration,gratitude,neutral,");
        byte[] expected = EmotionModelTrainer.defaults().withCutoff(1).train(LabelledMessages.read(data)).toBytes();
        assertThat(Files.readAllBytes(model)).isEqualTo(expected);
        assertThat(EmotionModel.load(model).exampleCount()).isEqualTo(6);
    }

    @Test
    void unknownLabelStopsTrainingNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("t.tsv"), "thanks\tgratitude\ngrr\tangry\n");

        CliRun run = CliRun.run("", "train", data.toString(), "--out", dir.resolve("m.bin").toString());

        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.err()).contains(data + ":2: unknown label 'angry'");
        assertThat(dir.resolve("m.bin")).doesNotExist();
    }

    @Test
    void evaluateWithFoldsReportsTheCrossValidationFiguresOfTheApi(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("tickets.jsonl"), JSONL);

        CliRun run = CliRun.run("", "evaluate", "--folds", "2", data.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String expected = EmotionModelTrainer.defaults().crossValidate(LabelledMessages.read(data), 2).format();
        assertThat(run.out()).isEqualTo("== " + data + " (2-fold cross-validation) ==\n" + expected);
    }

    @Test
    void evaluateWithAModelThatIsNotAModelFailsClearly(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("t.tsv"), "thanks\tgratitude\n");

        CliRun run = CliRun.run("", "evaluate", "--model", data.toString(), data.toString());

        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.err()).contains(data + ": not an empathy model file: expected the first line '# empathy-model 1'");
    }

    @Test
    void classifyWithABlendKeepsTheLexiconsCues() {
        CliRun run = CliRun.run("This is the third time I'm asking!\n", "classify", "--blend");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"emotion\":\"frustration\"").contains("third time");
    }
}
