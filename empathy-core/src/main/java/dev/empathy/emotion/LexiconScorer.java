package dev.empathy.emotion;

import dev.empathy.internal.text.Sentence;
import dev.empathy.internal.text.TextAnalyzer;
import dev.empathy.internal.text.Token;
import dev.empathy.situation.SituationReading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring algorithm of {@link LexiconEmotionClassifier}. Stateless between calls, thread-safe.
 *
 * <p>Per sentence: match lexicon phrases (longest first) and modifiers over the tokens, and emoji and
 * emoticons over the raw text; apply negation scope, intensifiers and diminishers, capitals, stretched
 * words, repeated exclamation marks, contrast, sarcasm and confusion questions. Per message: sum the
 * sentences' evidence with later sentences weighted up (what the customer feels now), and a sentence that
 * opens with a contrast marker discounts everything before it.
 */
final class LexiconScorer {

    private static final Emotion[] EMOTIONS = Emotion.values();
    /** Messages this long or longer are checked for looking English (function-words.tsv). */
    private static final int MIN_WORDS_FOR_LANGUAGE = 4;
    /** The share of English function words below which confidence is scaled down proportionally. */
    private static final double ENGLISH_FUNCTION_WORD_SHARE = 0.15;
    /** The largest intensifier value a modifier file may hold, and so the largest multiplier of any chain. */
    static final double MAX_INTENSIFIER = 3;

    private final Lexicon lexicon;
    private final Parameters parameters;
    private final TextAnalyzer analyzer;
    private final SituationEvidence situationEvidence;

    LexiconScorer(Lexicon lexicon, TextAnalyzer analyzer, SituationEvidence situationEvidence) {
        this.lexicon = lexicon;
        this.parameters = lexicon.parameters;
        this.analyzer = analyzer;
        this.situationEvidence = situationEvidence;
    }

    /** A cue while it is being built. */
    static final class Draft {
        final int start;
        final int end;
        final int tokenIndex;
        Emotion emotion;
        double weight;
        final double baseWeight;
        final Cue.Source source;
        final EnumSet<CueModifier> modifiers = EnumSet.noneOf(CueModifier.class);

        Draft(int start, int end, int tokenIndex, Emotion emotion, double weight, Cue.Source source) {
            this.start = start;
            this.end = end;
            this.tokenIndex = tokenIndex;
            this.emotion = emotion;
            this.weight = weight;
            this.baseWeight = weight;
            this.source = source;
        }

        Cue toCue(String text) {
            return new Cue(start, end, text.substring(start, end), emotion, weight, baseWeight, source, modifiers);
        }
    }

    /** The work on one sentence. */
    static final class SentenceWork {
        final Sentence sentence;
        final List<Draft> cues = new ArrayList<>();
        final Set<Signal> signals = new LinkedHashSet<>(); // in the order found; a record, so duplicates merge
        double openingContrast = 1; // < 1 when the sentence opens with "But", "However", ...
        int strongWaitOrRepeatAt = Integer.MAX_VALUE; // a clear wait or repeat ("for three weeks"), not a bare "again"
        List<int[]> hashtags = List.of(); // [start, end) of each hashtag, e.g. "#neveragain"

        SentenceWork(Sentence sentence) {
            this.sentence = sentence;
        }
    }

    EmotionReading read(String text, SituationReading situation) {
        if (text.isBlank()) {
            return EmotionReading.neutral();
        }
        List<Sentence> sentences = analyzer.sentences(text);
        if (sentences.isEmpty()) {
            return EmotionReading.neutral();
        }
        boolean shouted = isShouted(text);
        List<SentenceWork> works = new ArrayList<>(sentences.size());
        int words = 0;
        int readableWords = 0;
        int englishWords = 0; // function words ("the", "is") and words the lexicon read ("delayed")
        for (Sentence sentence : sentences) {
            SentenceWork work = readSentence(text, sentence, shouted);
            works.add(work);
            work.cues.sort(Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(d -> d.end));
            int nextCue = 0;
            int coveredUntil = -1; // furthest end of the cues starting at or before the current token
            for (Token token : sentence.tokens()) {
                while (nextCue < work.cues.size() && work.cues.get(nextCue).start <= token.start()) {
                    coveredUntil = Math.max(coveredUntil, work.cues.get(nextCue++).end);
                }
                if (token.isWord()) {
                    words++;
                    if (isReadable(text, token)) {
                        readableWords++;
                    }
                    if (lexicon.functionWords.contains(token.key()) || token.start() < coveredUntil) {
                        englishWords++;
                    }
                }
            }
        }
        int closing = signOffStart(text, sentences);
        if (closing >= 0) {
            for (SentenceWork work : works) {
                for (Draft cue : work.cues) {
                    if (cue.start >= closing && cue.emotion.isPositive()) {
                        cue.weight *= parameters.signOffFactor();
                        cue.modifiers.add(CueModifier.SIGN_OFF);
                    }
                }
            }
        }
        // a sentence opening with a contrast marker discounts everything before it: each cue takes the
        // discount of the first such sentence after its own (one backward pass, linear in the cues)
        double laterDiscount = 1;
        for (int i = works.size() - 1; i >= 0; i--) {
            SentenceWork work = works.get(i);
            boolean opensWithContrast = i > 0 && work.openingContrast < 1;
            for (Draft cue : work.cues) {
                if (opensWithContrast) {
                    contrastAfter(cue);
                }
                if (laterDiscount < 1) {
                    contrastBefore(cue, laterDiscount);
                }
            }
            if (opensWithContrast) {
                laterDiscount = work.openingContrast;
            }
        }

        SupportEvidence.finish(text, works, parameters);
        situationEvidence.apply(text, works, situation);
        PraiseWithThanks.apply(works);

        int n = works.size();
        double[] raw = new double[EMOTIONS.length];
        List<SentenceReading> sentenceReadings = new ArrayList<>(n);
        List<Cue> allCues = new ArrayList<>();
        List<Signal> allSignals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SentenceWork work = works.get(i);
            double recency = n == 1 ? 1 : 1 + parameters.recencyBoost() * i / (n - 1);
            double[] sentenceRaw = new double[EMOTIONS.length];
            List<Cue> cues = new ArrayList<>(work.cues.size());
            for (Draft draft : work.cues) {
                sentenceRaw[draft.emotion.ordinal()] += draft.weight;
                raw[draft.emotion.ordinal()] += recency * draft.weight;
                cues.add(draft.toCue(text));
            }
            Reading sentenceReading = reading(sentenceRaw);
            sentenceReadings.add(new SentenceReading(work.sentence.start(), work.sentence.end(), sentenceReading.emotion,
                    sentenceReading.intensity, sentenceReading.scores, cues));
            allCues.addAll(cues);
            allSignals.addAll(work.signals);
        }
        Reading message = reading(raw);
        double coverage = words == 0 ? 1 : (double) readableWords / words;
        if (words >= MIN_WORDS_FOR_LANGUAGE) { // English is rarely under 15% such words; French or German is
            coverage *= Math.min(1, englishWords / (ENGLISH_FUNCTION_WORD_SHARE * words));
        }
        double margin = message.scores.get(message.emotion) - message.scores.bestExcept(message.emotion);
        double confidence = clamp(margin * coverage);
        allSignals.sort(Comparator.comparingInt(Signal::start).thenComparingInt(Signal::end));
        return new EmotionReading(message.emotion, message.intensity, confidence, message.scores, allCues,
                sentenceReadings, allSignals);
    }

    /**
     * Where the closing formula of a message starts ("... resend it please? Thanks, Ellie"), or -1. A
     * closing is the last sentence when it has at most eight words and ends with a comma and one to three
     * capitalised words (a name), or the sentence before a last line made only of one to three capitalised
     * words ("Kind regards,\nMaria"). Messages of one sentence have no closing.
     */
    private static int signOffStart(String text, List<Sentence> sentences) {
        int n = sentences.size();
        if (n < 2) {
            return -1;
        }
        Sentence last = sentences.get(n - 1);
        List<Token> words = last.tokens().stream().filter(Token::isWord).toList();
        if (!words.isEmpty() && words.size() <= 8 && endsWithCommaAndName(text, last.tokens())) {
            return last.start(); // "Thanks, Ellie", "Kind regards, Tobias, Product Lead"
        }
        if (!words.isEmpty() && words.size() <= 3 && words.stream().allMatch(w -> isCapitalised(text, w))) {
            Sentence before = sentences.get(n - 2); // "Kind regards,\nMaria Lopez": the name has its own line
            long beforeWords = before.tokens().stream().filter(Token::isWord).count();
            return n >= 3 && beforeWords <= 4 ? before.start() : -1;
        }
        return -1;
    }

    /** True if the tokens end with a comma and then one to three capitalised words (a name) and punctuation. */
    private static boolean endsWithCommaAndName(String text, List<Token> tokens) {
        int end = tokens.size();
        while (end > 0 && !tokens.get(end - 1).isWord()) {
            end--; // trailing punctuation
        }
        int name = 0;
        int i = end - 1;
        while (i >= 0 && tokens.get(i).isWord() && isCapitalised(text, tokens.get(i)) && name < 3) {
            name++;
            i--;
            while (i >= 0 && !tokens.get(i).isWord() && !tokens.get(i).key().equals(",")) {
                i--; // "Ruth & Ian", "Tobias, Product Lead"
            }
        }
        return name > 0 && i > 0 && tokens.get(i).key().equals(",");
    }

    private static boolean isCapitalised(String text, Token token) {
        return Character.isUpperCase(text.charAt(token.start()));
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

    private SentenceWork readSentence(String text, Sentence sentence, boolean shouted) {
        SentenceWork work = new SentenceWork(sentence);
        SocialText.Normalised normalised = lexicon.social.normalise(text, sentence.start(), sentence.end(), sentence.tokens());
        List<Token> tokens = normalised.tokens(); // mentions and URLs dropped, "pls" read as "please"; offsets unchanged
        work.hashtags = normalised.hashtags();
        int negationUntil = -1;
        double multiplier = 1;
        int multiplierUntil = -1;
        int contrastAt = -1; // char offset of the last contrast marker inside the sentence
        double contrastValue = 1;
        boolean seenWord = false;
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.isClauseBreak()) {
                negationUntil = -1;
                multiplierUntil = -1;
                multiplier = 1;
                i++;
                continue;
            }
            PhraseIndex.Match<LexiconEntry> entries = lexicon.words.longestAt(tokens, i);
            PhraseIndex.Match<Modifier> modifier = lexicon.modifiers.longestAt(tokens, i);
            if (entries != null && (modifier == null || entries.length() >= modifier.length())) {
                int last = i + entries.length() - 1;
                for (LexiconEntry entry : strongestPerEmotion(entries.values())) {
                    addEntry(text, work, tokens, i, last, entry, i <= negationUntil,
                            i <= multiplierUntil ? multiplier : 1, entries.elongated(), shouted);
                }
                seenWord = true;
                i = last + 1;
            } else if (modifier != null) {
                Modifier first = modifier.values().get(0);
                int last = i + modifier.length() - 1;
                switch (first.kind()) {
                    case NEGATOR -> negationUntil = last + parameters.negationScope();
                    case INTENSIFIER, DIMINISHER -> {
                        multiplier = i <= multiplierUntil ? chain(multiplier, first.value()) : first.value();
                        multiplierUntil = last + parameters.modifierWindow();
                    }
                    case CONTRAST -> {
                        negationUntil = -1;
                        if (!seenWord) {
                            work.openingContrast = Math.min(work.openingContrast, first.value());
                        } else {
                            contrastAt = token.start();
                            contrastValue = first.value();
                        }
                    }
                    case CLAUSE -> negationUntil = -1; // "I didn't, and the gate is closing": a new clause
                    case QUESTION, WORRY -> { } // question openers live in their own index
                }
                seenWord = true;
                i = last + 1;
            } else {
                seenWord |= token.isWord();
                i++;
            }
        }
        lexicon.failures.addTo(text, work, tokens, parameters.failureWeight());
        SupportEvidence.hashtags(text, work, parameters);
        SupportEvidence.waitRepeatFloor(work, parameters);
        addSymbols(text, work, contrastAt);
        addQuestion(text, work, tokens);
        markSarcasm(text, work, tokens, contrastAt);
        if (contrastAt >= 0) {
            for (Draft cue : work.cues) {
                if (cue.start < contrastAt) {
                    contrastBefore(cue, contrastValue);
                } else {
                    contrastAfter(cue);
                }
            }
        }
        applyExclamation(text, work);
        return work;
    }

    /**
     * The multiplier of a chain of intensifiers and diminishers ("very very", "extremely really"), bounded
     * by construction to {@code (0, MAX_INTENSIFIER]}: intensifiers combine like independent chances on
     * their share of the largest boost ({@code 1 + M(1 - (1 - a/M)(1 - b/M))} with {@code M =
     * MAX_INTENSIFIER - 1}), so each adds less than the last and the chain saturates at the largest single
     * value; a diminisher multiplies, which can only lower it.
     */
    static double chain(double multiplier, double value) {
        if (multiplier <= 1 || value <= 1) {
            return multiplier * value; // never above the larger of the two, both at most MAX_INTENSIFIER
        }
        double room = MAX_INTENSIFIER - 1;
        double a = Math.min(multiplier - 1, room) / room;
        double b = Math.min(value - 1, room) / room;
        return 1 + room * (1 - (1 - a) * (1 - b));
    }

    /**
     * Entries matching the same words count once per emotion: "third time" is both a phrase and
     * "{ordinal} time", and only the heavier one counts. Every signal is kept.
     */
    private static List<LexiconEntry> strongestPerEmotion(List<LexiconEntry> entries) {
        if (entries.size() == 1) {
            return entries;
        }
        List<LexiconEntry> kept = new ArrayList<>(entries.size());
        for (LexiconEntry entry : entries) {
            boolean merged = false;
            for (int k = 0; k < kept.size(); k++) {
                LexiconEntry other = kept.get(k);
                if (other.emotion() == entry.emotion() && entry.emotion() != null) {
                    LexiconEntry heavier = entry.weight() > other.weight() ? entry : other;
                    SignalType signal = heavier.signal() != null ? heavier.signal() : (entry == heavier ? other : entry).signal();
                    kept.set(k, new LexiconEntry(heavier.term(), heavier.emotion(), heavier.weight(), signal));
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                kept.add(entry);
            }
        }
        return kept;
    }

    private void addEntry(String text, SentenceWork work, List<Token> tokens, int first, int last, LexiconEntry entry,
                          boolean negated, double multiplier, boolean elongated, boolean shouted) {
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        if (entry.signal() == SignalType.LONG_WAIT || entry.signal() == SignalType.REPEATED_CONTACT) {
            negated = false; // a wait is a fact, not a feeling: "hasn't changed since Friday" still waited
        }
        if (entry.signal() != null && !negated) {
            addSignal(text, work, entry.signal(), start, end);
            if ((entry.signal() == SignalType.LONG_WAIT || entry.signal() == SignalType.REPEATED_CONTACT)
                    && entry.weight() >= parameters.sarcasmComplaintMin()) {
                work.strongWaitOrRepeatAt = Math.min(work.strongWaitOrRepeatAt, start);
            }
        }
        if (entry.emotion() == null) {
            return;
        }
        Draft cue = new Draft(start, end, first, entry.emotion(), entry.weight(), Cue.Source.LEXICON);
        if (multiplier > 1) {
            cue.weight *= multiplier;
            cue.modifiers.add(CueModifier.INTENSIFIED);
        } else if (multiplier < 1) {
            cue.weight *= multiplier;
            cue.modifiers.add(CueModifier.DIMINISHED);
        }
        for (int t = first; t <= last; t++) {
            Token token = tokens.get(t);
            if (token.allCaps() && (shouted || token.end() - token.start() >= 3)) {
                cue.weight *= parameters.capsFactor();
                cue.modifiers.add(CueModifier.CAPS);
                break;
            }
        }
        if (elongated) {
            cue.weight *= parameters.elongationFactor();
            cue.modifiers.add(CueModifier.ELONGATED);
        }
        if (negated) {
            Parameters.Negation negation = parameters.negation().get(entry.emotion());
            cue.modifiers.add(CueModifier.NEGATED);
            if (negation.target() == Emotion.NEUTRAL) {
                cue.weight = 0;
            } else {
                cue.emotion = negation.target();
                cue.weight *= negation.factor();
            }
        }
        work.cues.add(cue);
    }

    private void addSymbols(String text, SentenceWork work, int contrastAt) {
        Sentence sentence = work.sentence;
        Map<String, Integer> seen = new HashMap<>(); // symbol -> times already seen in this sentence
        for (int pos = sentence.start(); pos < sentence.end(); pos++) {
            List<Lexicon.Symbol> candidates = lexicon.symbolsByFirstChar.get(text.charAt(pos));
            if (candidates == null) {
                continue;
            }
            for (Lexicon.Symbol symbol : candidates) {
                int end = pos + symbol.text().length();
                if (end > sentence.end() || !text.startsWith(symbol.text(), pos)) {
                    continue;
                }
                if (symbol.needsBoundary() && !isBoundary(text, pos, end)) {
                    continue;
                }
                int repeats = seen.merge(symbol.text(), 1, Integer::sum) - 1;
                double decay = Math.pow(parameters.repeatedSymbolDecay(), repeats);
                for (LexiconEntry entry : symbol.entries()) {
                    if (entry.signal() != null) {
                        addSignal(text, work, entry.signal(), pos, end);
                    }
                    if (entry.emotion() != null) {
                        work.cues.add(new Draft(pos, end, -1, entry.emotion(), entry.weight() * decay, Cue.Source.SYMBOL));
                    }
                }
                pos = end - 1;
                break;
            }
        }
    }

    /** An ASCII emoticon or censored word stands alone: no letter or digit touches it, nor a URL's ":/" or "//". */
    private static boolean isBoundary(String text, int start, int end) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (Character.isLetterOrDigit(before) || before == '/' || before == ':' || before == '=') {
                return false;
            }
        }
        if (end < text.length()) {
            char after = text.charAt(end);
            return !Character.isLetterOrDigit(after) && after != '/';
        }
        return true;
    }

    private void addQuestion(String text, SentenceWork work, List<Token> tokens) {
        Sentence sentence = work.sentence;
        int questionMarks = 0;
        int lastMark = -1;
        for (int pos = sentence.start(); pos < sentence.end(); pos++) {
            if (text.charAt(pos) == '?') {
                questionMarks++;
                lastMark = pos;
            }
        }
        if (questionMarks == 0) {
            return;
        }
        double boost = 1 + parameters.repeatedQuestionStep() * Math.min(questionMarks - 1, 3);
        boolean confusion = addOpener(work, tokens, Modifier.Kind.QUESTION, Emotion.CONFUSION, boost);
        boolean worry = addOpener(work, tokens, Modifier.Kind.WORRY, Emotion.ANXIETY, boost);
        if (!confusion && !worry && questionMarks >= 2 && !mixedWithExclamations(text, sentence)) {
            // "??" alone: confusion; "will I lose it??": worry; "INCONVENIENCE?!?!": outrage, not confusion
            int start = lastMark;
            while (start > sentence.start() && text.charAt(start - 1) == '?') {
                start--;
            }
            work.cues.add(new Draft(start, lastMark + 1, -1, Emotion.CONFUSION,
                    parameters.repeatedQuestionWeight() * boost, Cue.Source.QUESTION));
        }
    }

    private static boolean mixedWithExclamations(String text, Sentence sentence) {
        for (int pos = sentence.start(); pos < sentence.end(); pos++) {
            if (text.charAt(pos) == '!') {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds a cue of {@code emotion} for the strongest opener of {@code kind} in a question sentence
     * ("what does" for confusion, "will I lose" for anxiety), unless the lexicon already found that
     * emotion on those words. Returns true if the sentence has such an opener.
     */
    private boolean addOpener(SentenceWork work, List<Token> tokens, Modifier.Kind kind, Emotion emotion, double boost) {
        Modifier best = null;
        int bestAt = -1;
        int bestLength = 0;
        for (int i = 0; i < tokens.size(); i++) {
            PhraseIndex.Match<Modifier> opener = lexicon.questions.longestAt(tokens, i);
            if (opener == null) {
                continue;
            }
            if (kind == Modifier.Kind.WORRY && !startsClause(tokens, i)) {
                continue; // "will I lose" starts a worried question; "where is my order" has no worry in "is my"
            }
            for (Modifier modifier : opener.values()) {
                if (modifier.kind() == kind && (best == null || modifier.value() > best.value())) {
                    best = modifier;
                    bestAt = i;
                    bestLength = opener.length();
                }
            }
        }
        if (best == null) {
            return false;
        }
        int start = tokens.get(bestAt).start();
        int end = tokens.get(bestAt + bestLength - 1).end();
        for (Draft cue : work.cues) {
            if (cue.emotion == emotion && cue.start < end && start < cue.end) {
                return true; // the lexicon already counted these words ("how do i", "what if")
            }
        }
        work.cues.add(new Draft(start, end, bestAt, emotion, best.value() * parameters.questionScale() * boost,
                Cue.Source.QUESTION));
        return true;
    }

    /**
     * A positive cue reads as sarcasm when the sentence also carries a sarcasm marker, or when a cheerful
     * (satisfaction) word opens the sentence as an exclamation ("Great, ...", or any such opener before a
     * long wait or repeated contact); thanks stay sincere unless marked ("thanks for nothing")
     * and clear negative evidence follows it with no contrast marker between: a wait, a repeated contact,
     * a cue of anger, frustration or disappointment, each of base weight at least {@code sarcasm.complaint.min}
     * ("Great, my order is lost again"; not "Great, the refund was faster than I thought").
     */
    private void markSarcasm(String text, SentenceWork work, List<Token> tokens, int contrastAt) {
        boolean marker = false;
        for (Signal signal : work.signals) {
            marker |= signal.type() == SignalType.SARCASM;
        }
        int complaintAt = work.strongWaitOrRepeatAt;
        boolean waitOrRepeat = complaintAt != Integer.MAX_VALUE;
        for (Draft cue : work.cues) {
            if ((cue.emotion == Emotion.ANGER || cue.emotion == Emotion.FRUSTRATION || cue.emotion == Emotion.DISAPPOINTMENT)
                    && (cue.baseWeight >= parameters.sarcasmComplaintMin() || cue.source == Cue.Source.FAILURE)
                    && !cue.modifiers.contains(CueModifier.NEGATED)) {
                complaintAt = Math.min(complaintAt, cue.start);
            }
        }
        for (Draft cue : new ArrayList<>(work.cues)) {
            if (!cue.emotion.isPositive() || cue.modifiers.contains(CueModifier.NEGATED) || cue.weight == 0) {
                continue;
            }
            // an exclamation-like opener: "Great, ...", "Love it! ...", or any opener before a wait or repeat
            boolean opensSentence = cue.emotion == Emotion.SATISFACTION // "Great, ...": thanks are sincere by default
                    && cue.tokenIndex >= 0 && wordsBefore(tokens, cue.tokenIndex, 2) < 2
                    && (waitOrRepeat || followedByPunctuation(tokens, cue));
            boolean complaintFollows = complaintAt > cue.start && complaintAt != Integer.MAX_VALUE
                    && !(contrastAt > cue.start && contrastAt < complaintAt);
            if (marker || (opensSentence && complaintFollows)) {
                cue.emotion = Emotion.FRUSTRATION;
                cue.modifiers.add(CueModifier.SARCASTIC);
                if (!marker) {
                    addSignal(text, work, SignalType.SARCASM, cue.start, cue.end);
                }
            }
        }
    }

    /** True if {@code tokens[index]} is the sentence's first word or follows punctuation ("..., will I lose it?"). */
    private static boolean startsClause(List<Token> tokens, int index) {
        for (int i = index - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (token.isWord()) {
                return false;
            }
            if (token.kind() == Token.Kind.PUNCTUATION) {
                return true;
            }
        }
        return true;
    }

    private static boolean followedByPunctuation(List<Token> tokens, Draft cue) {
        for (int i = cue.tokenIndex; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.start() >= cue.end) {
                return token.kind() == Token.Kind.PUNCTUATION;
            }
        }
        return false;
    }

    /** The number of words before {@code tokens[index]}, counting no further than {@code limit}. */
    private static int wordsBefore(List<Token> tokens, int index, int limit) {
        int words = 0;
        for (int i = 0; i < index && words < limit; i++) {
            if (tokens.get(i).isWord()) {
                words++;
            }
        }
        return words;
    }

    private void applyExclamation(String text, SentenceWork work) {
        int marks = 0;
        for (int pos = work.sentence.start(); pos < work.sentence.end(); pos++) {
            if (text.charAt(pos) == '!') {
                marks++;
            }
        }
        if (marks < 2) {
            return;
        }
        double factor = 1 + parameters.exclamationStep() * Math.min(marks - 1, parameters.exclamationMax());
        for (Draft cue : work.cues) {
            if (cue.weight > 0) {
                cue.weight *= factor;
                cue.modifiers.add(CueModifier.EXCLAMATION);
            }
        }
    }

    private void contrastBefore(Draft cue, double factor) {
        if (!cue.modifiers.contains(CueModifier.BEFORE_CONTRAST)) {
            cue.weight *= factor;
            cue.modifiers.add(CueModifier.BEFORE_CONTRAST);
        }
    }

    private void contrastAfter(Draft cue) {
        if (!cue.modifiers.contains(CueModifier.AFTER_CONTRAST)) {
            cue.weight *= parameters.contrastAfter();
            cue.modifiers.add(CueModifier.AFTER_CONTRAST);
        }
    }

    static void addSignal(String text, SentenceWork work, SignalType type, int start, int end) {
        work.signals.add(new Signal(type, start, end, text.substring(start, end)));
    }

    /** A shouted message: at least 8 letters, at least 90% of them capitals. */
    private static boolean isShouted(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 8 && upper >= 0.9 * letters;
    }

    /** A word the lexicon can read: Latin letters, digits and apostrophes. */
    private static boolean isReadable(String text, Token token) {
        for (int i = token.start(); i < token.end(); i++) {
            char c = text.charAt(i);
            if (!(c < 0x250 || c == '\u2019')) {
                return false;
            }
        }
        return true;
    }

    private static double clamp(double value) {
        return value < 0 ? 0 : Math.min(value, 1);
    }
}
