package dev.empathy.model;

import dev.empathy.data.InvalidDataException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 13, item 9: a small, valid-looking model file cannot make loading exhaust the heap. */
class ModelFileLimitsTest {

    private static final Set<String> ALGORITHMS = Set.of("maxent");

    @Test
    void aPayloadDeclaringTenMillionEntriesFailsBeforeAllocating() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(raw)) {
            out.writeUTF("GIS");
            for (int i = 0; i < 4; i++) {
                out.writeInt(10_000_000);
            }
        }
        byte[] file = modelFile(gzip(raw.toByteArray()));

        assertThatThrownBy(() -> ModelFile.read(file, "huge.bin", ALGORITHMS))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("huge.bin: the payload declares a table of 10000000 entries, the most a model may have is "
                        + ModelFile.MAX_ENTRIES);
    }

    @Test
    void aPayloadInflatingPastTheLimitFailsAsSoonAsItPassesIt() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(compressed))) {
            out.writeUTF("GIS");
            out.writeInt(1); // correction constant
            out.writeDouble(0); // correction parameter
            out.writeInt(400_000); // outcomes: within MAX_ENTRIES, but each label is 64 KB of zeros
            byte[] label = new byte[0xFFFF];
            for (int i = 0; i < (ModelFile.MAX_INFLATED_BYTES >> 16) + 8; i++) {
                out.writeShort(label.length);
                out.write(label);
            }
        }
        byte[] file = modelFile(compressed.toByteArray());
        assertThat(file.length).isLessThan(200_000);

        assertThatThrownBy(() -> ModelFile.read(file, "bomb.bin", ALGORITHMS))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("bomb.bin: the payload inflates to more than " + ModelFile.MAX_INFLATED_BYTES
                        + " bytes, the most a model may have");
    }

    @Test
    void aFileLargerThanTheLimitIsRejectedUnread() {
        assertThatThrownBy(() -> ModelFile.read(new byte[ModelFile.MAX_FILE_BYTES + 1], "big.bin", ALGORITHMS))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("big.bin: the file has " + (ModelFile.MAX_FILE_BYTES + 1) + " bytes, the most a model file may have is "
                        + ModelFile.MAX_FILE_BYTES);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bytes);
        }
        return compressed.toByteArray();
    }

    private static byte[] modelFile(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        String header = "# empathy-model 1\nlabels\tanger,neutral\nfeatures\t1\twords\nalgorithm\tmaxent\niterations\t1\n"
                + "cutoff\t1\nexamples\t2\npayload\tgzip\t" + payload.length + "\t" + String.format(Locale.ROOT, "%08x", crc.getValue()) + "\n";
        byte[] head = header.getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[head.length + payload.length];
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(payload, 0, file, head.length, payload.length);
        return file;
    }
}
