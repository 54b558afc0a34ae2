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
        byte[] bytes = line; // where the line's bytes are: the line buffer, or the block when it lies inside one
        int offset = 0;
        try {
            if (position == limit && !fill()) {
                return null;
            }
            boolean first = true;
            while (true) {
                int start = position;
                int end = start;
                byte[] in = block;
                while (end < limit) {
                    byte b = in[end];
                    if (b == '\n' || b == '\r') {
                        break;
                    }
                    ascii &= b >= 0;
                    end++;
                }
                position = end;
                if (end < limit) {
                    if (first) { // the whole line is in the block: no copy
                        bytes = block;
                        offset = start;
                        length = end - start;
                    } else {
                        length = append(start, end, length);
                    }
                    position++;
                    if (block[end] == '\r' && position == limit && bytes == block) {
                        // the block is about to be refilled: keep the line first
                        length = append(start, end, 0);
                        bytes = line;
                        offset = 0;
                    }
                    if (block[end] == '\r' && (position < limit || fill()) && block[position] == '\n') {
                        position++;
                    }
                    break;
                }
                length = append(start, end, length);
                first = false;
                if (!fill()) {
                    break; // the input ends the line
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes != block) {
            bytes = line; // append may have grown it
        }
        number++;
        String text = ascii ? new String(bytes, offset, length, StandardCharsets.ISO_8859_1) : decode(bytes, offset, length);
        return number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The UTF-8 line {@code bytes[offset, offset + length)}. The JDK's fast decoding first, which replaces what is not
     * UTF-8 with U+FFFD; only when the result holds U+FFFD (rare) does the strict decoder check it, so that input that
     * is not UTF-8 still fails.
     */
    private String decode(byte[] bytes, int offset, int length) {
        String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
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
