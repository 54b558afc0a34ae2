package dev.empathy.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads strict UTF-8 lines from a stream, one at a time, counting them; ends of line are {@code \n},
 * {@code \r\n} or {@code \r}. Invalid UTF-8 fails with the line number. Reads the stream in blocks of
 * 64 KiB and decodes an ASCII line without the charset decoder. Not thread-safe.
 */
final class InputLines {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] block = new byte[1 << 16];
    private int position; // the next byte of block to read
    private int limit; // the end of the bytes in block
    private byte[] line = new byte[256]; // the current line's bytes
    private int number;

    InputLines(InputStream in) {
        this.in = in;
    }

    /** The 1-based number of the line last returned by {@link #next()}. */
    int number() {
        return number;
    }

    /** The next line without its end of line, or null at the end of the input. */
    String next() {
        int length = 0;
        boolean ascii = true;
        try {
            if (position == limit && !fill()) {
                return null;
            }
            while (true) {
                int start = position;
                int end = start;
                while (end < limit && block[end] != '\n' && block[end] != '\r') {
                    ascii &= block[end] >= 0;
                    end++;
                }
                length = append(start, end, length);
                position = end;
                if (end < limit) {
                    position++;
                    if (block[end] == '\r' && (position < limit || fill()) && block[position] == '\n') {
                        position++;
                    }
                    break;
                }
                if (!fill()) {
                    break; // the input ends the line
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        number++;
        String text = ascii ? new String(line, 0, length, StandardCharsets.ISO_8859_1) : decode(length);
        return number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private String decode(int length) {
        try {
            return decoder.decode(ByteBuffer.wrap(line, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException("line " + number + ": input is not valid UTF-8", e);
        }
    }

    /** Appends {@code block[start, end)} to the line of {@code length} bytes; returns the new length. */
    private int append(int start, int end, int length) {
        int count = end - start;
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(2 * line.length, length + count));
        }
        System.arraycopy(block, start, line, length, count);
        return length + count;
    }

    /** Reads the next block; false at the end of the input. */
    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(block, 0, block.length);
        } while (read == 0);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }
}
