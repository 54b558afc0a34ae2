package dev.empathy.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable run of UTF-8 bytes, encoded from chars the way {@code new OutputStreamWriter(out, UTF_8)} encodes one
 * written string: a surrogate pair as one 4-byte sequence, a lone surrogate as {@code '?'} (the encoder's
 * replacement). The command line's pipeline encodes each worker's output into one chunk and writes it to standard
 * output in one call, without a writer's per-line locking and char buffers. Not thread-safe.
 */
final class Utf8Chunk {

    private byte[] bytes;
    private int length;

    Utf8Chunk(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    /** The number of bytes held. */
    int length() {
        return length;
    }

    /** Appends {@code chars[from, to)} encoded; a lone surrogate becomes {@code '?'}. */
    void append(char[] chars, int from, int to) {
        int need = length + 3 * (to - from); // at most 3 bytes per char (a pair's 4 bytes are for 2 chars)
        if (need > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, need));
        }
        byte[] out = bytes;
        int n = length;
        int i = from;
        while (i < to) {
            char c = chars[i++];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i < to && Character.isLowSurrogate(chars[i])) {
                    int cp = Character.toCodePoint(c, chars[i++]);
                    out[n++] = (byte) (0xF0 | cp >> 18);
                    out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    out[n++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    out[n++] = '?';
                }
            } else {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = n;
    }

    /** Writes the bytes held to {@code out} in one call. */
    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }
}
