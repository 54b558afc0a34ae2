package dev.empathy.emotion;

import dev.empathy.internal.text.Sentence;
import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The first step of the lexicon engine: finds the lexicon's terms in one sentence, longest match first
 * ({@link TermIndex}), over the tokens {@link SocialText} prepared for matching, and reads the sentence's
 * structure from its modifiers: the scope of each negator ({@code negation.scope} tokens) and of each
 * intensifier or diminisher ({@code modifier.window}), both ended by a clause break, and where its contrast
 * markers are. What the scopes do to a cue is left to the stages ({@link NegationStage},
 * {@link IntensityStage}); a term's signal (a wait, a repeat) is raised here unless negated. Immutable and
 * thread-safe; linear in the sentence's tokens.
 */
final class CueFinder {

    private final Lexicon lexicon;
    private final Vocabulary vocabulary;
    private final Parameters parameters;

    /** A finder whose sentences carry no structure word classes (every {@link SentenceCues#wordClasses} 0). */
    CueFinder(Lexicon lexicon) {
        this(lexicon, lexicon.vocabulary);
    }

    /** A finder looking tokens up in {@code vocabulary}: the lexicon's, {@link Vocabulary#withWordClasses with word classes}. */
    CueFinder(Lexicon lexicon, Vocabulary vocabulary) {
        this.lexicon = lexicon;
        this.vocabulary = vocabulary;
        this.parameters = lexicon.parameters;
    }

    SentenceCues find(String text, Sentence sentence) {
        char[] chars = SentenceCues.chars(text, sentence.start(), sentence.end());
        SocialText.Normalised normalised = lexicon.social.normalise(text, chars, sentence.start(), sentence.end(), sentence.tokens());
        List<Token> tokens = normalised.tokens(); // mentions and URLs dropped, "pls" read as "please"; offsets unchanged
        Vocabulary.Entry[] known = vocabulary.lookUp(tokens); // one look-up per token for every index and stage
        List<LexiconCue> cues = new ArrayList<>();
        Set<Signal> signals = null; // in the order found; a record, so duplicates merge; made on the first (speed, issue 16)
        int strongWaitOrRepeatAt = Integer.MAX_VALUE;
        double openingContrast = 1; // < 1 when the sentence opens with "But", "However", ...
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
            TermIndex.Match<LexiconEntry> entries = lexicon.words.longestAt(tokens, known, i);
            TermIndex.Match<Modifier> modifier = lexicon.modifiers.longestAt(tokens, known, i);
            if (entries != null && (modifier == null || entries.length() >= modifier.length())) {
                int last = i + entries.length() - 1;
                int start = token.start();
                int end = tokens.get(last).end();
                for (LexiconEntry entry : strongestPerEmotion(entries.values())) {
                    boolean waitOrRepeat = entry.signal() == SignalType.LONG_WAIT || entry.signal() == SignalType.REPEATED_CONTACT;
                    // a wait is a fact, not a feeling: "hasn't changed since Friday" still waited
                    boolean negated = i <= negationUntil && !waitOrRepeat;
                    if (entry.signal() != null && !negated) {
                        if (signals == null) {
                            signals = new LinkedHashSet<>();
                        }
                        signals.add(SentenceCues.signal(text, entry.signal(), start, end));
                        if (waitOrRepeat && entry.weight() >= parameters.sarcasmComplaintMin()) {
                            strongWaitOrRepeatAt = Math.min(strongWaitOrRepeatAt, start);
                        }
                    }
                    if (entry.emotion() != null) {
                        LexiconCue.Found found = new LexiconCue.Found(last, negated,
                                i <= multiplierUntil ? multiplier : 1, entries.elongated());
                        cues.add(new LexiconCue(start, end, i, entry.emotion(), entry.weight(), entry.weight(),
                                Cue.Source.LEXICON, 0, found));
                    }
                }
                seenWord = true;
                i = last + 1;
            } else if (modifier != null) {
                Modifier first = modifier.values().get(0);
                int last = i + modifier.length() - 1;
                switch (first.kind()) {
                    case NEGATOR -> negationUntil = last + parameters.negationScope();
                    case INTENSIFIER, DIMINISHER -> {
                        multiplier = i <= multiplierUntil ? IntensityStage.chain(multiplier, first.value()) : first.value();
                        multiplierUntil = last + parameters.modifierWindow();
                    }
                    case CONTRAST -> {
                        negationUntil = -1;
                        if (!seenWord) {
                            openingContrast = Math.min(openingContrast, first.value());
                        } else {
                            contrastAt = token.start();
                            contrastValue = first.value();
                        }
                    }
                    case CLAUSE -> negationUntil = -1; // "I didn't, and the gate is closing": a new clause
                    case QUESTION, WORRY, HYPOTHETICAL -> { } // openers live in their own index
                }
                seenWord = true;
                i = last + 1;
            } else {
                seenWord |= token.isWord();
                i++;
            }
        }
        return new SentenceCues(sentence, tokens, known, vocabulary.wordClasses(tokens, known), cues, signals == null ? List.of() : FixedList.of(signals),
                normalised.hashtags(), new SentenceCues.Contrast(openingContrast, contrastAt, contrastValue), strongWaitOrRepeatAt,
                chars, SentenceCues.Marks.of(chars, sentence.start()));
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
        for (int entryNo = 0; entryNo < entries.size(); entryNo++) {
            LexiconEntry entry = entries.get(entryNo);
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
}
