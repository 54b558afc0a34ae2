package dev.empathy.model;

import dev.empathy.data.InvalidDataException;
import dev.empathy.emotion.Emotion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import opennlp.tools.ml.model.AbstractModel;

/**
 * The model file format, version {@value #VERSION}: a UTF-8 text header, then the OpenNLP model as a
 * gzip-compressed binary payload.
 *
 * <pre>
 * # empathy-model 1
 * # locale: en
 * labels       anger,frustration,gratitude,neutral          (TAB-separated key and value)
 * features     1  words,bigrams,negation,lexicon-cues,emphasis   (feature set version, kinds)
 * algorithm    maxent
 * iterations   100
 * cutoff       2
 * examples     3000
 * payload      gzip  123456  1a2b3c4d                     (bytes, CRC-32 in hex; always the last line)
 * &lt;123456 bytes: OpenNLP GenericModelWriter output, gzip&gt;
 * </pre>
 *
 * Writing the same model twice gives the same bytes (no time stamps).
 *
 * @param labels     the emotions the model was trained on, in {@link Emotion} order
 * @param features   the feature kinds it reads
 * @param algorithm  the training algorithm's id
 * @param iterations training iterations
 * @param cutoff     the feature cutoff used in training
 * @param examples   the number of training examples
 * @param model      the OpenNLP model
 */
record ModelFile(List<Emotion> labels, Set<ModelFeature> features, String algorithm, int iterations,
                        int cutoff, int examples, AbstractModel model) {

    /** The format version this library writes and reads. */
    public static final int VERSION = 1;
    /** The format name on the first line. */
    public static final String FORMAT = "empathy-model";

    /**
     * The most bytes a model's payload may inflate to (32 MiB; the built-in English model inflates to
     * 0.3 MiB). Reading stops with an {@link InvalidDataException} as soon as inflation passes it.
     */
    public static final int MAX_INFLATED_BYTES = 32 << 20;
    /**
     * The most entries (outcomes, outcome patterns, features) any one table of a model may declare
     * (500,000; the built-in English model has 9,124 features). Checked before OpenNLP allocates the table,
     * so a small file that declares millions of entries fails fast instead of exhausting the heap.
     */
    public static final int MAX_ENTRIES = 500_000;
    /** The largest model file read at all: a gzip payload is never much larger than what it inflates to. */
    public static final int MAX_FILE_BYTES = MAX_INFLATED_BYTES + (1 << 20);

    private static final String FIRST_LINE = "# " + FORMAT + " " + VERSION;
    private static final int MAX_HEADER_LINE = 4096;
    private static final List<String> FIELDS = List.of("labels", "features", "algorithm", "iterations", "cutoff", "examples");

    public ModelFile {
        labels = List.copyOf(labels);
        features = Set.copyOf(features);
    }

    /** The whole file. */
    public byte[] toBytes() {
        byte[] payload = ModelPayload.write(model);
        CRC32 crc = new CRC32();
        crc.update(payload);
        StringBuilder header = new StringBuilder();
        header.append(FIRST_LINE).append('\n')
                .append("# locale: en\n")
                .append("# A trained emotion model of the empathy library: this text header, then the OpenNLP model (gzip).\n")
                .append("labels\t").append(labels.stream().map(Emotion::id).collect(Collectors.joining(","))).append('\n')
                .append("features\t").append(FeatureSet.VERSION).append('\t')
                .append(EnumSet.copyOf(features).stream().map(ModelFeature::id).collect(Collectors.joining(","))).append('\n')
                .append("algorithm\t").append(algorithm).append('\n')
                .append("iterations\t").append(iterations).append('\n')
                .append("cutoff\t").append(cutoff).append('\n')
                .append("examples\t").append(examples).append('\n')
                .append("payload\tgzip\t").append(payload.length).append('\t')
                .append(String.format(Locale.ROOT, "%08x", crc.getValue())).append('\n');
        byte[] head = header.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = Arrays.copyOf(head, head.length + payload.length);
        System.arraycopy(payload, 0, file, head.length, payload.length);
        return file;
    }

    /**
     * Reads a whole model file.
     *
     * @param algorithms the algorithm ids this library knows
     * @throws InvalidDataException naming {@code source}, the header line and the problem when the bytes
     *                              are not a model, a model of an unsupported version or feature set, or
     *                              truncated or corrupted
     */
    public static ModelFile read(byte[] bytes, String source, Set<String> algorithms) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooLarge(source, bytes.length);
        }
        if (bytes.length == 0) {
            throw new InvalidDataException(source, 0, "file is empty, expected an empathy model starting with '" + FIRST_LINE + "'");
        }
        int position = 0;
        int lineNumber = 0;
        Map<String, String[]> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] payloadLine = null;
        while (payloadLine == null) {
            if (position >= bytes.length) {
                if (lineNumber == 0) {
                    throw notAModel(source, bytes);
                }
                throw new InvalidDataException(source, 0, "truncated: the header ends before its 'payload' line");
            }
            int end = position;
            while (end < bytes.length && bytes[end] != '\n' && end - position <= MAX_HEADER_LINE) {
                end++;
            }
            if (end >= bytes.length || bytes[end] != '\n') {
                if (lineNumber == 0) {
                    throw notAModel(source, bytes);
                }
                throw new InvalidDataException(source, lineNumber + 1, end - position > MAX_HEADER_LINE
                        ? "header line is longer than " + MAX_HEADER_LINE + " bytes"
                        : "truncated: the header ends before its 'payload' line");
            }
            String line = new String(bytes, position, end - position, StandardCharsets.UTF_8);
            lineNumber++;
            position = end + 1;
            if (lineNumber == 1) {
                checkFirstLine(line, source, bytes);
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            String key = parts[0];
            if (key.equals("payload")) {
                payloadLine = parts;
                lines.put(key, lineNumber);
            } else if (!FIELDS.contains(key)) {
                throw new InvalidDataException(source, lineNumber, "unknown header field '" + abbreviate(key) + "', expected one of "
                        + String.join(", ", FIELDS) + ", payload");
            } else if (fields.put(key, parts) != null) {
                throw new InvalidDataException(source, lineNumber, "duplicate header field '" + key + "'");
            } else {
                lines.put(key, lineNumber);
            }
        }
        for (String field : FIELDS) {
            if (!fields.containsKey(field)) {
                throw new InvalidDataException(source, 0, "the header has no '" + field + "' line");
            }
        }
        List<Emotion> labels = labels(fields.get("labels"), source, lines.get("labels"));
        Set<ModelFeature> features = features(fields.get("features"), source, lines.get("features"));
        String algorithm = single(fields.get("algorithm"), source, lines.get("algorithm"));
        if (!algorithms.contains(algorithm)) {
            throw new InvalidDataException(source, lines.get("algorithm"), "unknown algorithm '" + abbreviate(algorithm)
                    + "', expected one of " + algorithms.stream().sorted().collect(Collectors.joining(", ")));
        }
        int iterations = number(fields.get("iterations"), source, lines.get("iterations"));
        int cutoff = number(fields.get("cutoff"), source, lines.get("cutoff"));
        int examples = number(fields.get("examples"), source, lines.get("examples"));
        AbstractModel model = ModelPayload.read(bytes, position, payloadLine, source, lines.get("payload"));
        Set<String> outcomes = new HashSet<>();
        for (int i = 0; i < model.getNumOutcomes(); i++) {
            outcomes.add(model.getOutcome(i));
        }
        Set<String> labelIds = labels.stream().map(Emotion::id).collect(Collectors.toSet());
        if (!outcomes.equals(labelIds)) {
            throw new InvalidDataException(source, lines.get("labels"), "the model's outcomes " + new java.util.TreeSet<>(outcomes)
                    + " do not match the header's labels " + new java.util.TreeSet<>(labelIds));
        }
        return new ModelFile(labels, features, algorithm, iterations, cutoff, examples, model);
    }

    private static void checkFirstLine(String line, String source, byte[] bytes) {
        String[] header = line.strip().split("\\s+");
        if (header.length != 3 || !header[0].equals("#") || !header[1].equals(FORMAT)) {
            throw notAModel(source, bytes);
        }
        int version;
        try {
            version = Integer.parseInt(header[2]);
        } catch (NumberFormatException e) {
            throw new InvalidDataException(source, 1, "format version must be a whole number, found '" + abbreviate(header[2]) + "'");
        }
        if (version != VERSION) {
            throw new InvalidDataException(source, 1, "unsupported " + FORMAT + " version " + version
                    + ", this library reads version " + VERSION + "; retrain the model with this version of the library");
        }
    }

    private static InvalidDataException notAModel(String source, byte[] bytes) {
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        return new InvalidDataException(source, 0, "not an empathy model file"
                + (zip ? " (it is a zip archive, perhaps a plain OpenNLP model)" : "")
                + ": expected the first line '" + FIRST_LINE + "'");
    }

    private static List<Emotion> labels(String[] parts, String source, int line) {
        String value = single(parts, source, line);
        Set<Emotion> labels = EnumSet.noneOf(Emotion.class);
        for (String id : value.split(",", -1)) {
            Emotion emotion;
            try {
                emotion = Emotion.fromId(id);
            } catch (IllegalArgumentException e) {
                throw new InvalidDataException(source, line, "labels: " + e.getMessage());
            }
            if (!labels.add(emotion)) {
                throw new InvalidDataException(source, line, "labels: duplicate label '" + emotion.id() + "'");
            }
        }
        if (labels.size() < 2) {
            throw new InvalidDataException(source, line, "labels: a model needs at least 2 labels, found " + labels.size());
        }
        return new ArrayList<>(labels);
    }

    private static Set<ModelFeature> features(String[] parts, String source, int line) {
        if (parts.length != 3) {
            throw new InvalidDataException(source, line, "expected 'features<TAB><version><TAB><kinds>', found "
                    + parts.length + " fields");
        }
        int version;
        try {
            version = Integer.parseInt(parts[1].strip());
        } catch (NumberFormatException e) {
            throw new InvalidDataException(source, line, "feature set version must be a whole number, found '" + abbreviate(parts[1]) + "'");
        }
        if (version != FeatureSet.VERSION) {
            throw new InvalidDataException(source, line, "feature set version " + version
                    + " is not supported, this library extracts feature set " + FeatureSet.VERSION
                    + "; retrain the model with this version of the library");
        }
        Set<ModelFeature> features = EnumSet.noneOf(ModelFeature.class);
        for (String id : parts[2].split(",", -1)) {
            try {
                features.add(ModelFeature.fromId(id));
            } catch (IllegalArgumentException e) {
                throw new InvalidDataException(source, line, "features: " + e.getMessage());
            }
        }
        return features;
    }

    private static String single(String[] parts, String source, int line) {
        if (parts.length != 2 || parts[1].isBlank()) {
            throw new InvalidDataException(source, line, "expected '" + parts[0] + "<TAB><value>', found " + parts.length + " fields");
        }
        return parts[1].strip();
    }

    private static int number(String[] parts, String source, int line) {
        String value = single(parts, source, line);
        try {
            int number = Integer.parseInt(value);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidDataException(source, line, parts[0] + " must be a whole number >= 0, found '" + abbreviate(value) + "'");
    }

    /** The error for a model file of {@code size} bytes, more than {@link #MAX_FILE_BYTES}. */
    public static InvalidDataException tooLarge(String source, long size) {
        return new InvalidDataException(source, 0, "the file has " + size + " bytes, the most a model file may have is " + MAX_FILE_BYTES);
    }

    /** {@code text} cut to 40 chars, for error messages that quote a header value. */
    static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
