package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Service failures ("haven't received my refund", "still no reply", "won't let me log in"): each plain
 * report of a failure in {@code service-failures.tsv} ({@link ServiceFailures}), longest match first, adds
 * a frustration cue ({@link Cue.Source#FAILURE}) of {@code failure.weight} times the pattern's factor, less
 * the negative evidence the lexicon already found on its words, so a failure tops the words up and never
 * counts twice. Filler words are skipped ("won't even start", "can't seem to get").
 */
final class ServiceFailureStage implements CueStage.PerSentence {

    /** Words skipped inside a failure ("isn't even with", "won't actually start", "is also down"). */
    private static final Set<String> FILLERS = Set.of("even", "really", "actually", "just",
            "also", "ever", "completely", "totally", "fully", "properly", "correctly", "literally");
    /** A failure the lexicon already read nearly as heavily adds no cue. */
    private static final double MIN_TOP_UP = 0.1;

    private final TermIndex<Double> patterns; // phrase -> factor of failure.weight
    private final double weight;

    ServiceFailureStage(ServiceFailures failures, Parameters parameters) {
        this.patterns = failures.patterns();
        this.weight = parameters.failureWeight();
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        List<Token> tokens = sentence.tokens();
        if (!patterns.mayMatchIn(tokens, sentence.known())) {
            return sentence; // no failure phrase starts at any token, so none at any word without fillers (speed, issue 16)
        }
        List<Token> words = new ArrayList<>(tokens.size()); // the tokens without fillers ("won't even start")
        Vocabulary.Entry[] known = new Vocabulary.Entry[tokens.size()]; // their vocabulary entries
        int[] original = new int[tokens.size()];
        for (int t = 0; t < tokens.size(); t++) {
            String key = tokens.get(t).key();
            if (FILLERS.contains(key)) {
                continue;
            }
            if ((key.equals("seem") || key.equals("seems")) && t + 1 < tokens.size() && tokens.get(t + 1).key().equals("to")) {
                t++; // "can't seem to get": read "can't get"
                continue;
            }
            original[words.size()] = t;
            known[words.size()] = sentence.known()[t];
            words.add(tokens.get(t));
        }
        List<LexiconCue> lexiconCues = sentence.cues(); // in text order: found token by token
        List<LexiconCue> cues = new ArrayList<>(lexiconCues);
        int[] from = {0};
        int i = 0;
        while (i < words.size()) {
            TermIndex.Match<Double> match = patterns.longestAt(words, known, i);
            if (match == null) {
                i++;
                continue;
            }
            int start = words.get(i).start();
            int end = words.get(i + match.length() - 1).end();
            double factor = 0;
            for (int valueNo = 0; valueNo < match.values().size(); valueNo++) {
                double value = match.values().get(valueNo);
                factor = Math.max(factor, value);
            }
            double topUp = weight * factor - negativeEvidence(lexiconCues, from, start, end);
            if (topUp >= MIN_TOP_UP) {
                cues.add(LexiconCue.of(start, end, original[i], Emotion.FRUSTRATION, topUp, Cue.Source.FAILURE));
            }
            i += match.length();
        }
        return cues.size() == lexiconCues.size() ? sentence : sentence.withCues(cues);
    }

    /**
     * The negative evidence the lexicon already found on {@code [start, end)}, so a failure only tops the
     * words up to its own weight ("still" 0.4 plus "still no reply" 0.7 counts 0.7, not 1.1). The
     * lexicon's cues come in text order and failures are found left to right, so {@code from[0]} only
     * moves forward: linear in cues plus failures.
     */
    private static double negativeEvidence(List<LexiconCue> cues, int[] from, int start, int end) {
        while (from[0] < cues.size() && cues.get(from[0]).end() <= start) {
            from[0]++;
        }
        double evidence = 0;
        for (int k = from[0]; k < cues.size() && cues.get(k).start() < end; k++) {
            LexiconCue cue = cues.get(k);
            if (cue.end() > start && cue.emotion().isNegative() && cue.emotion() != Emotion.CONFUSION) {
                evidence += cue.weight();
            }
        }
        return evidence;
    }
}
