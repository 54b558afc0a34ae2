package dev.empathy.emotion;

import dev.empathy.internal.text.Chars;
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
     * longest first, null where no symbol starts with {@code c} (a page is null when none of its chars starts one). One
     * array read per char, no boxing and no hashing for emoji halves and curly quotes; arrays, not lists, and each
     * symbol's chars compared with the sentence's own chars, so that the loops below see one type and no
     * {@code String} coder branch (the JIT had recompiled this stage on a failed speculation about them; speed,
     * issue 16). Never changed.
     */
    private final Candidate[][][] pages;
    private final BitSet boundaryOnly; // first chars whose every symbol needs a boundary ("xD", "fml"): never inside a word
    private final double repeatDecay;

    /** One symbol of the lexicon, with its text as chars. */
    private static final class Candidate {
        final Lexicon.Symbol symbol;
        final char[] text;

        Candidate(Lexicon.Symbol symbol) {
            this.symbol = symbol;
            this.text = symbol.text().toCharArray();
        }
    }

    SymbolStage(Lexicon lexicon) {
        this.pages = new Candidate[256][][];
        this.boundaryOnly = new BitSet();
        for (Map.Entry<Character, List<Lexicon.Symbol>> first : lexicon.symbolsByFirstChar.entrySet()) {
            char c = first.getKey();
            if (pages[c >>> 8] == null) {
                pages[c >>> 8] = new Candidate[256][];
            }
            List<Lexicon.Symbol> symbols = first.getValue();
            Candidate[] candidates = new Candidate[symbols.size()];
            boolean all = true;
            for (int i = 0; i < candidates.length; i++) {
                candidates[i] = new Candidate(symbols.get(i));
                all &= symbols.get(i).needsBoundary();
            }
            pages[c >>> 8][c & 0xff] = candidates;
            if (all) {
                boundaryOnly.set(c);
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
        int pos = base;
        while (pos < sentence.end()) {
            char c = chars[pos - base];
            Candidate[][] page = pages[c >>> 8];
            Candidate[] candidates = page == null ? null : page[c & 0xff];
            if (candidates == null) {
                pos++;
                continue; // most chars start no symbol
            }
            boolean boundaryBefore = pos == 0 || isBoundaryBefore(pos > base ? chars[pos - base - 1] : beforeSentence);
            if (boundaryOnly.get(c) && !boundaryBefore) {
                pos++;
                continue; // what the boundary check would say of every candidate
            }
            Candidate match = null;
            for (Candidate candidate : candidates) {
                int end = pos + candidate.text.length;
                if (end <= sentence.end() && startsWith(chars, pos - base, candidate.text)
                        && (!candidate.symbol.needsBoundary() || (boundaryBefore && isBoundaryAfter(text, end)))) {
                    match = candidate;
                    break;
                }
            }
            if (match == null) {
                pos++;
                continue;
            }
            Lexicon.Symbol symbol = match.symbol;
            int end = pos + match.text.length;
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
            pos = end;
        }
        return seen == null ? found : found.with(cues, signals);
    }

    /** True if {@code chars} holds {@code symbol} from {@code at} (the caller has checked that it fits). */
    private static boolean startsWith(char[] chars, int at, char[] symbol) {
        for (int i = 0; i < symbol.length; i++) {
            if (chars[at + i] != symbol[i]) {
                return false;
            }
        }
        return true;
    }

    /** True if {@code before} may come right before a symbol that needs a boundary: no letter, digit, '/', ':' or '='. */
    private static boolean isBoundaryBefore(char before) {
        return !(Chars.isLetterOrDigit(before) || before == '/' || before == ':' || before == '=');
    }

    /** True if a symbol ending at {@code end} is not followed by a letter, digit or '/' (a symbol needing a boundary before it is checked with {@link #isBoundaryBefore}). */
    private static boolean isBoundaryAfter(String text, int end) {
        if (end < text.length()) {
            char after = text.charAt(end);
            return !Chars.isLetterOrDigit(after) && after != '/';
        }
        return true;
    }
}
