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
 * run in parallel, and their outputs are written in line order. A step that fails with
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

    /** Steps through every line of {@code lines}, skipping blank lines if {@code skipBlank}, writing to {@code out}. */
    void run(InputLines lines, boolean skipBlank, Step step, PrintWriter out) {
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "empathy-cli-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            int message = 0;
            while (true) {
                List<String> batch = new ArrayList<>(BATCH);
                List<int[]> numbers = new ArrayList<>(BATCH);
                RuntimeException readFailure = null;
                try {
                    String line;
                    while (batch.size() < BATCH && (line = lines.next()) != null) {
                        if (skipBlank && line.isBlank()) {
                            continue;
                        }
                        batch.add(line);
                        numbers.add(new int[] {lines.number(), ++message});
                    }
                } catch (BadInputException e) {
                    readFailure = e;
                }
                boolean more = batch.size() == BATCH && readFailure == null;
                write(batch, numbers, step, out, pool);
                if (readFailure != null) {
                    throw readFailure;
                }
                if (flushPerBatch) {
                    out.flush();
                }
                progress(lines.number(), !more);
                if (!more) {
                    return;
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private void write(List<String> batch, List<int[]> numbers, Step step, PrintWriter out, ExecutorService pool) {
        if (pool == null || batch.size() < 2 * threads) {
            for (int i = 0; i < batch.size(); i++) {
                out.print(step.apply(batch.get(i), numbers.get(i)[0], numbers.get(i)[1]));
            }
            return;
        }
        int slices = threads;
        List<Future<String[]>> futures = new ArrayList<>(slices);
        for (int s = 0; s < slices; s++) {
            int from = batch.size() * s / slices;
            int to = batch.size() * (s + 1) / slices;
            futures.add(pool.submit(() -> {
                String[] outputs = new String[to - from];
                for (int i = from; i < to; i++) {
                    try {
                        outputs[i - from] = step.apply(batch.get(i), numbers.get(i)[0], numbers.get(i)[1]);
                    } catch (RuntimeException e) {
                        // keep what came before the failing line; the failure is rethrown in order
                        String[] done = java.util.Arrays.copyOf(outputs, i - from);
                        throw new SliceFailure(done, e);
                    }
                }
                return outputs;
            }));
        }
        for (Future<String[]> future : futures) {
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
