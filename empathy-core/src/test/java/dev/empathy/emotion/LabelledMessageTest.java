package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.empathy.data.InvalidDataException;
import dev.empathy.situation.Situation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledMessageTest {

    @Test
    void readsTextAndLabelWithLineNumbers() {
        List<LabelledMessage> messages = LabelledMessages.parseTsv(
                "Third time I'm asking!\tfrustration\nThanks a lot :)\tgratitude\n", "set.tsv");

        assertThat(messages).containsExactly(
                new LabelledMessage("Third time I'm asking!", Emotion.FRUSTRATION, 1),
                new LabelledMessage("Thanks a lot :)", Emotion.GRATITUDE, 2));
    }

    @Test
    void ignoresColumnsAfterTheLabel() {
        assertThat(LabelledMessages.parseTsv("where is my parcel?\tconfusion\tchat\textra\n", "set.tsv"))
                .containsExactly(new LabelledMessage("where is my parcel?", Emotion.CONFUSION, 1));
    }

    @Test
    void readsAThirdColumnAsTheGoldSituationWhenItIsASituationId() {
        List<LabelledMessage> messages = LabelledMessages.parseTsv(
                "where is my parcel?\tfrustration\tdelivery-delay\nok\tneutral\t-\nhi\tneutral\t General \nyo\tneutral\n", "set.tsv");

        assertThat(messages).extracting(LabelledMessage::situation)
                .containsExactly(Situation.DELIVERY_DELAY, null, Situation.GENERAL, null);
        assertThat(messages).extracting(LabelledMessage::hasSituation).containsExactly(true, false, true, false);
    }

    @Test
    void acceptsLabelsInAnyCaseWithSurroundingSpace() {
        assertThat(LabelledMessages.parseTsv("fine\t NEUTRAL \n", "set.tsv"))
                .extracting(LabelledMessage::label).containsExactly(Emotion.NEUTRAL);
    }

    @Test
    void skipsBlankLinesButCountsThemInLineNumbers() {
        assertThat(LabelledMessages.parseTsv("\nok\tneutral\r\n\r\nsad\tsadness", "set.tsv"))
                .extracting(LabelledMessage::line).containsExactly(2, 4);
    }

    @Test
    void keepsLinesStartingWithHashAsMessages() {
        assertThat(LabelledMessages.parseTsv("#fail again\tfrustration\n", "set.tsv"))
                .extracting(LabelledMessage::text).containsExactly("#fail again");
    }

    @Test
    void dropsAByteOrderMarkOnTheFirstLine() {
        assertThat(LabelledMessages.parseTsv("\uFEFFhello\tneutral\n", "set.tsv"))
                .extracting(LabelledMessage::text).containsExactly("hello");
    }

    @Test
    void rejectsAnUnknownLabelNamingFileAndLine() {
        assertThatThrownBy(() -> LabelledMessages.parseTsv("ok\tneutral\nso mad\tangry\n", "set.tsv"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("set.tsv:2: unknown label 'angry', expected one of anger, frustration, anxiety, confusion, "
                        + "disappointment, sadness, gratitude, satisfaction, neutral");
    }

    @Test
    void rejectsALineWithoutATab() {
        assertThatThrownBy(() -> LabelledMessages.parseTsv("ok\tneutral\nno tab here\n", "set.tsv"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("set.tsv:2: expected text<TAB>label, found no TAB");
    }

    @Test
    void rejectsEmptyTextAndEmptyLabel() {
        assertThatThrownBy(() -> LabelledMessages.parseTsv("\tanger\n", "set.tsv"))
                .hasMessage("set.tsv:1: text is empty");
        assertThatThrownBy(() -> LabelledMessages.parseTsv("hello\t \n", "set.tsv"))
                .hasMessage("set.tsv:1: label is empty");
    }

    @Test
    void rejectsInvalidUtf8NamingTheLine() {
        byte[] bytes = {'o', 'k', '\t', 'n', 'e', 'u', 't', 'r', 'a', 'l', '\n', 'b', (byte) 0xC3, '\t', 'a', 'n', 'g', 'e', 'r', '\n'};

        assertThatThrownBy(() -> LabelledMessages.readTsv(new ByteArrayInputStream(bytes), "set.tsv"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("set.tsv:2: is not valid UTF-8");
    }

    @Test
    void readsAFileAsUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("set.tsv");
        Files.write(file, "merci 🙏\tgratitude\n".getBytes(StandardCharsets.UTF_8));

        assertThat(LabelledMessages.readTsv(file))
                .containsExactly(new LabelledMessage("merci 🙏", Emotion.GRATITUDE, 1));
    }

    @Test
    void reportsAMissingFile(@TempDir Path dir) {
        Path file = dir.resolve("missing.tsv");

        assertThatThrownBy(() -> LabelledMessages.readTsv(file))
                .isInstanceOf(InvalidDataException.class)
                .satisfies(e -> assertThat(((InvalidDataException) e).line()).isZero())
                .hasMessageStartingWith(file + ": cannot be read: ");
    }

    @Test
    void rejectsBlankTextAndNegativeLineInTheConstructor() {
        assertThatThrownBy(() -> new LabelledMessage(" ", Emotion.ANGER, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("text must not be blank");
        assertThatThrownBy(() -> new LabelledMessage("hi", Emotion.ANGER, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("line must be >= 0, got -1");
        assertThatThrownBy(() -> new LabelledMessage("hi", null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("label must not be null");
    }
}
