package dev.empathy.situation;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads what a customer's message is about: one of the {@link Situation}s, with the words that point to it
 * and a confidence, from a data file of weighted cues.
 *
 * <pre>{@code
 * SituationReading reading = SituationDetector.english().detect("My parcel still hasn't arrived, tracking says delivered");
 * reading.situation();  // DELIVERY_DELAY
 * reading.cues();       // "parcel", "hasn't arrived", "says delivered"
 * }</pre>
 *
 * <p>How a message is read, as a pipeline: its words ({@link MessageWords}: folded to lower case without
 * apostrophes; @-mentions, links and punctuation other than sentence ends left out) &rarr; every cue found
 * ({@link CueMatcher}) &rarr; a score per situation, the sum of its cue weights (of overlapping cues of one
 * situation only the heaviest counts, and a cue found twice counts once) &rarr; the best situation if its score beats the general score
 * ({@code general-prior} plus the weights of general cues such as plain questions), otherwise
 * {@link Situation#GENERAL}. Ties go to the situation named first in the file's {@code precedence} line.
 * The confidence is {@code 1 - exp(-margin)}, the margin being the winner's score over the best other
 * score (general included); a message with no cue at all reads {@link SituationReading#general()}.
 *
 * <p>The built-in English cues are {@code /dev/empathy/situation/en/situation-cues.tsv}; the format is
 * documented in that file and in the README. Instances are immutable and thread-safe: build one and share
 * it. Building fails with {@link InvalidDataException} (file, line, problem) on the first bad record.
 * {@link #detect} never throws on any text, takes time linear in its length and never logs it.
 */
public final class SituationDetector {

    static final String BUILT_IN = "/dev/empathy/situation/en/situation-cues.tsv";

    private static final class Default {
        static final SituationDetector ENGLISH = builder().build();
    }

    private static final SituationDetector NONE = new SituationDetector(SituationCues.empty());

    private final SituationCues cues;
    private final CueMatcher matcher;
    private final boolean noCues;
    private final Situation[] situations = Situation.values();
    private final int[] rank = new int[situations.length];

    private SituationDetector(SituationCues cues) {
        this.cues = cues;
        this.matcher = new CueMatcher(cues.cues());
        this.noCues = cues.cues().isEmpty();
        for (int i = 0; i < cues.precedence().size(); i++) {
            rank[cues.precedence().get(i).ordinal()] = i;
        }
    }

    /** {@return the shared detector with the built-in English cues, loaded on first use} */
    public static SituationDetector english() {
        return Default.ENGLISH;
    }

    /** {@return a detector that reads every message as {@link SituationReading#general()}: situation detection switched off} */
    public static SituationDetector none() {
        return NONE;
    }

    /** {@return a builder starting from the built-in English cues} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the number of cues in use} */
    public int size() {
        return cues.cues().size();
    }

    /** The examples and counter-examples of the loaded files, for the data test. */
    List<SituationCues.Example> examples() {
        return cues.examples();
    }

    /**
     * {@return what {@code message} is about} Empty, blank or cue-less text reads {@link SituationReading#general()}.
     *
     * @param message the customer's message, any length
     * @throws NullPointerException if {@code message} is null ("message must not be null")
     */
    public SituationReading detect(String message) {
        Objects.requireNonNull(message, "message must not be null");
        if (noCues) {
            return SituationReading.general();
        }
        MessageWords words = MessageWords.of(message); // none for blank text, so no cue either
        List<CueMatcher.Match> matches = matcher.matches(words);
        if (matches.isEmpty()) {
            return SituationReading.general();
        }
        return read(message, words, matches);
    }

    /**
     * The reading of {@code message} from the cues found in it, {@code matches} (not empty): scores, winner and
     * evidence. A method of its own so that the JIT compiles the look-up above and this scoring apart (speed, issue 16).
     */
    private SituationReading read(String message, MessageWords words, List<CueMatcher.Match> matches) {
        int n = matches.size();
        double[] scores = new double[situations.length];
        double[] previousWeight = new double[situations.length]; // what the last kept evidence of each situation added
        int[] lastKept = new int[situations.length]; // the last kept evidence of each situation, a match index; -1 none
        Arrays.fill(lastKept, -1);
        boolean[] kept = new boolean[n]; // match i is kept evidence of its situation
        boolean[] counted = new boolean[matcher.cueCount()]; // by cue index: a match of that cue was counted
        for (int i = 0; i < n; i++) {
            CueMatcher.Match match = matches.get(i);
            CuePattern cue = match.cue();
            int s = cue.situation().ordinal();
            boolean seen = counted[match.cueIndex()];
            double weight = seen ? 0 : cue.weight(); // a cue found twice counts once
            if (cue.weight() < 0) {
                scores[s] += weight;
                counted[match.cueIndex()] = true;
                continue;
            }
            int previous = lastKept[s];
            if (previous >= 0 && match.first() <= matches.get(previous).last()) {
                if (cue.weight() > matches.get(previous).cue().weight()) {
                    scores[s] += weight - previousWeight[s];
                    previousWeight[s] = weight;
                    kept[previous] = false; // replaced by this one, in its place at the end of the evidence
                    kept[i] = true;
                    lastKept[s] = i;
                    counted[match.cueIndex()] = true;
                }
                continue;
            }
            scores[s] += weight;
            previousWeight[s] = weight;
            kept[i] = true;
            lastKept[s] = i;
            counted[match.cueIndex()] = true;
        }
        int general = Situation.GENERAL.ordinal();
        scores[general] += cues.generalPrior();
        int best = general;
        for (int s = 0; s < situations.length; s++) {
            if (s != general && beats(s, best, scores)) {
                best = s;
            }
        }
        double runnerUp = best == general ? 0 : Double.NEGATIVE_INFINITY; // no evidence scores 0
        for (int s = 0; s < situations.length; s++) {
            if (s != best && (s == general || lastKept[s] >= 0)) {
                runnerUp = Math.max(runnerUp, scores[s]);
            }
        }
        List<SituationCue> found = new ArrayList<>();
        for (int i = 0; i < n; i++) { // a situation's kept evidence, in the order it was kept: match order
            CueMatcher.Match match = matches.get(i);
            if (kept[i] && match.cue().situation().ordinal() == best) {
                int start = words.starts[match.first()];
                int end = words.ends[match.last()];
                found.add(new SituationCue(start, end, message.substring(start, end), situations[best]));
            }
        }
        if (best == general && found.isEmpty()) {
            return SituationReading.general();
        }
        double confidence = 1 - Math.exp(-(scores[best] - runnerUp));
        return new SituationReading(situations[best], Math.max(0, Math.min(1, confidence)), found);
    }

    /** True if situation {@code s} beats {@code best}: a higher score, or an equal one earlier in precedence. */
    private boolean beats(int s, int best, double[] scores) {
        if (scores[s] != scores[best]) {
            return scores[s] > scores[best];
        }
        return best != Situation.GENERAL.ordinal() && rank[s] < rank[best];
    }

    @Override
    public String toString() {
        return "SituationDetector{" + cues.cues().size() + " cues}";
    }

    /**
     * Configures a {@link SituationDetector}. Not thread-safe; the detector it builds is.
     *
     * <p>Defaults: the built-in English cue file and nothing else.
     */
    public static final class Builder {

        private boolean builtIn = true;
        private final List<DataLines> extra = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a cue file in the built-in format ({@code # empathy-situation-cues 1} first), read now. Its
         * cues add to the built-in ones; a cue with the same situation and pattern replaces the built-in
         * one, and weight 0 removes it; its {@code param} and {@code precedence} lines replace the built-in
         * ones.
         *
         * @param file a UTF-8 cue file
         * @return this builder
         * @throws InvalidDataException if the file cannot be read, is not UTF-8 or has no format line
         */
        public Builder addCues(Path file) {
            extra.add(DataLines.read(Objects.requireNonNull(file, "file must not be null"), SituationCues.FORMAT, 1));
            return this;
        }

        /**
         * As {@link #addCues(Path)}, reading {@code in} now (the caller closes it); {@code name} appears in errors.
         *
         * @param in the file's UTF-8 bytes, read now
         * @param name the name used in error messages, e.g. the file name
         * @return this builder
         */
        public Builder addCues(InputStream in, String name) {
            extra.add(DataLines.read(Objects.requireNonNull(in, "in must not be null"), name, SituationCues.FORMAT, 1));
            return this;
        }

        /**
         * Starts from no cues instead of the built-in ones, so that the added files replace them.
         *
         * @return this builder
         */
        public Builder withoutBuiltInCues() {
            builtIn = false;
            return this;
        }

        /**
         * Validates every cue and builds the detector.
         *
         * @return the detector, immutable and thread-safe
         * @throws InvalidDataException naming the file, line and problem of the first bad record
         */
        public SituationDetector build() {
            List<DataLines> files = new ArrayList<>();
            if (builtIn) {
                files.add(DataLines.resource(SituationDetector.class, BUILT_IN, SituationCues.FORMAT, 1));
            }
            files.addAll(extra);
            return new SituationDetector(SituationCues.load(files));
        }
    }
}
