package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.internal.text.Folding;
import dev.empathy.internal.text.Sentence;
import dev.empathy.internal.text.TextAnalyzer;
import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SentenceCues#foldedText} and {@link Folding#sameFold} skip folding where they can; these tests hold
 * them equal to the fold itself ({@code SupportStructure.fold} of the cue's text) on every char, in every position
 * of a word, and on the tokens the social normaliser rewrites.
 */
class FoldedCueTextTest {

    private static final Lexicon LEXICON = LexiconEmotionClassifier.english().lexicon();
    private static final CueFinder FINDER = new CueFinder(LEXICON);

    /** For every token, and every run of two and three tokens, of every sentence of {@code text}: the cue over it. */
    private static int assertFoldedAsTheFold(String text) {
        int checked = 0;
        for (Sentence sentence : TextAnalyzer.english().sentences(text)) {
            SentenceCues cues = FINDER.find(text, sentence);
            List<Token> tokens = cues.tokens();
            for (int first = 0; first < tokens.size(); first++) {
                for (int last = first; last < tokens.size() && last < first + 3; last++) {
                    int start = tokens.get(first).start();
                    int end = tokens.get(last).end();
                    if (end < start) {
                        continue; // an expansion ("pls" read as two words) has no chars of its own
                    }
                    LexiconCue cue = LexiconCue.of(start, end, first, Emotion.ANGER, 1, Cue.Source.LEXICON);
                    assertThat(cues.foldedText(text, cue)).as("%s in %s", text.substring(start, end), text)
                            .isEqualTo(SupportStructure.fold(text.substring(start, end)));
                    checked++;
                }
            }
        }
        return checked;
    }

    @Test
    void aCueTextReadsAsItsFoldForEveryCharInEveryPlaceOfAWord() {
        int checked = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String ch = String.valueOf((char) c);
            checked += assertFoldedAsTheFold(String.join("", "Dam", ch, "n you ", ch, "FUCK ", ch, " sh", ch, ch, "it ", ch));
        }
        assertThat(checked).isGreaterThan(Character.MAX_VALUE * 4);
    }

    @Test
    void aCueTextReadsAsItsFoldForCodePointsBeyondTheBasicPlaneAndRewrittenTokens() {
        int checked = 0;
        for (int c = Character.MIN_SUPPLEMENTARY_CODE_POINT; c <= Character.MAX_CODE_POINT; c += 97) {
            String ch = new String(Character.toChars(c));
            checked += assertFoldedAsTheFold(String.join("", "Dam", ch, "n ", ch, "Hell ", ch));
        }
        List<String> texts = List.of("pls fix it u idiots", "Pls PLS thx", "@Support why tf is it down", "see https://x.co/AbC now",
                "#NeverAgain #FAIL", "what the HELL", "Can\u2019t won\u2018t isn\u02BCt don't", "CAF\u00C9 \u0130stanbul \u03A3\u039F\u03A3",
                "tab\there", "&amp; &lt;3 u", "WTF!!! wtf?! Wtf", "sooo baaad", "it's the  hell of a\u00A0mess");
        for (String text : texts) {
            checked += assertFoldedAsTheFold(text);
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    @Test
    void aPlainWordIsReadFromItsTokenWithoutFolding() {
        String text = "Damn you, STILL can’t";
        SentenceCues cues = FINDER.find(text, TextAnalyzer.english().sentences(text).get(0));
        for (int i : new int[] {0, 3, 4}) {
            Token token = cues.tokens().get(i);
            LexiconCue cue = LexiconCue.of(token.start(), token.end(), i, Emotion.ANGER, 1, Cue.Source.LEXICON);
            assertThat(cues.foldedText(text, cue)).isSameAs(token.folded());
        }
    }

    @Test
    void theAsciiFoldIsTheFoldOrLeavesTheTextToIt() {
        char[] alphabet = {'a', 'Z', ' ', '\'', '\u2019', '\u2018', '\t', '\u007F', '\u00E9', '-', '~'};
        int folded = 0;
        for (int n = 0; n < alphabet.length * alphabet.length * alphabet.length * alphabet.length; n++) {
            char[] chars = {alphabet[n % alphabet.length], alphabet[n / alphabet.length % alphabet.length],
                alphabet[n / alphabet.length / alphabet.length % alphabet.length], alphabet[n / alphabet.length / alphabet.length / alphabet.length]};
            for (int to = 0; to <= chars.length; to++) {
                String ascii = Folding.foldAscii(chars, 0, to);
                if (ascii != null) {
                    assertThat(ascii).as(new String(chars, 0, to)).isEqualTo(SupportStructure.fold(new String(chars, 0, to)));
                    folded++;
                }
            }
        }
        assertThat(folded).isGreaterThan(1000);
    }

    @Test
    void sameFoldIsTheEqualityOfTheFolds() {
        List<String> words = new ArrayList<>(List.of("", "'", "card", "Card", "CARD", "car'd", "ca'rd'", "cards", "car",
                "Card ", " card", "ca rd", "caf\u00E9", "CAF\u00C9", "cant", "can't", "Can\u2019t", "can\u2018t", "can\u02BCt",
                "a-b", "A-B", "a_b", "x\u007F", "x\u0080", "\u0130", "i\u0307", "the hell", "the  hell", "The\tHell", "@"));
        for (char c = ' '; c < 0x7f; c++) {
            words.add(String.valueOf(c));
            words.add(String.join("", "a", String.valueOf(c)));
        }
        for (String a : words) {
            for (String b : words) {
                assertThat(Folding.sameFold(a, b)).as("'%s' and '%s'", a, b)
                        .isEqualTo(SupportStructure.fold(a).equals(SupportStructure.fold(b)));
            }
        }
    }
}
