package dev.empathy.examples.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads strict UTF-8 lines from a stream, one at a time, counting them; ends of line are {@code \n},
 * {@code \r\n} or {@code \r}. Invalid UTF-8 fails with the line number. Not thread-safe.
 */
final class InputLines {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private int number;
    private int pushedBack = -2;

    InputLines(InputStream in) {
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
    }

    /** The 1-based number of the line last returned by {@link #next()}. */
    int number() {
        return number;
    }

    /** The next line without its end of line, or null at the end of the input. */
    String next() {
        buffer.reset();
        try {
            int b = pushedBack != -2 ? pushedBack : in.read();
            pushedBack = -2;
            if (b == -1) {
                return null;
            }
            while (b != -1 && b != '\n' && b != '\r') {
                buffer.write(b);
                b = in.read();
            }
            if (b == '\r') {
                int following = in.read();
                if (following != '\n') {
                    pushedBack = following;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        number++;
        try {
            String line = decoder.decode(ByteBuffer.wrap(buffer.toByteArray())).toString();
            return number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
        } catch (CharacterCodingException e) {
            throw new BadInputException("line " + number + ": input is not valid UTF-8", e);
        }
    }
}
