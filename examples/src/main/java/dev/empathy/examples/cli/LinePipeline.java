package dev.empathy.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a per-line step over standard input on several threads and writes the results in input order.
 *
 * <p>Lines are read in batches on the calling thread; each batch is cut into one slice per thread, the slices
 * run in parallel, and their outputs are written in line order. The next batch is read and queued while the
 * current one runs, so the threads do not wait for input (at most two batches are in memory). A step that fails with
 * {@link BadInputException} (or a line that is not UTF-8) stops the run after every earlier line's output has
 * been written, as with one thread. Output is flushed only at the end (the caller flushes), except in
 * interactive use (standard input and output both terminals): there each line is read, stepped, written and
 * flushed before the next is read, so a person typing sees each answer at once. The step must be thread-safe: the engines are. Not thread-safe itself.
 *
 * <p>Each worker writes its lines' outputs into one reusable char buffer ({@link JsonText}, one per thread) and
 * encodes them into one UTF-8 chunk per slice ({@link Utf8Chunk}); given standard output's byte stream, the pipeline
 * writes each chunk to it in one call, so the calling thread only waits, reads and writes bytes.
 */
final class LinePipeline {

    /** Lines read before their outputs are written. */
    static final int BATCH = 1024;

    /** What to do with one input line; returns the text to write (possibly empty), never null. */
    @FunctionalInterface
    interface Step {
        /**
         * @param line    the line, without its end of line
         * @param number  its 1-based line number
         * @param message its 1-based number among the lines that were not skipped
         */
        String apply(String line, int number, int message);
    }

    /**
     * What to do with one input line, writing its output into {@code out} (possibly nothing): a writer whose
     * buffer the pipeline owns and reuses, so that no string is made per line. What a step leaves in {@code out}
     * when it throws is dropped.
     */
    @FunctionalInterface
    interface TextStep {
        /** As {@link Step#apply}, writing into {@code out} instead of returning a string. */
        void apply(String line, int number, int message, JsonText out);
    }

    private final int threads;
    private final boolean interactive;
    private final int batchSize;
    private final PrintWriter progress;
    private final String name;
    private final OutputStream raw;

    /**
     * {@code threads} 1 runs every step on the calling thread; {@code interactive} answers one line at a time
     * (see the class comment); {@code progress} (null for none) gets a line {@code "NAME: N lines read"} at
     * most every two seconds and at the end.
     */
    LinePipeline(int threads, boolean interactive, PrintWriter progress, String name) {
        this(threads, interactive, progress, name, null);
    }

    /**
     * As above; {@code raw}, when not null, is the byte stream under the writer that {@link #run} is given
     * (standard output): outputs are then encoded to UTF-8 on the worker threads and written to it in one call per
     * slice of lines, after the writer is flushed.
     */
    LinePipeline(int threads, boolean interactive, PrintWriter progress, String name, OutputStream raw) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.interactive = interactive;
        this.batchSize = interactive ? 1 : BATCH;
        this.progress = progress;
        this.name = name;
        this.raw = raw;
    }

    private long lastProgress = System.nanoTime();

    private void progress(int lines, boolean last) {
        if (progress != null && (last || System.nanoTime() - lastProgress > 2_000_000_000L)) {
            progress.println(name + ": " + lines + " lines read" + (last ? ", done" : ""));
            progress.flush();
            lastProgress = System.nanoTime();
        }
    }

    /**
     * Lines read, with their numbers ({@code numbers[2i]} the line number, {@code numbers[2i + 1]} the message
     * number of line i), and the read failure that ended them (or null).
     */
    private record Batch(String[] lines, int size, int[] numbers, RuntimeException readFailure, boolean isLast) {
    }

    /** A batch on its way: its slices' futures, or null when it runs on the calling thread as it is written. */
    private record Pending(Batch batch, List<Future<Output>> slices) {
    }

    /** Steps through every line of {@code lines}, skipping blank lines if {@code skipBlank}, writing to {@code out}. */
    void run(InputLines lines, boolean skipBlank, Step step, PrintWriter out) {
        run(lines, skipBlank, new StringStep(step), out);
    }

    /** A {@link Step} as a {@link TextStep}. */
    private static final class StringStep implements TextStep {
        private final Step step;

        StringStep(Step step) {
            this.step = step;
        }

        @Override
        public void apply(String line, int number, int message, JsonText out) {
            out.append(step.apply(line, number, message));
        }
    }

    /** As {@link #run(InputLines, boolean, Step, PrintWriter)}, with a step that writes into the pipeline's buffer. */
    void run(InputLines lines, boolean skipBlank, TextStep step, PrintWriter out) {
        if (raw != null) {
            out.flush(); // what was printed before comes first
        }
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "empathy-cli-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            int[] message = {0};
            // unless interactive, the next batch is read and queued while the workers step through this one, so
            // they never wait for input
            Pending pending = submit(read(lines, skipBlank, message), step, pool);
            while (true) {
                boolean last = pending.batch().isLast();
                Pending next = last || interactive ? null : submit(read(lines, skipBlank, message), step, pool);
                write(pending, step, out);
                if (pending.batch().readFailure() != null) {
                    throw pending.batch().readFailure();
                }
                if (interactive) {
                    out.flush();
                }
                progress(lines.number(), last);
                if (last) {
                    return;
                }
                pending = next != null ? next : submit(read(lines, skipBlank, message), step, pool);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private Batch read(InputLines lines, boolean skipBlank, int[] message) {
        String[] batch = new String[batchSize];
        int[] numbers = new int[2 * batchSize];
        int size = 0;
        try {
            String line;
            while (size < batchSize && (line = lines.next()) != null) {
                if (skipBlank && line.isBlank()) {
                    continue;
                }
                batch[size] = line;
                numbers[2 * size] = lines.number();
                numbers[2 * size + 1] = ++message[0];
                size++;
            }
        } catch (RuntimeException e) { // invalid UTF-8 or a failed read: reported after the lines before it
            return new Batch(batch, size, numbers, e, true);
        }
        return new Batch(batch, size, numbers, null, size < batchSize);
    }

    /** Starts {@code batch} on the pool, cut into one slice per thread; a small batch is left to {@link #write}. */
    private Pending submit(Batch batch, TextStep step, ExecutorService pool) {
        int size = batch.size();
        if (pool == null || size < 2 * threads) {
            return new Pending(batch, null);
        }
        int slices = threads;
        List<Future<Output>> futures = new ArrayList<>(slices);
        for (int s = 0; s < slices; s++) {
            futures.add(pool.submit(new Slice(batch, size * s / slices, size * (s + 1) / slices, step, raw != null)));
        }
        return new Pending(batch, futures);
    }

    /** Lines {@code [from, to)} of a batch, stepped on one thread. A class, not a lambda: no capture per slice. */
    private static final class Slice implements Callable<Output> {
        private final Batch batch;
        private final int from;
        private final int to;
        private final TextStep step;
        private final boolean bytes;

        Slice(Batch batch, int from, int to, TextStep step, boolean bytes) {
            this.batch = batch;
            this.from = from;
            this.to = to;
            this.step = step;
            this.bytes = bytes;
        }

        @Override
        public Output call() {
            Output output = new Output(bytes, to - from);
            JsonText text = BUFFER.get();
            int[] numbers = batch.numbers();
            for (int i = from; i < to; i++) {
                text.truncate(0);
                try {
                    step.apply(batch.lines()[i], numbers[2 * i], numbers[2 * i + 1], text);
                } catch (RuntimeException e) {
                    // keep what came before the failing line; the failure is rethrown in order
                    text.truncate(0);
                    throw new SliceFailure(output, e);
                }
                output.add(text);
            }
            text.truncate(0);
            return output;
        }
    }

    /** Each thread's reusable buffer for the output of one line. */
    private static final ThreadLocal<JsonText> BUFFER = new ThreadLocal<>() {
        @Override
        protected JsonText initialValue() {
            return new JsonText(4096);
        }
    };

    /** The outputs of a slice of lines: UTF-8 bytes for the raw stream, or text for the writer. */
    private static final class Output {
        private final Utf8Chunk bytes;
        private final StringBuilder text;

        Output(boolean bytes, int lines) {
            this.bytes = bytes ? new Utf8Chunk(lines * 1024) : null;
            this.text = bytes ? null : new StringBuilder();
        }

        void add(JsonText line) {
            if (bytes != null) {
                bytes.append(line.chars(), 0, line.length());
            } else {
                text.append(line.chars(), 0, line.length());
            }
        }

        void writeTo(PrintWriter out, OutputStream raw) {
            if (bytes == null) {
                out.write(text.toString());
                return;
            }
            try {
                bytes.writeTo(raw);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes a batch's outputs in line order, waiting for its slices; rethrows the first failure after the outputs before it. */
    private void write(Pending pending, TextStep step, PrintWriter out) {
        Batch batch = pending.batch();
        if (pending.slices() == null) {
            // on the calling thread: the batch as one slice (one line when interactive)
            try {
                new Slice(batch, 0, batch.size(), step, raw != null).call().writeTo(out, raw);
            } catch (SliceFailure failure) {
                failure.done.writeTo(out, raw);
                throw failure.failure;
            }
            return;
        }
        for (Future<Output> future : pending.slices()) {
            try {
                future.get().writeTo(out, raw);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SliceFailure failure) {
                    failure.done.writeTo(out, raw);
                    throw failure.failure;
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** A slice's outputs before the line that failed, and that failure. */
    private static final class SliceFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Output done;
        final RuntimeException failure;

        SliceFailure(Output done, RuntimeException failure) {
            super(null, null, false, false);
            this.done = done;
            this.failure = failure;
        }
    }
}
