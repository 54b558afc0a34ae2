package dev.empathy.model;

import dev.empathy.data.InvalidDataException;
import dev.empathy.emotion.Emotion;
import dev.empathy.internal.IoProblems;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained emotion model: an OpenNLP document-categorizer model plus what it needs to read new messages
 * the way it was trained (its labels, feature kinds and feature set version). Train one with
 * {@link EmotionModelTrainer}, save it with {@link #save(Path)}, load it with {@link #load(Path)}, and
 * read messages with {@link ModelEmotionClassifier}. Immutable and thread-safe.
 *
 * <pre>{@code
 * EmotionModel model = EmotionModelTrainer.defaults().train(LabelledMessages.read(Path.of("tickets.tsv")));
 * model.save(Path.of("tickets-model.bin"));
 * EmotionClassifier classifier = ModelEmotionClassifier.of(EmotionModel.load(Path.of("tickets-model.bin")));
 * }</pre>
 *
 * <p><b>File format</b> (version {@value #FORMAT_VERSION}): a UTF-8 text header, then the OpenNLP model as a
 * gzip-compressed binary payload whose length and CRC-32 the header states:
 * <pre>
 * # empathy-model 1
 * # locale: en
 * labels&lt;TAB&gt;anger,frustration,gratitude,neutral
 * features&lt;TAB&gt;1&lt;TAB&gt;words,bigrams,negation,lexicon-cues,emphasis
 * algorithm&lt;TAB&gt;maxent
 * iterations&lt;TAB&gt;100
 * cutoff&lt;TAB&gt;1
 * examples&lt;TAB&gt;3000
 * payload&lt;TAB&gt;gzip&lt;TAB&gt;&lt;bytes&gt;&lt;TAB&gt;&lt;crc32&gt;
 * </pre>
 * Loading fails with an {@link InvalidDataException} naming the file and the problem when the file is not
 * an empathy model (a plain OpenNLP model included), has another format version or feature set version,
 * is truncated or corrupted, or is larger than the documented limits ({@link #MAX_FILE_BYTES},
 * {@link #MAX_INFLATED_BYTES}, {@link #MAX_ENTRIES}). Saving the same model twice writes the same bytes.
 */
public final class EmotionModel {

    /** The model file format version this library writes and reads. */
    public static final int FORMAT_VERSION = ModelFile.VERSION;
    /** The version of the feature definitions ({@link ModelFeature}) this library extracts. */
    public static final int FEATURE_SET_VERSION = FeatureSet.VERSION;
    /**
     * The largest model file loaded (33 MiB): a larger file fails with {@link InvalidDataException} before
     * it is read into memory. See also {@link #MAX_INFLATED_BYTES} and {@link #MAX_ENTRIES}.
     */
    public static final int MAX_FILE_BYTES = ModelFile.MAX_FILE_BYTES;
    /**
     * The most bytes a model's compressed payload may inflate to (32 MiB; the built-in English model
     * inflates to 0.3 MiB); loading stops with {@link InvalidDataException} as soon as it passes this.
     */
    public static final int MAX_INFLATED_BYTES = ModelFile.MAX_INFLATED_BYTES;
    /**
     * The most entries any table of a model may declare (outcomes, outcome patterns, features; 500,000, the
     * built-in English model has 9,124 features), checked before the table is allocated, so a small file
     * declaring ten million entries fails with {@link InvalidDataException} instead of exhausting the heap.
     */
    public static final int MAX_ENTRIES = ModelFile.MAX_ENTRIES;
    /** The class-path resource of the built-in English model. */
    public static final String BUILT_IN_RESOURCE = "/dev/empathy/emotion/en/emotion-model.bin";

    private static final class BuiltIn {
        static final EmotionModel ENGLISH = resource(EmotionModel.class, BUILT_IN_RESOURCE);
    }

    private final ModelFile file;
    private final FeatureSet featureSet;
    private final MaxentModel maxent;

    EmotionModel(ModelFile file) {
        this.file = file;
        this.featureSet = new FeatureSet(file.features());
        this.maxent = file.model();
    }

    /**
     * The built-in English model, trained on the project's in-house corpus of customer-service messages;
     * loaded from the class path on first use.
     *
     * @throws InvalidDataException if the resource is missing or unreadable
     */
    public static EmotionModel english() {
        return BuiltIn.ENGLISH;
    }

    /**
     * Loads a model file.
     *
     * @throws InvalidDataException naming the file and the problem: cannot be read, not a model, another
     *                              format or feature set version, truncated or corrupted
     */
    public static EmotionModel load(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw ModelFile.tooLarge(file.toString(), size); // before reading it into memory
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidDataException(file.toString(), 0, "cannot be read: " + IoProblems.reason(e), e);
        }
        return of(bytes, file.toString());
    }

    /** As {@link #load(Path)}, reading {@code in} to its end (the caller closes it); {@code source} names it in errors. */
    public static EmotionModel load(InputStream in, String source) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(source, "source must not be null");
        try {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw ModelFile.tooLarge(source, bytes.length);
            }
            return of(bytes, source);
        } catch (IOException e) {
            throw new InvalidDataException(source, 0, "cannot be read: " + IoProblems.reason(e), e);
        }
    }

    /**
     * Loads a model from the class path, e.g. {@code resource(MyApp.class, "/models/emotion.bin")}.
     *
     * @throws InvalidDataException if the resource is missing, or as {@link #load(Path)}
     */
    public static EmotionModel resource(Class<?> anchor, String name) {
        Objects.requireNonNull(anchor, "anchor must not be null");
        Objects.requireNonNull(name, "name must not be null");
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new InvalidDataException(name, 0, "resource not found on the class path");
            }
            return load(in, name);
        } catch (IOException e) {
            throw new InvalidDataException(name, 0, "cannot be read: " + IoProblems.reason(e), e);
        }
    }

    private static EmotionModel of(byte[] bytes, String source) {
        Set<String> algorithms = Arrays.stream(EmotionModelTrainer.Algorithm.values())
                .map(EmotionModelTrainer.Algorithm::id).collect(Collectors.toSet());
        return new EmotionModel(ModelFile.read(bytes, source, algorithms));
    }

    /**
     * Writes the model to {@code file}, replacing it: the bytes go to a temporary file in the same
     * directory first, which is then moved into place, so a failed save never leaves half a model.
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    public void save(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        byte[] bytes = toBytes();
        Path absolute = file.toAbsolutePath();
        try {
            Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
            try {
                Files.write(temporary, bytes);
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model file " + file, e);
        }
    }

    /** Writes the model file to {@code out} (the caller closes it). */
    public void save(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out must not be null");
        out.write(toBytes());
    }

    /** {@return the model file's bytes; equal models give equal bytes} */
    public byte[] toBytes() {
        return file.toBytes();
    }

    /** {@return the emotions the model was trained on and can predict, in {@link Emotion} order; others always score 0} */
    public Set<Emotion> labels() {
        return file.labels().isEmpty() ? Set.of() : EnumSet.copyOf(file.labels());
    }

    /** {@return the feature kinds the model reads} */
    public Set<ModelFeature> features() {
        return featureSet.features();
    }

    /** {@return the algorithm it was trained with} */
    public EmotionModelTrainer.Algorithm algorithm() {
        return EmotionModelTrainer.Algorithm.fromId(file.algorithm());
    }

    /** {@return the training iterations} */
    public int iterations() {
        return file.iterations();
    }

    /** {@return the feature cutoff used in training: features seen fewer times were left out} */
    public int cutoff() {
        return file.cutoff();
    }

    /** {@return the number of labelled messages it was trained on} */
    public int exampleCount() {
        return file.examples();
    }

    FeatureSet featureSet() {
        return featureSet;
    }

    MaxentModel maxent() {
        return maxent;
    }

    @Override
    public String toString() {
        return "EmotionModel{labels=" + file.labels().stream().map(Emotion::id).collect(Collectors.joining(","))
                + ", features=" + features().stream().map(ModelFeature::id).collect(Collectors.joining(","))
                + ", algorithm=" + file.algorithm() + ", iterations=" + iterations() + ", cutoff=" + cutoff()
                + ", examples=" + exampleCount() + "}";
    }
}
