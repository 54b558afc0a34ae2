package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateEmpathyCommandTest {

    @TempDir
    Path dir;

    @Test
    void readsTheEpitomeShapeAndPrintsSpearmanPerMechanism() throws Exception {
        CliRun run = CliRun.onFile(dir, "rated.jsonl", """
                {"seeker": "I lost my job today.", "response": "I'm so sorry. That must be really hard. What happened?", "emotional_reactions": 2, "interpretations": 2, "explorations": 2}
                {"seeker": "I lost my job today.", "response": "Get a new one.", "emotional_reactions": 0, "interpretations": 0, "explorations": 0}

                {"seeker": "I lost my job today.", "response": "I'm sorry to hear that.", "emotional_reactions": 1, "interpretations": 0, "explorations": 0}
                """, "evaluate-empathy");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("empathy on rated.jsonl: 3 replies")
                .contains("Spearman(empathy, summed rating)  1.000")
                .contains("Spearman(emotional-reaction, emotional_reactions)")
                .contains("mean empathy by rating:  0: 0.000 (1)");
    }

    @Test
    void acceptsAPlainRatingAndNamesTheBadLine() throws Exception {
        CliRun run = CliRun.onFile(dir, "rated.jsonl",
                "{\"text\": \"Thanks, I understand how stressful this is.\", \"rating\": 3}\n{\"text\": \"ok\"}\n", "evaluate-empathy");
        assertThat(run.exitCode()).isEqualTo(EmpathyCli.BAD_INPUT);
        assertThat(run.err()).contains("rated.jsonl:2: expected numbers");
    }
}
