package dev.empathy.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the library version and, for each built-in data file, its format line and the first 12
 * hex digits of its SHA-256, so two installations can tell whether they read with the same data.
 * Stateless.
 */
final class VersionInfo implements IVersionProvider {

    /** The built-in data files, by the name shown and the class-path resource. */
    static final List<String[]> BUILT_IN_DATA = List.of(
            new String[] {"lexicon", "/dev/empathy/emotion/en/lexicon.tsv"},
            new String[] {"modifiers", "/dev/empathy/emotion/en/modifiers.tsv"},
            new String[] {"parameters", "/dev/empathy/emotion/en/parameters.tsv"},
            new String[] {"model", "/dev/empathy/emotion/en/emotion-model.bin"},
            new String[] {"rules", "/dev/empathy/draft/en/rules.tsv"},
            new String[] {"elements", "/dev/empathy/draft/en/elements.tsv"},
            new String[] {"catalog", "/dev/empathy/phrase/en/statements.tsv"});

    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>();
        lines.add("empathy " + libraryVersion());
        for (String[] data : BUILT_IN_DATA) {
            lines.add(String.format("  %-10s %s", data[0], describe(data[1])));
        }
        return lines.toArray(String[]::new);
    }

    /** The Maven version the command line was built at, e.g. {@code 0.1.0}. */
    static String libraryVersion() {
        try (InputStream in = VersionInfo.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(String resource) {
        try (InputStream in = VersionInfo.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "not on the class path";
            }
            byte[] bytes = in.readAllBytes();
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
            String format = "binary";
            if (bytes.length > 2 && bytes[0] == '#') {
                int end = 0;
                while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                    end++;
                }
                format = new String(bytes, 2, end - 2, StandardCharsets.UTF_8).strip();
            } else if (resource.endsWith(".bin")) {
                format = "empathy-model";
            }
            return format + ", sha256 " + digest + ", " + bytes.length + " bytes";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
