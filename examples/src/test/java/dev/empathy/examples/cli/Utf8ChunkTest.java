package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ChunkTest {

    /** What standard output's writer writes for {@code text} written in one call. */
    private static byte[] viaWriter(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write(text);
        }
        return bytes.toByteArray();
    }

    private static byte[] viaChunk(String text, int capacity) throws IOException {
        Utf8Chunk chunk = new Utf8Chunk(capacity);
        char[] chars = text.toCharArray();
        int half = chars.length / 2;
        chunk.append(chars, 0, half);
        chunk.append(chars, half, chars.length);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        chunk.writeTo(bytes);
        assertThat(chunk.length()).isEqualTo(bytes.size());
        return bytes.toByteArray();
    }

    @Test
    void encodesEveryCharAsTheOutputWriterDoesLoneSurrogatesIncluded() throws IOException {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            all.append((char) c).append(' ');
        }
        all.append("\uD83D\uDE00 x\uD800y \uDFFFz \uDBFF\uDFFF \uD800\uD800\uDC00 end");
        String text = all.toString();

        assertThat(viaChunk(text, 1)).isEqualTo(viaWriter(text));
        assertThat(viaChunk("plain ascii\n", 64)).isEqualTo(viaWriter("plain ascii\n"));
    }
}
