package dev.empathy.examples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code --runs N} mode of {@link StartupTime}: starts 3 × N fresh JVMs of it, interleaved (an empty
 * {@code main} from the same jar, a plain run, a run with an AppCDS archive that one more JVM first writes
 * with {@code -XX:ArchiveClassesAtExit}), and prints the median and spread of each, the ratios to the empty
 * {@code main}, the load average and the JVM. Not thread-safe; a program, not a library class.
 */
final class StartupRuns {

    private StartupRuns() {
    }

    /** Runs the fresh JVMs of {@code --runs} and prints the summary. */
    static void run(int runs) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("empathy-startup");
        Path archive = dir.resolve("startup.jsa");
        try {
            String before = loadAverage();
            child(List.of("-XX:ArchiveClassesAtExit=" + archive)); // writes the archive; not counted
            List<Long> empty = new ArrayList<>();
            List<Long> plain = new ArrayList<>();
            List<Long> shared = new ArrayList<>();
            List<String> plainLines = new ArrayList<>();
            List<String> sharedLines = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                empty.add(figure(child(List.of(), "--empty"), StartupTime.EMPTY));
                String line = child(List.of());
                plain.add(figure(line, StartupTime.RESULT));
                plainLines.add(line);
                line = child(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"));
                shared.add(figure(line, StartupTime.RESULT));
                sharedLines.add(line);
            }
            System.out.println("without an archive:");
            plainLines.forEach(line -> System.out.println("  " + line));
            System.out.println("with the AppCDS archive (-XX:SharedArchiveFile):");
            sharedLines.forEach(line -> System.out.println("  " + line));
            long emptyMedian = median(empty);
            System.out.printf(Locale.ROOT, "first result, %d fresh JVMs each, median (spread):%n", runs);
            System.out.printf(Locale.ROOT, "  without an archive  %4d ms (%s)  %.1f x the empty main%n", median(plain), spread(plain),
                    median(plain) / (double) emptyMedian);
            System.out.printf(Locale.ROOT, "  with the archive    %4d ms (%s)  %.1f x the empty main%n", median(shared), spread(shared),
                    median(shared) / (double) emptyMedian);
            System.out.printf(Locale.ROOT, "  empty main          %4d ms (%s)  same jar, JVM start to main%n", emptyMedian, spread(empty));
            System.out.printf(Locale.ROOT, "CPU ms, median: main thread %d without the archive, %d with it; whole process %d and %d%n",
                    median(cpu(plainLines, "main-thread")), median(cpu(sharedLines, "main-thread")),
                    median(cpu(plainLines, "process")), median(cpu(sharedLines, "process")));
            System.out.printf(Locale.ROOT, "load average before %s, after %s; %s %s, %d cores%n", before, loadAverage(),
                    System.getProperty("java.vm.name"), System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors());
        } finally {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(dir);
        }
    }

    /** Starts this class in a fresh JVM with {@code jvmOptions} and returns its one line of output. */
    private static String child(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(StartupTime.class.getName());
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            output = String.join("\n", in.lines().toList());
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the child JVM failed: " + output);
        }
        return output;
    }

    private static long figure(String line, String name) {
        for (String candidate : line.split("\n")) {
            if (candidate.startsWith(name + " ")) {
                return Long.parseLong(candidate.substring(name.length() + 1).split(" ")[0]);
            }
        }
        throw new IllegalStateException("no '" + name + "' in: " + line);
    }

    /** The CPU milliseconds named {@code which} ("main-thread" or "process") in each run's line. */
    private static List<Long> cpu(List<String> lines, String which) {
        List<Long> values = new ArrayList<>();
        for (String line : lines) {
            String rest = line.substring(line.indexOf("cpu-ms ") + "cpu-ms ".length());
            String[] words = rest.split(" ");
            for (int i = 0; i + 1 < words.length; i++) {
                if (words[i].equals(which)) {
                    values.add(Long.parseLong(words[i + 1]));
                }
            }
        }
        return values;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static String spread(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        StringBuilder text = new StringBuilder();
        for (Long value : sorted) {
            text.append(text.length() == 0 ? "" : ", ").append(value);
        }
        return text.toString();
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | UncheckedIOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
