package dev.empathy.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DataLinesTest {

    @Test
    void readsRecordsWithTheirLineNumbersSkippingCommentsAndBlankLines() {
        DataLines lines = DataLines.ofText("# empathy-test 1\n# locale: en\n\na\tb\n# note\nc\td\n", "t.tsv", "empathy-test", 1);
        assertThat(lines.locale()).isEqualTo("en");
        assertThat(lines.version()).isEqualTo(1);
        assertThat(lines.records()).extracting(DataLines.Line::number, DataLines.Line::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "a\tb"), org.assertj.core.groups.Tuple.tuple(6, "c\td"));
        assertThat(lines.records().get(0).fields()).containsExactly("a", "b");
    }

    @Test
    void ignoresAByteOrderMarkAndWindowsLineEnds() {
        DataLines lines = DataLines.ofText("\uFEFF# empathy-test 1\r\nx\r\n", "t.tsv", "empathy-test", 1);
        assertThat(lines.records()).extracting(DataLines.Line::text).containsExactly("x");
    }

    @Test
    void requiresTheFormatLine() {
        assertThatThrownBy(() -> DataLines.ofText("x\ty\n", "t.tsv", "empathy-test", 1))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("t.tsv:1: first line must be '# empathy-test <version>', found 'x\ty'");
        assertThatThrownBy(() -> DataLines.ofText("", "t.tsv", "empathy-test", 1))
                .hasMessage("t.tsv: file is empty, expected a first line '# empathy-test <version>'");
    }

    @Test
    void rejectsAVersionItCannotRead() {
        assertThatThrownBy(() -> DataLines.ofText("# empathy-test 2\n", "t.tsv", "empathy-test", 1))
                .hasMessage("t.tsv:1: unsupported empathy-test version 2, this library reads versions 1 to 1");
    }

    @Test
    void reportsTheLineOfMalformedUtf8() {
        byte[] bytes = "# empathy-test 1\nok\nbad \u00e9\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xC3; // a lead byte followed by a byte that does not continue it
        bytes[bytes.length - 2] = (byte) 0x28;
        InvalidDataException error = org.junit.jupiter.api.Assertions.assertThrows(InvalidDataException.class,
                () -> DataLines.read(new ByteArrayInputStream(bytes), "t.tsv", "empathy-test", 1));
        assertThat(error).hasMessage("t.tsv:3: is not valid UTF-8");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.source()).isEqualTo("t.tsv");
        assertThat(error.problem()).isEqualTo("is not valid UTF-8");
    }

    @Test
    void aMissingResourceFailsClearly() {
        assertThatThrownBy(() -> DataLines.resource(DataLinesTest.class, "/no/such.tsv", "empathy-test", 1))
                .hasMessage("/no/such.tsv: resource not found on the class path");
    }
}
