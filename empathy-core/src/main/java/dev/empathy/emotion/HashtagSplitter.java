package dev.empathy.emotion;

import dev.empathy.internal.text.LowerCase;
import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a hashtag's word into the words it was run together from, so the lexicon can read them:
 * {@code #SortIt} at its capitals, {@code #neveragain} and {@code #worstservice} into the fewest words of
 * the engine's vocabulary (every word of the lexicon, modifiers, function words and abbreviations). A tag
 * that is itself a word, or that cannot be split wholly into known words, stays one token. Pieces keep
 * exact offsets into the original text. Thread-safe; the vocabulary is gathered on the first split, since
 * most messages have no hashtag (start-up time, issue 17).
 */
final class HashtagSplitter {

    /** Longer run-together tags are not split (bounds the quadratic split to a constant). */
    static final int MAX_SPLIT_LENGTH = 32;

    private final Set<String> words;
    private final List<List<? extends TermIndex.Term<?>>> phrases;
    private Set<String> vocabulary; // built on first use; a race builds it twice, equal (an immutable set, safely published)

    HashtagSplitter(Set<String> vocabulary) {
        this(vocabulary, List.of());
    }

    /** A splitter whose vocabulary is {@code words} and every word element of {@code phrases}, gathered when first needed. */
    HashtagSplitter(Set<String> words, List<List<? extends TermIndex.Term<?>>> phrases) {
        this.words = Set.copyOf(words);
        this.phrases = List.copyOf(phrases);
    }

    private Set<String> vocabulary() {
        Set<String> built = vocabulary;
        if (built == null) {
            Set<String> all = new HashSet<>(words);
            for (List<? extends TermIndex.Term<?>> list : phrases) {
                for (TermIndex.Term<?> phrase : list) {
                    for (TermIndex.Element element : phrase.elements()) {
                        if (element.key() != null && !element.punctuation()) {
                            all.add(element.key());
                        }
                    }
                }
            }
            built = Set.copyOf(all);
            vocabulary = built;
        }
        return built;
    }

    /** Adds to {@code out} a word token for each piece of the hashtag word {@code text[start, end)} ({@link #split}). */
    void addPieces(String text, int start, int end, List<Token> out) {
        for (int[] piece : split(text, start, end)) {
            String key = LowerCase.of(text, piece[0], piece[1]); // as String.toLowerCase(Locale.ROOT), smaller code (speed, issue 16)
            out.add(new Token(piece[0], piece[1], key, Token.Kind.WORD, false));
        }
    }

    List<int[]> split(String text, int start, int end) {
        List<int[]> pieces = byCapitals(text, start, end);
        if (pieces.size() > 1) {
            return pieces;
        }
        String word = LowerCase.of(text, start, end);
        Set<String> vocabulary = vocabulary();
        if (vocabulary.contains(word) || word.length() > MAX_SPLIT_LENGTH || word.length() < 4) {
            return List.of(new int[] {start, end});
        }
        int n = word.length();
        int[] best = new int[n + 1]; // fewest pieces for word[0, i); 0 = not splittable
        int[] from = new int[n + 1];
        best[0] = 0;
        for (int i = 1; i <= n; i++) {
            best[i] = Integer.MAX_VALUE;
            for (int j = 0; j < i; j++) {
                if ((j == 0 || best[j] != Integer.MAX_VALUE) && isPiece(word.substring(j, i)) && best[j] + 1 < best[i]) {
                    best[i] = best[j] + 1;
                    from[i] = j;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE) {
            return List.of(new int[] {start, end});
        }
        List<int[]> out = new ArrayList<>(best[n]);
        for (int i = n; i > 0; i = from[i]) {
            out.add(0, new int[] {start + from[i], start + i});
        }
        return out;
    }

    private boolean isPiece(String piece) {
        return (piece.length() >= 2 || piece.equals("i") || piece.equals("a")) && vocabulary().contains(piece);
    }

    /** "SortIt" -> "Sort", "It"; "WelshButter4Swindon" -> "Welsh", "Butter", "4", "Swindon"; "fail" -> itself. */
    private static List<int[]> byCapitals(String text, int start, int end) {
        List<int[]> pieces = new ArrayList<>();
        int pieceStart = start;
        for (int i = start + 1; i < end; i++) {
            char before = text.charAt(i - 1);
            char c = text.charAt(i);
            boolean cut = (Character.isLowerCase(before) && Character.isUpperCase(c))
                    || (Character.isLetter(before) != Character.isLetter(c) && Character.isLetterOrDigit(c));
            if (cut) {
                pieces.add(new int[] {pieceStart, i});
                pieceStart = i;
            }
        }
        pieces.add(new int[] {pieceStart, end});
        return pieces;
    }
}
