package dev.empathy.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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
 * been written, as with one thread. Output is flushed once per batch when standard output is a terminal, else
 * only at the end (the caller flushes). The step must be thread-safe: the engines are. Not thread-safe itself.
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

    private final int threads;
    private final boolean flushPerBatch;
    private final PrintWriter progress;
    private final String name;

    /**
     * {@code threads} 1 runs every step on the calling thread; {@code progress} (null for none) gets a line
     * {@code "NAME: N lines read"} at most every two seconds and at the end.
     */
    LinePipeline(int threads, boolean flushPerBatch, PrintWriter progress, String name) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.flushPerBatch = flushPerBatch;
        this.progress = progress;
        this.name = name;
    }

    private long lastProgress = System.nanoTime();

    private void progress(int lines, boolean last) {
        if (progress != null && (last || System.nanoTime() - lastProgress > 2_000_000_000L)) {
            progress.println(name + ": " + lines + " lines read" + (last ? ", done" : ""));
            progress.flush();
            lastProgress = System.nanoTime();
        }
    }

    /** Lines read, with their numbers, and the read failure that ended them (or null). */
    private record Batch(List<String> lines, List<int[]> numbers, RuntimeException readFailure) {
        boolean isLast() {
            return lines.size() < BATCH || readFailure != null;
        }
    }

    /** A batch on its way: its slices' futures, or null when it runs on the calling thread as it is written. */
    private record Pending(Batch batch, List<Future<String[]>> slices) {
    }

    /** Steps through every line of {@code lines}, skipping blank lines if {@code skipBlank}, writing to {@code out}. */
    void run(InputLines lines, boolean skipBlank, Step step, PrintWriter out) {
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "empathy-cli-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            int[] message = {0};
            // the next batch is read and queued while the workers step through this one, so they never wait for input
            Pending pending = submit(read(lines, skipBlank, message), step, pool);
            while (true) {
                Pending next = pending.batch().isLast() ? null : submit(read(lines, skipBlank, message), step, pool);
                write(pending, step, out);
                if (pending.batch().readFailure() != null) {
                    throw pending.batch().readFailure();
                }
                if (flushPerBatch) {
                    out.flush();
                }
                progress(lines.number(), next == null);
                if (next == null) {
                    return;
                }
                pending = next;
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static Batch read(InputLines lines, boolean skipBlank, int[] message) {
        List<String> batch = new ArrayList<>(BATCH);
        List<int[]> numbers = new ArrayList<>(BATCH);
        try {
            String line;
            while (batch.size() < BATCH && (line = lines.next()) != null) {
                if (skipBlank && line.isBlank()) {
                    continue;
                }
                batch.add(line);
                numbers.add(new int[] {lines.number(), ++message[0]});
            }
        } catch (RuntimeException e) { // invalid UTF-8 or a failed read: reported after the lines before it
            return new Batch(batch, numbers, e);
        }
        return new Batch(batch, numbers, null);
    }

    /** Starts {@code batch} on the pool, cut into one slice per thread; a small batch is left to {@link #write}. */
    private Pending submit(Batch batch, Step step, ExecutorService pool) {
        if (pool == null || batch.lines().size() < 2 * threads) {
            return new Pending(batch, null);
        }
        List<String> lines = batch.lines();
        List<int[]> numbers = batch.numbers();
        int slices = threads;
        List<Future<String[]>> futures = new ArrayList<>(slices);
        for (int s = 0; s < slices; s++) {
            int from = lines.size() * s / slices;
            int to = lines.size() * (s + 1) / slices;
            futures.add(pool.submit(() -> {
                String[] outputs = new String[to - from];
                for (int i = from; i < to; i++) {
                    try {
                        outputs[i - from] = step.apply(lines.get(i), numbers.get(i)[0], numbers.get(i)[1]);
                    } catch (RuntimeException e) {
                        // keep what came before the failing line; the failure is rethrown in order
                        String[] done = java.util.Arrays.copyOf(outputs, i - from);
                        throw new SliceFailure(done, e);
                    }
                }
                return outputs;
            }));
        }
        return new Pending(batch, futures);
    }

    /** Writes a batch's outputs in line order, waiting for its slices; rethrows the first failure after the outputs before it. */
    private static void write(Pending pending, Step step, PrintWriter out) {
        Batch batch = pending.batch();
        if (pending.slices() == null) {
            for (int i = 0; i < batch.lines().size(); i++) {
                out.print(step.apply(batch.lines().get(i), batch.numbers().get(i)[0], batch.numbers().get(i)[1]));
            }
            return;
        }
        for (Future<String[]> future : pending.slices()) {
            try {
                for (String output : future.get()) {
                    out.print(output);
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SliceFailure failure) {
                    for (String output : failure.done) {
                        out.print(output);
                    }
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
        final transient String[] done;
        final RuntimeException failure;

        SliceFailure(String[] done, RuntimeException failure) {
            super(null, null, false, false);
            this.done = done;
            this.failure = failure;
        }
    }
}
