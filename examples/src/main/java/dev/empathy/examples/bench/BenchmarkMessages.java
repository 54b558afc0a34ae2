package dev.empathy.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/** The benchmark inputs: customer messages kept as resources next to this class, one per line. */
final class BenchmarkMessages {

    private BenchmarkMessages() {
    }

    /** 16 short messages, 12 to 14 words each. */
    static String[] shortMessages() {
        return load("short-messages.txt");
    }

    /** 4 long messages, 160 to 167 words each. */
    static String[] longMessages() {
        return load("long-messages.txt");
    }

    private static String[] load(String name) {
        try (InputStream in = Objects.requireNonNull(BenchmarkMessages.class.getResourceAsStream(name), name)) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank())
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
