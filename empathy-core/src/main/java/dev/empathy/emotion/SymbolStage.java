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

    /**
     * The lexicon's symbols by first char, in pages of 256 chars by the char's high byte: {@code pages[c >>> 8][c & 0xff]},
     * null where no symbol starts with {@code c} (a page is null when none of its chars starts one). One array read
     * per char, no boxing and no hashing for emoji halves and curly quotes (speed, issue 16). Never changed.
     */
    private final List<Lexicon.Symbol>[][] pages;
    private final BitSet boundaryOnly; // first chars whose every symbol needs a boundary ("xD", "fml"): never inside a word
    private final double repeatDecay;

    SymbolStage(Lexicon lexicon) {
        @SuppressWarnings("unchecked")
        List<Lexicon.Symbol>[][] pages = new List[256][];
        this.pages = pages;
        this.boundaryOnly = new BitSet();
        for (Map.Entry<Character, List<Lexicon.Symbol>> first : lexicon.symbolsByFirstChar.entrySet()) {
            char c = first.getKey();
            if (pages[c >>> 8] == null) {
                @SuppressWarnings("unchecked")
                List<Lexicon.Symbol>[] page = new List[256];
                pages[c >>> 8] = page;
            }
            pages[c >>> 8][c & 0xff] = first.getValue();
            boolean all = true;
            for (Lexicon.Symbol symbol : first.getValue()) {
                all &= symbol.needsBoundary();
            }
            if (all) {
                boundaryOnly.set(first.getKey());
            }
        }
        this.repeatDecay = lexicon.parameters.repeatedSymbolDecay();
    }

    @Override
    public SentenceCues apply(String text, SentenceCues found) {
        Sentence sentence = found.sentence();
        List<LexiconCue> cues = null; // copied from found on the first symbol
        Set<Signal> signals = null;
        Map<String, Integer> seen = null; // symbol -> times already seen in this sentence
        char[] chars = found.chars(); // the sentence's chars: no text.charAt in the loops (see SentenceCues#chars)
        int base = sentence.start();
        char beforeSentence = base > 0 ? text.charAt(base - 1) : 0;
        for (int pos = base; pos < sentence.end(); pos++) {
            char c = chars[pos - base];
            List<Lexicon.Symbol>[] page = pages[c >>> 8];
            List<Lexicon.Symbol> candidates = page == null ? null : page[c & 0xff];
            if (candidates == null) {
                continue; // most chars start no symbol
            }
            boolean boundaryBefore = pos == 0 || isBoundaryBefore(pos > base ? chars[pos - base - 1] : beforeSentence);
            if (boundaryOnly.get(c) && !boundaryBefore) {
                continue; // what the boundary check would say of every candidate
            }
            for (int symbolNo = 0; symbolNo < candidates.size(); symbolNo++) {
                Lexicon.Symbol symbol = candidates.get(symbolNo);
                int end = pos + symbol.text().length();
                if (end > sentence.end() || !text.startsWith(symbol.text(), pos)) {
                    continue;
                }
                if (symbol.needsBoundary() && !(boundaryBefore && isBoundaryAfter(text, end))) {
                    continue;
                }
                if (seen == null) {
                    cues = new ArrayList<>(found.cues());
                    signals = new LinkedHashSet<>(found.signals());
                    seen = new HashMap<>();
                }
                Integer times = seen.get(symbol.text()); // get and put, not merge with Integer::sum: no lambda (see CueStage)
                int repeats = times == null ? 0 : times;
                seen.put(symbol.text(), repeats + 1);
                double decay = Math.pow(repeatDecay, repeats);
                for (int entryNo = 0; entryNo < symbol.entries().size(); entryNo++) {
                    LexiconEntry entry = symbol.entries().get(entryNo);
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

    /** True if {@code before} may come right before a symbol that needs a boundary: no letter, digit, '/', ':' or '='. */
    private static boolean isBoundaryBefore(char before) {
        return !(Character.isLetterOrDigit(before) || before == '/' || before == ':' || before == '=');
    }

    /** An ASCII emoticon or censored word stands alone: no letter or digit touches it, nor a URL's ":/" or "//". */
    /** True if a symbol ending at {@code end} is not followed by a letter, digit or '/' (a symbol needing a boundary before it is checked with {@link #isBoundaryBefore}). */
    private static boolean isBoundaryAfter(String text, int end) {
        if (end < text.length()) {
            char after = text.charAt(end);
            return !Character.isLetterOrDigit(after) && after != '/';
        }
        return true;
    }
}
