package dev.empathy.emotion;

import dev.empathy.internal.text.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Emoji and emoticons: finds the lexicon's symbols in the sentence's raw text, longest first (an ASCII
 * emoticon only where no letter, digit or URL touches it), and adds a {@link Cue.Source#SYMBOL} cue and
 * signal for each; the same symbol again in the sentence counts {@code symbol.repeat.decay} less each time.
 */
final class SymbolStage implements CueStage.PerSentence {

    private final Map<Character, List<Lexicon.Symbol>> symbolsByFirstChar;
    private final BitSet firstChars; // the keys of symbolsByFirstChar: most chars start no symbol (speed, issue 16)
    private final double repeatDecay;

    SymbolStage(Lexicon lexicon) {
        this.symbolsByFirstChar = lexicon.symbolsByFirstChar;
        this.firstChars = new BitSet();
        symbolsByFirstChar.keySet().forEach(c -> firstChars.set(c));
        this.repeatDecay = lexicon.parameters.repeatedSymbolDecay();
    }

    @Override
    public SentenceCues apply(String text, SentenceCues found) {
        Sentence sentence = found.sentence();
        List<LexiconCue> cues = null; // copied from found on the first symbol
        Set<Signal> signals = null;
        Map<String, Integer> seen = null; // symbol -> times already seen in this sentence
        for (int pos = sentence.start(); pos < sentence.end(); pos++) {
            if (!firstChars.get(text.charAt(pos))) {
                continue;
            }
            List<Lexicon.Symbol> candidates = symbolsByFirstChar.get(text.charAt(pos));
            for (Lexicon.Symbol symbol : candidates) {
                int end = pos + symbol.text().length();
                if (end > sentence.end() || !text.startsWith(symbol.text(), pos)) {
                    continue;
                }
                if (symbol.needsBoundary() && !isBoundary(text, pos, end)) {
                    continue;
                }
                if (seen == null) {
                    cues = new ArrayList<>(found.cues());
                    signals = new LinkedHashSet<>(found.signals());
                    seen = new HashMap<>();
                }
                int repeats = seen.merge(symbol.text(), 1, Integer::sum) - 1;
                double decay = Math.pow(repeatDecay, repeats);
                for (LexiconEntry entry : symbol.entries()) {
                    if (entry.signal() != null) {
                        signals.add(SentenceCues.signal(text, entry.signal(), pos, end));
                    }
                    if (entry.emotion() != null) {
                        cues.add(LexiconCue.of(pos, end, -1, entry.emotion(), entry.weight() * decay, Cue.Source.SYMBOL));
                    }
                }
                pos = end - 1;
                break;
            }
        }
        return seen == null ? found : found.with(cues, signals);
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
}
