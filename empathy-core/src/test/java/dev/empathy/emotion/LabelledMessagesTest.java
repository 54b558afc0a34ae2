package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.empathy.data.InvalidDataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledMessagesTest {

    @Test
    void readsJsonLinesIgnoringOtherKeysAndBlankLines() {
        String jsonl = "{\"text\": \"third time I'm asking\", \"label\": \"frustration\", \"channel\": \"chat\"}\n"
                + "\n"
                + "{\"label\":\"Gratitude \",\"text\":\"thanks \\u2764 \\\"a lot\\\"\\n!\"}\r\n";

        List<LabelledMessage> messages = LabelledMessages.parseJsonl(jsonl, "t.jsonl");

        assertThat(messages).containsExactly(
                new LabelledMessage("third time I'm asking", Emotion.FRUSTRATION, 1),
                new LabelledMessage("thanks \u2764 \"a lot\"\n!", Emotion.GRATITUDE, 3));
    }

    @Test
    void unknownLabelIsReportedWithItsLineNumber() {
        String jsonl = "{\"text\":\"ok\",\"label\":\"neutral\"}\n{\"text\":\"grr\",\"label\":\"angry\"}\n";

        assertThatThrownBy(() -> LabelledMessages.parseJsonl(jsonl, "t.jsonl"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("t.jsonl:2: unknown label 'angry', expected one of anger, frustration, anxiety, confusion, "
                        + "disappointment, sadness, gratitude, satisfaction, neutral");
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        assertThatThrownBy(() -> LabelledMessages.parseJsonl("{\"text\":\"ok\",\"label\":\"neutral\",}", "t.jsonl"))
                .hasMessage("t.jsonl:1: invalid JSON: expected '\"' to start a key at column 32, found '}'");
    }

    @Test
    void missingOrNonStringFieldsAreReported() {
        assertThatThrownBy(() -> LabelledMessages.parseJsonl("{\"text\":\"ok\"}", "t.jsonl"))
                .hasMessage("t.jsonl:1: missing \"label\"");
        assertThatThrownBy(() -> LabelledMessages.parseJsonl("{\"text\":7,\"label\":\"neutral\"}", "t.jsonl"))
                .hasMessage("t.jsonl:1: \"text\" must be a string");
        assertThatThrownBy(() -> LabelledMessages.parseJsonl("{\"text\":\" \",\"label\":\"neutral\"}", "t.jsonl"))
                .hasMessage("t.jsonl:1: text is empty");
        assertThatThrownBy(() -> LabelledMessages.parseJsonl("[\"ok\", \"neutral\"]", "t.jsonl"))
                .hasMessage("t.jsonl:1: invalid JSON: expected a JSON object starting with '{' at column 1, found '['");
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() {
        byte[] bytes = "{\"text\":\"ok\",\"label\":\"neutral\"}\n{\"text\":\"\u00ff".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> LabelledMessages.readJsonl(new java.io.ByteArrayInputStream(bytes), "t.jsonl"))
                .hasMessage("t.jsonl:2: is not valid UTF-8");
    }

    @Test
    void readChoosesTheFormatByFileExtension(@TempDir Path dir) throws IOException {
        Path jsonl = Files.writeString(dir.resolve("a.JSONL"), "{\"text\":\"ty!!\",\"label\":\"gratitude\"}\n");
        Path tsv = Files.writeString(dir.resolve("a.tsv"), "ty!!\tgratitude\tchat\n");

        assertThat(LabelledMessages.read(jsonl)).containsExactly(new LabelledMessage("ty!!", Emotion.GRATITUDE, 1));
        assertThat(LabelledMessages.read(tsv)).containsExactly(new LabelledMessage("ty!!", Emotion.GRATITUDE, 1));
    }

    @Test
    void jsonLinesMayCarryASituationAndAnUnknownOneNamesTheLine() {
        List<LabelledMessage> messages = LabelledMessages.parseJsonl(
                "{\"text\":\"refund me\",\"label\":\"anger\",\"situation\":\"refund\"}\n{\"text\":\"ok\",\"label\":\"neutral\",\"situation\":\"-\"}\n",
                "t.jsonl");
        assertThat(messages).extracting(LabelledMessage::situation).containsExactly(dev.empathy.situation.Situation.REFUND, null);

        assertThatThrownBy(() -> LabelledMessages.parseJsonl("{\"text\":\"ok\",\"label\":\"neutral\",\"situation\":\"late\"}\n", "t.jsonl"))
                .isInstanceOf(dev.empathy.data.InvalidDataException.class)
                .hasMessageStartingWith("t.jsonl:1: unknown situation 'late', expected one of delivery-delay, ");
    }
}
