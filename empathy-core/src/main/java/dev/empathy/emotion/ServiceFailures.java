package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The support-domain stage of the lexicon engine: finds plain reports of a service failure ("haven't
 * received my refund", "still no reply", "nobody", "charged twice", "won't let me log in") and adds each
 * as a frustration cue with {@link Cue.Source#FAILURE}. A failure is evidence of frustration only where
 * nothing stronger is said: evidence the lexicon already found on its words is not counted twice, and each further
 * failure in a message counts less ({@code failure.decay}).
 *
 * <p>Data: {@code service-failures.tsv}, with {@code set<TAB>@name<TAB>a|b|c} word families and
 * {@code failure<TAB>pattern[<TAB>factor]} patterns whose parts may name families ("@cannot @access"
 * expands to every combination); {@code example<TAB>+|-<TAB>message} lines say what must and must not read
 * as a failure and are run by the build. Immutable and thread-safe.
 */
final class ServiceFailures {

    static final String FORMAT = "empathy-service-failures";
    /** A pattern may expand to at most this many phrases (keeps start-up time and memory bounded). */
    static final int MAX_EXPANSION = 5_000;

    /** Words skipped inside a failure ("isn't even with", "won't actually start", "is also down"). */
    private static final java.util.Set<String> FILLERS = java.util.Set.of("even", "really", "actually", "just",
            "also", "ever", "completely", "totally", "fully", "properly", "correctly", "literally");

    /** A failure the lexicon already read nearly as heavily adds no cue. */
    private static final double MIN_TOP_UP = 0.1;

    private final PhraseIndex<Double> patterns; // phrase -> factor of failure.weight
    private final int patternCount;

    private ServiceFailures(PhraseIndex<Double> patterns, int patternCount) {
        this.patterns = patterns;
        this.patternCount = patternCount;
    }

    /**
     * Loads the failures; a phrase with a word in {@code removedTerms} is dropped, so switching off a
     * lexicon term ("lost") switches off the failures that say it.
     */
    static ServiceFailures load(DataLines lines, TokenClasses classes, Set<String> removedTerms) {
        Map<String, List<String>> sets = new HashMap<>();
        List<PhraseIndex.Phrase<Double>> phrases = new ArrayList<>();
        for (DataLines.Line line : lines.records()) {
            String[] fields = line.fields();
            String kind = fields[0].strip();
            switch (kind) {
                case "set" -> {
                    if (fields.length != 3 || !fields[1].strip().startsWith("@")) {
                        throw new InvalidDataException(lines.source(), line.number(), "expected 'set<TAB>@name<TAB>word|word'");
                    }
                    List<String> members = new ArrayList<>();
                    for (String member : fields[2].split("\\|")) {
                        String expanded = member.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                        if (expanded.isEmpty()) {
                            throw new InvalidDataException(lines.source(), line.number(), "empty member in set " + fields[1].strip());
                        }
                        members.add(expanded);
                    }
                    if (sets.put(fields[1].strip(), List.copyOf(members)) != null) {
                        throw new InvalidDataException(lines.source(), line.number(), "duplicate set " + fields[1].strip());
                    }
                }
                case "failure" -> {
                    if (fields.length < 2 || fields.length > 3) {
                        throw new InvalidDataException(lines.source(), line.number(), "expected 'failure<TAB>pattern[<TAB>factor]'");
                    }
                    double factor = fields.length == 3 ? factor(lines, line, fields[2].strip()) : 1;
                    List<String> expanded = expand(lines, line, fields[1].strip().toLowerCase(Locale.ROOT), sets);
                    for (String phrase : expanded) {
                        if (mentionsAny(phrase, removedTerms)) {
                            continue;
                        }
                        PhraseIndex.Element[] elements = PhraseIndex.parse(phrase);
                        if (elements == null) {
                            throw new InvalidDataException(lines.source(), line.number(), "pattern has no token to match");
                        }
                        phrases.add(new PhraseIndex.Phrase<>(phrase, elements, factor));
                    }
                }
                case "example" -> {
                    if (fields.length != 3 || !(fields[1].equals("+") || fields[1].equals("-"))) {
                        throw new InvalidDataException(lines.source(), line.number(), "expected 'example<TAB>+|-<TAB>message'");
                    }
                }
                default -> throw new InvalidDataException(lines.source(), line.number(),
                        "unknown record '" + kind + "', expected set, failure or example");
            }
        }
        return new ServiceFailures(PhraseIndex.of(phrases, classes), phrases.size());
    }

    private static boolean mentionsAny(String phrase, Set<String> terms) {
        if (terms.isEmpty()) {
            return false;
        }
        if (terms.contains(phrase)) {
            return true;
        }
        for (String word : phrase.split(" ")) {
            if (terms.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static double factor(DataLines lines, DataLines.Line line, String text) {
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && value <= 3) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidDataException(lines.source(), line.number(), "factor '" + text + "' is not a number in (0, 3]");
    }

    /** Every phrase a pattern stands for: "@cannot log in" with @cannot = can't|cannot gives two. */
    private static List<String> expand(DataLines lines, DataLines.Line line, String pattern, Map<String, List<String>> sets) {
        List<String> out = new ArrayList<>();
        out.add("");
        for (String part : pattern.split(" +")) {
            List<String> choices = part.startsWith("@") ? sets.get(part) : List.of(part);
            if (choices == null) {
                throw new InvalidDataException(lines.source(), line.number(), "unknown set " + part);
            }
            List<String> next = new ArrayList<>(out.size() * choices.size());
            for (String prefix : out) {
                for (String choice : choices) {
                    next.add(prefix.isEmpty() ? choice : prefix + " " + choice);
                }
            }
            if (next.size() > MAX_EXPANSION) {
                throw new InvalidDataException(lines.source(), line.number(), "pattern expands to more than " + MAX_EXPANSION + " phrases");
            }
            out = next;
        }
        return out;
    }

    int size() {
        return patternCount;
    }

    /**
     * Adds a failure cue for each failure in {@code tokens}, longest match first, weighing {@code weight}
     * times the pattern's factor less the negative evidence the lexicon already found on its words.
     */
    void addTo(String text, LexiconScorer.SentenceWork work, List<Token> tokens, double weight) {
        List<Token> words = new ArrayList<>(tokens.size()); // the tokens without fillers ("won't even start")
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
            words.add(tokens.get(t));
        }
        List<LexiconScorer.Draft> lexiconCues = List.copyOf(work.cues); // in text order: found token by token
        int[] from = {0};
        int i = 0;
        while (i < words.size()) {
            PhraseIndex.Match<Double> match = patterns.longestAt(words, i);
            if (match == null) {
                i++;
                continue;
            }
            int start = words.get(i).start();
            int end = words.get(i + match.length() - 1).end();
            double factor = 0;
            for (double value : match.values()) {
                factor = Math.max(factor, value);
            }
            double topUp = weight * factor - negativeEvidence(lexiconCues, from, start, end);
            if (topUp >= MIN_TOP_UP) {
                work.cues.add(new LexiconScorer.Draft(start, end, original[i], Emotion.FRUSTRATION, topUp, Cue.Source.FAILURE));
            }
            i += match.length();
        }
    }

    /**
     * The negative evidence the lexicon already found on {@code [start, end)}, so a failure only tops the
     * words up to its own weight ("still" 0.4 plus "still no reply" 0.7 counts 0.7, not 1.1). The
     * lexicon's cues come in text order and failures are found left to right, so {@code from[0]} only
     * moves forward: linear in cues plus failures.
     */
    private static double negativeEvidence(List<LexiconScorer.Draft> cues, int[] from, int start, int end) {
        while (from[0] < cues.size() && cues.get(from[0]).end <= start) {
            from[0]++;
        }
        double evidence = 0;
        for (int k = from[0]; k < cues.size() && cues.get(k).start < end; k++) {
            LexiconScorer.Draft cue = cues.get(k);
            if (cue.end > start && cue.emotion.isNegative() && cue.emotion != Emotion.CONFUSION) {
                evidence += cue.weight;
            }
        }
        return evidence;
    }
}
