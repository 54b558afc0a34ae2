package dev.empathy.examples.model;

import dev.empathy.model.EmotionModel;
import dev.empathy.model.EmotionModelTrainer;
import dev.empathy.emotion.LabelledMessage;
import dev.empathy.emotion.LabelledMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Trains the built-in English emotion model from the in-house corpus, with the trainer's defaults, and
 * writes it where {@link EmotionModel#english()} loads it from. Run from the project root:
 *
 * <pre>./mvnw -q -B -pl examples -am compile exec:java@built-in-model</pre>
 *
 * Arguments: the output file, then the corpus files, read in the order given (training is
 * deterministic: the same files give the same bytes).
 */
public final class TrainBuiltInModel {

    private TrainBuiltInModel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TrainBuiltInModel OUT.bin CORPUS.tsv...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        List<LabelledMessage> messages = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            messages.addAll(LabelledMessages.read(Path.of(args[i])));
        }
        long started = System.nanoTime();
        EmotionModel model = EmotionModelTrainer.defaults().train(messages);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Files.createDirectories(out.toAbsolutePath().getParent());
        model.save(out);
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out));
        System.out.printf("trained %s on %d messages in %d ms%nwrote %s (%d bytes, sha256 %s)%n", model, messages.size(),
                millis, out, Files.size(out), HexFormat.of().formatHex(digest));
    }
}
