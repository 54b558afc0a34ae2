package dev.empathy.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Standard output's byte stream, remembering the first write that failed, so that the command line can tell a
 * reader that went away ({@code empathy classify < big.txt | head}) from a disk that is full, and both from an
 * internal error. {@link java.io.PrintWriter} swallows write failures; without this stream a full disk would end a run
 * with exit code 0 and output silently missing.
 *
 * <p>Thread-safe as the stream it wraps is; the failure is published to every thread.
 */
final class StandardOutput extends OutputStream {

    private final OutputStream out;
    private volatile IOException failure;

    StandardOutput(OutputStream out) {
        this.out = Objects.requireNonNull(out, "out must not be null");
    }

    /** The first write or flush that failed, or null if none has. */
    IOException failure() {
        return failure;
    }

    /**
     * Whether {@code failure} says the pipe's reader closed it (EPIPE: "Broken pipe" on Linux and macOS, "The pipe is
     * being closed" or "The pipe has been ended" on Windows). The JDK gives no error code, only the system's message.
     */
    static boolean isClosedPipe(IOException failure) {
        String message = failure.getMessage();
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("broken pipe") || lower.contains("pipe is being closed") || lower.contains("pipe has been ended");
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private IOException failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
