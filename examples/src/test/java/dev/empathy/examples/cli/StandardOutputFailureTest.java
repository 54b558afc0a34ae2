package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * When standard output cannot be written, the command line stops and says so: quietly with 141 when the reader closed
 * the pipe ({@code | head}), with 4 and the system's reason otherwise; never exit code 0 with output missing, and never
 * "internal error".
 */
class StandardOutputFailureTest {

    private static final String MESSAGES = "My parcel is late again and nobody answers.\n".repeat(5_000);

    /** Accepts {@code limit} bytes, then fails every write with {@code reason}; counts the writes tried after that. */
    private static final class FailingStream extends OutputStream {
        private final int limit;
        private final String reason;
        private int written;
        private int writesAfterFailure;
        private boolean failed;

        FailingStream(int limit, String reason) {
            this.limit = limit;
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (failed) {
                writesAfterFailure++;
            }
            if (written + length > limit) {
                failed = true;
                throw new IOException(reason);
            }
            written += length;
        }
    }

    private static int run(FailingStream stdout, ByteArrayOutputStream stderr, String... args) {
        return EmpathyCli.run(new ByteArrayInputStream(MESSAGES.getBytes(StandardCharsets.UTF_8)), stdout, stderr, args);
    }

    @Test
    void aClosedPipeStopsTheCommandQuietlyWith141() {
        FailingStream stdout = new FailingStream(10_000, "Broken pipe");
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        int exitCode = run(stdout, stderr, "classify");

        assertThat(exitCode).isEqualTo(EmpathyCli.OUTPUT_CLOSED).isEqualTo(141);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(stdout.writesAfterFailure).as("writes after the pipe closed").isZero();
    }

    @Test
    void aFullDiskIsExitCode4WithTheSystemsReasonNotAnInternalError() {
        FailingStream stdout = new FailingStream(10_000, "No space left on device");
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        int exitCode = run(stdout, stderr, "check");

        assertThat(exitCode).isEqualTo(EmpathyCli.OUTPUT_FAILED);
        assertThat(stderr.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("empathy: cannot write standard output: No space left on device");
        assertThat(stdout.writesAfterFailure).isZero();
    }

    @Test
    void aFailureTheWriterSwallowedStillFailsTheCommand() {
        // --help writes through the PrintWriter alone, which hides the IOException from the command
        FailingStream stdout = new FailingStream(0, "No space left on device");
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        int exitCode = run(stdout, stderr, "--help");

        assertThat(exitCode).isEqualTo(EmpathyCli.OUTPUT_FAILED);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("cannot write standard output");
    }

    @Test
    void onlyThePipesOwnMessagesCountAsAClosedPipe() {
        assertThat(StandardOutput.isClosedPipe(new IOException("Broken pipe"))).isTrue();
        assertThat(StandardOutput.isClosedPipe(new IOException("The pipe is being closed"))).isTrue();
        assertThat(StandardOutput.isClosedPipe(new IOException("No space left on device"))).isFalse();
        assertThat(StandardOutput.isClosedPipe(new IOException())).isFalse();
    }

    @Test
    void aRealPipeClosedAfterTheFirstLineEndsTheProcessWith141AndNothingOnStderr() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmpathyCli.class.getName(), "classify").start();
        Thread feeder = new Thread(() -> {
            try (OutputStream in = process.getOutputStream()) {
                for (int i = 0; i < 40; i++) {
                    in.write(MESSAGES.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException expected) {
                // the process stopped reading: that is the point
            }
        });
        feeder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("{\"emotion\":");
        } // closes the pipe, as head does after its lines

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("process ended").isTrue();
        feeder.join(10_000);
        String stderr;
        try {
            stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(stderr).isEmpty();
        assertThat(process.exitValue()).isEqualTo(EmpathyCli.OUTPUT_CLOSED);
    }
}
