package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The last step of the lexicon engine: turns the cues every stage has read into an {@link EmotionReading}.
 * Per sentence, the sum of its cues' weights per emotion against the neutral prior ({@code neutral.prior});
 * per message, the same with later sentences weighted up ({@code recency.boost}: what the customer feels
 * now). Intensity is {@code 1 - exp(-evidence / intensity.scale)} of the primary emotion; confidence is the
 * margin over the runner-up, scaled down by the share of words the lexicon cannot read (other scripts) and,
 * for messages of {@value #MIN_WORDS_FOR_LANGUAGE} words or more, when the text does not look English.
 */
final class ReadingScorer {

    private static final Emotion[] EMOTIONS = Emotion.values();
    /** Signals by start, then end; built once, not per message. */
    private static final Comparator<Signal> IN_TEXT_ORDER = new SignalOrder();
    /** Messages this long or longer are checked for looking English (function-words.tsv). */
    private static final int MIN_WORDS_FOR_LANGUAGE = 4;
    /** The share of English function words below which confidence is scaled down proportionally. */
    private static final double ENGLISH_FUNCTION_WORD_SHARE = 0.15;
    /** Signals sorted by insertion up to this many ({@link #sortInTextOrder}). */
    private static final int INSERTION_SORT_AT_MOST = 16;

    private final Parameters parameters;
    private final Set<String> functionWords;

    ReadingScorer(Lexicon lexicon) {
        this.parameters = lexicon.parameters;
        this.functionWords = lexicon.functionWords;
    }

    EmotionReading score(MessageCues message) {
        String text = message.text();
        List<SentenceCues> sentences = message.sentences();
        int n = sentences.size();
        double[] raw = new double[EMOTIONS.length];
        List<SentenceReading> sentenceReadings = new ArrayList<>(n);
        List<Cue> allCues = new ArrayList<>();
        List<Signal> allSignals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SentenceCues sentence = sentences.get(i);
            double recency = n == 1 ? 1 : 1 + parameters.recencyBoost() * i / (n - 1);
            double[] sentenceRaw = new double[EMOTIONS.length];
            List<Cue> cues = new ArrayList<>(sentence.cues().size());
            for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                LexiconCue cue = sentence.cues().get(cueNo);
                sentenceRaw[cue.emotion().ordinal()] += cue.weight();
                raw[cue.emotion().ordinal()] += recency * cue.weight();
                cues.add(cue.toCue(text));
            }
            Reading reading = reading(sentenceRaw);
            sentenceReadings.add(new SentenceReading(sentence.sentence().start(), sentence.sentence().end(), reading.emotion,
                    reading.intensity, reading.scores, cues));
            allCues.addAll(cues);
            allSignals.addAll(sentence.signals());
        }
        Reading reading = reading(raw);
        double margin = reading.scores.get(reading.emotion) - reading.scores.bestExcept(reading.emotion);
        double confidence = clamp(margin * coverage(message));
        sortInTextOrder(allSignals);
        return new EmotionReading(reading.emotion, reading.intensity, confidence, reading.scores, allCues,
                sentenceReadings, allSignals);
    }

    /**
     * The share of words the lexicon can read (Latin script), times, for messages of at least
     * {@value #MIN_WORDS_FOR_LANGUAGE} words, how English they look: English is rarely under 15% function
     * words ("the", "is") and words a cue covers; French or German is.
     */
    private double coverage(MessageCues message) {
        int words = 0;
        int readableWords = 0;
        int englishWords = 0;
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            SentenceCues sentence = message.sentences().get(sentenceNo);
            List<LexiconCue> cues = sentence.cues(); // in text order
            int nextCue = 0;
            int coveredUntil = -1; // furthest end of the cues starting at or before the current token
            List<Token> tokens = sentence.sentence().tokens();
            int sentenceStart = sentence.sentence().start();
            for (int tokenNo = 0; tokenNo < tokens.size(); tokenNo++) {
                Token token = tokens.get(tokenNo);
                while (nextCue < cues.size() && cues.get(nextCue).start() <= token.start()) {
                    coveredUntil = Math.max(coveredUntil, cues.get(nextCue++).end());
                }
                if (token.isWord()) {
                    words++;
                    if (isReadable(sentence.chars(), token.start() - sentenceStart, token.end() - sentenceStart)) {
                        readableWords++;
                    }
                    if (token.start() < coveredUntil || functionWords.contains(token.key())) {
                        englishWords++;
                    }
                }
            }
        }
        double coverage = words == 0 ? 1 : (double) readableWords / words;
        if (words >= MIN_WORDS_FOR_LANGUAGE) {
            coverage *= Math.min(1, englishWords / (ENGLISH_FUNCTION_WORD_SHARE * words));
        }
        return coverage;
    }

    private record Reading(Emotion emotion, double intensity, EmotionScores scores) {
    }

    private Reading reading(double[] raw) {
        double[] weights = raw.clone();
        weights[Emotion.NEUTRAL.ordinal()] = parameters.neutralPrior();
        EmotionScores scores = EmotionScores.ofWeights(weights);
        Emotion top = scores.top();
        double intensity = top == Emotion.NEUTRAL ? 0 : clamp(1 - Math.exp(-raw[top.ordinal()] / parameters.intensityScale()));
        return new Reading(top, intensity, scores);
    }

    /** A word the lexicon can read, {@code chars[start, end)} of a sentence's chars: Latin letters, digits and apostrophes. */
    private static boolean isReadable(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (!(c < 0x250 || c == '\u2019')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sorts {@code signals} by {@link #IN_TEXT_ORDER}, stably, as {@code List.sort} does: by insertion when they are
     * few (a message has a handful, nearly in order), so that the JIT need not compile {@code TimSort} into every
     * reading (speed, issue 16); with {@code List.sort} past {@value #INSERTION_SORT_AT_MOST}, so that the work stays
     * bounded for a long message.
     */
    static void sortInTextOrder(List<Signal> signals) {
        if (signals.size() > INSERTION_SORT_AT_MOST) {
            signals.sort(IN_TEXT_ORDER);
            return;
        }
        for (int i = 1; i < signals.size(); i++) {
            Signal signal = signals.get(i);
            int j = i;
            while (j > 0 && IN_TEXT_ORDER.compare(signals.get(j - 1), signal) > 0) {
                signals.set(j, signals.get(j - 1));
                j--;
            }
            signals.set(j, signal);
        }
    }

    private static double clamp(double value) {
        return value < 0 ? 0 : Math.min(value, 1);
    }

    /** Signals by start, then end. A class, not {@code Comparator.comparingInt}: see {@link CueStage}. */
    private static final class SignalOrder implements Comparator<Signal> {
        @Override
        public int compare(Signal a, Signal b) {
            int byStart = Integer.compare(a.start(), b.start());
            return byStart != 0 ? byStart : Integer.compare(a.end(), b.end());
        }
    }
}
