package dev.empathy.examples.bench;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Locale;

/**
 * Draft checks per second of two builds in one JVM, for a ratio that the noise of a shared 2-core machine does not
 * swamp: each build's benchmarks jar is loaded in its own class loader, and the two check {@link
 * DraftCheckBenchmark}'s drafts in alternated half-second rounds (the first of each pair swapping every round), so
 * that both meet the same load. Prints each build's median rate and the median and interquartile range of the
 * per-round ratio, after dropping the first third of the rounds as warm-up. A build compared with itself gives a
 * ratio near 1.00 with an interquartile range of about ±0.1 here, the width to read the figure against.
 *
 * <pre>java -cp examples/target/empathy-benchmarks.jar dev.empathy.examples.bench.AlternatedChecks 40 base.jar new.jar</pre>
 *
 * Not a JMH benchmark (JMH is the measure of the engine): a way to tell whether a change helps.
 */
public final class AlternatedChecks {

    private static final long ROUND_NANOS = 500_000_000L;
    private static volatile int sink;

    private AlternatedChecks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: AlternatedChecks ROUNDS BASE_BENCHMARKS_JAR NEW_BENCHMARKS_JAR");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[0]);
        if (rounds < 6) {
            System.err.println("ROUNDS must be at least 6");
            System.exit(2);
        }
        Build[] builds = {new Build(args[1]), new Build(args[2])};
        double[][] rates = new double[2][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int turn = 0; turn < 2; turn++) {
                int build = round % 2 == 0 ? turn : 1 - turn;
                rates[build][round] = builds[build].checksPerSecond();
            }
        }
        int warmUp = rounds / 3;
        double[] ratios = new double[rounds - warmUp];
        for (int round = warmUp; round < rounds; round++) {
            ratios[round - warmUp] = rates[1][round] / rates[0][round];
        }
        Arrays.sort(ratios);
        for (int build = 0; build < 2; build++) {
            double[] kept = Arrays.copyOfRange(rates[build], warmUp, rounds);
            Arrays.sort(kept);
            System.out.printf(Locale.ROOT, "%-5s %s: median %,.0f drafts/s%n", build == 0 ? "base" : "new", builds[build].jar,
                    kept[kept.length / 2]);
        }
        System.out.printf(Locale.ROOT, "new/base: median %.3f, interquartile range %.3f-%.3f, %d rounds after %d of warm-up%n",
                ratios[ratios.length / 2], ratios[ratios.length / 4], ratios[3 * ratios.length / 4], ratios.length, warmUp);
    }

    /** One build's checker, its check method and its drafts, from its own class loader. */
    private static final class Build {
        final String jar;
        final Object checker;
        final Method check;
        final String[] drafts;

        Build(String jar) throws Exception {
            this.jar = jar;
            if (!new File(jar).isFile()) {
                throw new IllegalArgumentException("no such jar: " + jar);
            }
            ClassLoader loader = new URLClassLoader(new URL[] {new File(jar).toURI().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> checkerClass = loader.loadClass("dev.empathy.draft.DraftChecker");
            this.checker = checkerClass.getMethod("english").invoke(null);
            this.check = checkerClass.getMethod("check", String.class);
            Field field = loader.loadClass(DraftCheckBenchmark.class.getName()).getDeclaredField("DRAFTS");
            field.setAccessible(true);
            this.drafts = (String[]) field.get(null);
        }

        double checksPerSecond() throws Exception {
            long start = System.nanoTime();
            long checks = 0;
            int hash = 0;
            while (System.nanoTime() - start < ROUND_NANOS) {
                for (String draft : drafts) {
                    hash += check.invoke(checker, draft).hashCode();
                    checks++;
                }
            }
            sink = hash;
            return checks / ((System.nanoTime() - start) / 1e9);
        }
    }
}
