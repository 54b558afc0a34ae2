package dev.empathy.model;

import dev.empathy.data.InvalidDataException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;

/**
 * The binary part of a {@link ModelFile}: the OpenNLP model written by {@code GenericModelWriter} and
 * gzip-compressed, read back with its length and CRC-32 checked and inflation and table sizes bounded by
 * {@link ModelFile#MAX_INFLATED_BYTES} and {@link ModelFile#MAX_ENTRIES}. Stateless.
 */
final class ModelPayload {

    private ModelPayload() {
    }

    /** The gzip-compressed OpenNLP model; the same model gives the same bytes. */
    static byte[] write(AbstractModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            new GenericModelWriter(model, out).persist();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the model", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads the payload that starts at {@code bytes[start]}, as the header's {@code payload} line
     * ({@code parts}, on {@code line}) describes it.
     *
     * @throws InvalidDataException naming {@code source} when the payload is truncated, corrupted, too
     *                              large or not an OpenNLP model
     */
    static AbstractModel read(byte[] bytes, int start, String[] parts, String source, int line) {
        if (parts.length != 4 || !parts[1].equals("gzip")) {
            throw new InvalidDataException(source, line, "expected 'payload<TAB>gzip<TAB><bytes><TAB><crc32>'");
        }
        int length;
        long expectedCrc;
        try {
            length = Integer.parseInt(parts[2].strip());
            expectedCrc = Long.parseLong(parts[3].strip(), 16);
        } catch (NumberFormatException e) {
            throw new InvalidDataException(source, line, "payload length and CRC-32 must be numbers, found '"
                    + ModelFile.abbreviate(parts[2]) + "' and '" + ModelFile.abbreviate(parts[3]) + "'");
        }
        int available = bytes.length - start;
        if (available < length) {
            throw new InvalidDataException(source, 0, "truncated: expected " + length + " payload bytes, found " + available);
        }
        if (available > length) {
            throw new InvalidDataException(source, 0, "unexpected " + (available - length) + " bytes after the payload");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, start, length);
        if (crc.getValue() != expectedCrc) {
            throw new InvalidDataException(source, 0, String.format(Locale.ROOT,
                    "corrupted: payload CRC-32 is %08x, the header says %08x", crc.getValue(), expectedCrc));
        }
        try (DataInputStream in = new DataInputStream(new BoundedInput(
                new GZIPInputStream(new ByteArrayInputStream(bytes, start, length)), ModelFile.MAX_INFLATED_BYTES))) {
            return new GenericModelReader(new BoundedReader(in)).getModel();
        } catch (TooLargeException e) {
            throw new InvalidDataException(source, 0, e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new InvalidDataException(source, 0, "the payload is not a readable OpenNLP model: " + e, e);
        }
    }

    /** A model that passes {@link ModelFile#MAX_INFLATED_BYTES} or {@link ModelFile#MAX_ENTRIES}. */
    private static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }

    /** Ends with {@link TooLargeException} once more than {@code limit} bytes have been read. */
    private static final class BoundedInput extends java.io.FilterInputStream {
        private final long limit;
        private long count;

        BoundedInput(java.io.InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLargeException {
            count += n;
            if (count > limit) {
                throw new TooLargeException("the payload inflates to more than " + limit + " bytes, the most a model may have");
            }
        }
    }

    /**
     * OpenNLP's binary model reader, with every int it reads (each a table size or a small constant)
     * checked against {@link ModelFile#MAX_ENTRIES} before OpenNLP allocates a table of that size.
     */
    private static final class BoundedReader implements opennlp.tools.ml.model.DataReader {
        private final DataInputStream in;

        BoundedReader(DataInputStream in) {
            this.in = in;
        }

        @Override
        public double readDouble() throws IOException {
            return in.readDouble();
        }

        @Override
        public int readInt() throws IOException {
            int value = in.readInt();
            if (value < 0 || value > ModelFile.MAX_ENTRIES) {
                throw new TooLargeException("the payload declares a table of " + value + " entries, the most a model may have is "
                        + ModelFile.MAX_ENTRIES);
            }
            return value;
        }

        @Override
        public String readUTF() throws IOException {
            return in.readUTF();
        }
    }

}
