package dev.empathy.examples.bench;

import dev.empathy.phrase.PhraseCatalog;

/**
 * Cold-start probe: the time to load and validate the built-in phrase catalog for the first time in a fresh JVM
 * (class loading included), which is what an application pays once at start-up. Prints milliseconds.
 *
 * <pre>java -cp examples/target/empathy-benchmarks.jar dev.empathy.examples.bench.CatalogLoadTime</pre>
 */
public final class CatalogLoadTime {

    private CatalogLoadTime() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        PhraseCatalog catalog = PhraseCatalog.english();
        long first = System.nanoTime() - started;
        System.out.printf("first load: %d statements in %.1f ms%n", catalog.size(), first / 1e6);
    }
}
