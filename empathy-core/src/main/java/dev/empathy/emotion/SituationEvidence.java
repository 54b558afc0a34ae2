package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import dev.empathy.internal.Splits;
import dev.empathy.internal.text.Token;
import dev.empathy.situation.Situation;
import dev.empathy.situation.SituationCue;
import dev.empathy.situation.SituationReading;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The stage of the lexicon engine that reads the message's detected situation as evidence, the way the
 * annotation guide of real support messages says: "a plain report of a problem with no emotion words is
 * frustration when the customer is clearly affected by a failure, and neutral when it is a calm question
 * or request for information".
 * <ul>
 *   <li>A message about a service failure (a failure situation, e.g. {@code delivery-delay}, {@code defect})
 *       that says how it affects the writer ("my", "I", "we"), is not a calm question and not only a
 *       hypothetical ("if it is lost again, ...": {@link CueModifier#HYPOTHETICAL}) gets a
 *       frustration cue of {@code weight} ({@link Cue.Source#SITUATION}) on the situation's last cue
 *       ("@Shop my parcel went to the wrong depot again" reads frustration though no word is an emotion),
 *       when the message is in a support context: addressed to someone (an @handle), naming a {@code service}
 *       word ("my order", "the app"), with a failure cue acting on a {@code possessive} object ("they locked
 *       my profile"), or with two different cues. One cue alone in other text is a word with another sense
 *       ("the kids were up and down all night", "I cancel plans all the time") and adds nothing.</li>
 *   <li>In a calm question or request (a '?' or a request phrase such as "could you", no '!', and no wait or repeated contact), the
 *       frustration of the failure's own words ("is online banking broken?"), and praise read as sarcastic beside
 *       them, is a fact asked about, not a feeling: those cues weigh {@code calm.factor} of their weight ({@link CueModifier#CALM_QUESTION}).</li>
 * </ul>
 *
 * <p>Data: {@code situation-evidence.tsv} ({@code # empathy-situation-evidence 1}): {@code param} lines
 * ({@code weight}, {@code calm.factor}, {@code stronger}), the {@code failure} situations, the {@code affected}, {@code possessive}, {@code service} and {@code request} word lists, and {@code example<TAB>emotion<TAB>message} lines
 * that the build reads with the full classifier. Immutable and thread-safe; linear in the cues and tokens.
 */
final class SituationEvidence implements CueStage {

    static final String FORMAT = "empathy-situation-evidence";

    private final double weight;
    private final double calmFactor;
    private final double stronger;
    private final double outsideFactor;
    private final Set<Situation> failures;
    private final Set<String> affected; // folded words: "my", "im", "ive"
    private final SupportContext context; // from the service and possessive words
    private final List<String[]> requests; // folded phrases as words: ["could", "you"]

    private SituationEvidence(double weight, double calmFactor, double stronger, double outsideFactor, Set<Situation> failures,
                              Set<String> affected, SupportContext context, List<String[]> requests) {
        this.weight = weight;
        this.calmFactor = calmFactor;
        this.stronger = stronger;
        this.outsideFactor = outsideFactor;
        this.failures = failures;
        this.affected = affected;
        this.context = context;
        this.requests = requests;
    }

    /** The support context read from this file's service and possessive words. */
    SupportContext context() {
        return context;
    }

    /** What a service-failure phrase weighs in a message with no support context ({@link OutsideSupportStage}). */
    double outsideFactor() {
        return outsideFactor;
    }

    /** A stage that changes nothing (no situation detector, or no data). */
    static SituationEvidence none() {
        return new SituationEvidence(0, 1, 0, 1, Set.of(), Set.of(), SupportContext.NONE, List.of());
    }

    static SituationEvidence load(DataLines lines) {
        Double weight = null;
        Double calm = null;
        Double stronger = null;
        Double outside = null;
        Set<Situation> failures = EnumSet.noneOf(Situation.class);
        Set<String> affected = new HashSet<>();
        Set<String> possessive = new HashSet<>();
        Set<String> service = new HashSet<>();
        List<String[]> requests = new ArrayList<>();
        for (DataLines.Line line : lines.records()) {
            String[] fields = line.fields();
            String kind = fields[0].strip();
            switch (kind) {
                case "param" -> {
                    DataFields.expect(lines, line, fields.length == 3, "expected 'param<TAB>name<TAB>number'");
                    double value = DataFields.weight(lines, line, fields[2].strip());
                    switch (fields[1].strip()) {
                        case "weight" -> weight = value;
                        case "calm.factor" -> calm = value;
                        case "stronger" -> stronger = value;
                        case "outside.factor" -> outside = value;
                        default -> throw new InvalidDataException(lines.source(), line.number(),
                                "unknown param '" + fields[1].strip() + "', expected weight, calm.factor, stronger or outside.factor");
                    }
                }
                case "failure" -> {
                    DataFields.expect(lines, line, fields.length == 2, "expected 'failure<TAB>situation situation ...'");
                    for (String id : Splits.onWhitespace(fields[1].strip())) {
                        try {
                            failures.add(Situation.fromId(id));
                        } catch (IllegalArgumentException e) {
                            throw new InvalidDataException(lines.source(), line.number(), e.getMessage());
                        }
                    }
                }
                case "affected", "possessive", "service", "request" -> {
                    if (fields.length != 2) { // messages built only on failure: no string work per line at load (start-up time)
                        throw new InvalidDataException(lines.source(), line.number(), "expected '" + kind + "<TAB>word|word ...'");
                    }
                    for (String member : fields[1].split("\\|")) {
                        String folded = SupportStructure.fold(member);
                        if (folded.isEmpty()) {
                            throw new InvalidDataException(lines.source(), line.number(), "empty member in '" + fields[1] + "'");
                        }
                        if (!kind.equals("request")) {
                            if (folded.indexOf(' ') >= 0) {
                                throw new InvalidDataException(lines.source(), line.number(), "a" + (kind.equals("affected") ? "n " : " ") + kind + " word is one word, found '" + member + "'");
                            }
                            (kind.equals("affected") ? affected : kind.equals("possessive") ? possessive : service).add(folded);
                        } else {
                            requests.add(folded.split(" "));
                        }
                    }
                }
                case "example" -> DataFields.expect(lines, line, fields.length == 3, "expected 'example<TAB>emotion<TAB>message'");
                default -> throw new InvalidDataException(lines.source(), line.number(),
                        "unknown record '" + kind + "', expected param, failure, affected, possessive, service, request or example");
            }
        }
        if (weight == null || calm == null || stronger == null || outside == null) {
            String missing = weight == null ? "weight" : calm == null ? "calm.factor" : stronger == null ? "stronger" : "outside.factor";
            throw new InvalidDataException(lines.source(), 0, "missing param '" + missing + "'");
        }
        return new SituationEvidence(weight, calm, stronger, outside, Set.copyOf(failures), Set.copyOf(affected),
                new SupportContext(service, possessive), List.copyOf(requests));
    }

    /** The message with the situation read as evidence; runs after every other stage. */
    @Override
    public MessageCues apply(MessageCues message) {
        SituationReading situation = message.situation();
        if (situation.isGeneral() || situation.cues().isEmpty() || !failures.contains(situation.situation())) {
            return message;
        }
        String text = message.text();
        List<String> words = new ArrayList<>();
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            SentenceCues sentence = message.sentences().get(sentenceNo);
            for (int tokenNo = 0; tokenNo < sentence.sentence().tokens().size(); tokenNo++) {
                Token token = sentence.sentence().tokens().get(tokenNo);
                if (token.isWord() && !SupportContext.isInMention(text, token.start())) {
                    words.add(token.folded());
                }
            }
        }
        if (isCalmQuestion(text, words) && !message.reportsWaitOrRepeat()) {
            BitSet covered = new BitSet(); // the characters of the situation's cues: linear, however many cues
            for (int cueNo = 0; cueNo < situation.cues().size(); cueNo++) {
                SituationCue cue = situation.cues().get(cueNo);
                covered.set(cue.start(), cue.end());
            }
            return message.mapCues(new UnaryOperator<>() { // a class, not a lambda: see CueStage
                @Override
                public LexiconCue apply(LexiconCue cue) {
                    return cue.emotion() == Emotion.FRUSTRATION && cue.weight() > 0
                            && (cue.source() == Cue.Source.FAILURE || cue.has(CueModifier.SARCASTIC) || overlaps(covered, cue))
                            ? cue.times(calmFactor).with(CueModifier.CALM_QUESTION) : cue;
                }
            });
        }
        if (weight == 0 || !containsAny(affected, words) || otherEmotionEvidence(message) >= stronger
                || onlyHypothetical(message) || !context.holds(message)) {
            return message;
        }
        SituationCue last = situation.cues().get(situation.cues().size() - 1);
        List<SentenceCues> out = new ArrayList<>(message.sentences());
        for (int i = 0; i < out.size(); i++) {
            SentenceCues sentence = out.get(i);
            if (last.start() >= sentence.sentence().start() && last.start() < sentence.sentence().end()) {
                List<LexiconCue> cues = new ArrayList<>(sentence.cues());
                cues.add(LexiconCue.of(last.start(), Math.min(last.end(), sentence.sentence().end()), -1,
                        Emotion.FRUSTRATION, weight, Cue.Source.SITUATION));
                out.set(i, sentence.withCues(cues));
                return message.withSentences(out);
            }
        }
        return message;
    }

    /** True if one of {@code words} is in {@code set}. A loop, not a stream with a lambda: see {@link CueStage}. */
    private static boolean containsAny(Set<String> set, List<String> words) {
        for (String word : words) {
            if (set.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(BitSet covered, LexiconCue cue) {
        int next = covered.nextSetBit(cue.start());
        return next >= 0 && next < cue.end();
    }

    /** True if the message's complaint words are all in "if" clauses ({@link CueModifier#HYPOTHETICAL}): no report. */
    private static boolean onlyHypothetical(MessageCues message) {
        boolean hypothetical = false;
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            SentenceCues sentence = message.sentences().get(sentenceNo);
            for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                LexiconCue cue = sentence.cues().get(cueNo);
                if (cue.has(CueModifier.HYPOTHETICAL)) {
                    hypothetical |= cue.complains(); // hypothetical praise ("hope the next one is better") is no sign
                } else if (cue.complains() && cue.weight() > 0 && cue.source() != Cue.Source.QUESTION) {
                    return false;
                }
            }
        }
        return hypothetical;
    }

    /** The largest evidence of one emotion other than frustration in the message, e.g. 1.2 for "worried". */
    private static double otherEmotionEvidence(MessageCues message) {
        double[] evidence = new double[Emotion.values().length];
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            SentenceCues sentence = message.sentences().get(sentenceNo);
            for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                LexiconCue cue = sentence.cues().get(cueNo);
                evidence[cue.emotion().ordinal()] += cue.weight();
            }
        }
        double max = 0;
        for (Emotion emotion : Emotion.values()) {
            if (emotion != Emotion.FRUSTRATION && emotion != Emotion.NEUTRAL) {
                max = Math.max(max, evidence[emotion.ordinal()]);
            }
        }
        return max;
    }

    /** A '?' or a request phrase, and no '!': "could you check my order?", not "where is my order?!". */
    private boolean isCalmQuestion(String text, List<String> words) {
        if (text.indexOf('!') >= 0) {
            return false;
        }
        if (text.indexOf('?') >= 0) {
            return true;
        }
        for (int i = 0; i < words.size(); i++) {
            for (String[] request : requests) {
                if (startsAt(words, i, request)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsAt(List<String> words, int at, String[] phrase) {
        if (at + phrase.length > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!words.get(at + k).equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
