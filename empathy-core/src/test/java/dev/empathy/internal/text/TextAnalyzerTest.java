package dev.empathy.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private static final TextAnalyzer ANALYZER = TextAnalyzer.english();

    /** Texts where a sentence break may fall beside or inside a token. */
    private static final List<String> TRICKY = List.of(
            "I don't know. Don't ask me!",
            "Hello.World, this is v1.5 of it.",
            "Wait...what?! No way!!!",
            "It's the U.S.A. Then it's N.Y.C.",
            "He said \"no.\" Then he left.",
            "Is it 3.5 or 3,5? It's 3.",
            "why?!?! can't you see?'t",
            "line one.\nline two's end.\r\nline three",
            "\u00a0Non-breaking\u00a0space. Next\u00a0one.",
            "Emoji 😡. Next 👍🏽!",
            "I waited sooo long.Then nothing.'s",
            "   ",
            "");

    @Test
    void itsTestOfWhiteSpaceAnswersAsCharacterForEveryChar() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(TextAnalyzer.isWhitespace(c)).as("isWhitespace %04x", i).isEqualTo(Character.isWhitespace(c));
        }
    }

    @Test
    void theManifestGivesTheSentenceEndsAndTokenEndRuleOfTheLoadedModel() {
        TextAnalyzer lazy = TextAnalyzer.loadEnglish();
        SentenceModel model = TextAnalyzer.loadModel();
        assertThat(lazy.modelLoaded()).isFalse();
        assertThat(lazy.sentenceEnds()).isEqualTo(model.getFactory().getEOSCharacters()).containsExactly('.', '!', '?');
        assertThat(lazy.useTokenEnd()).isEqualTo(model.getFactory().isUseTokenEnd()).isTrue();
    }

    @Test
    void theModelIsLoadedWhenALineFirstNeedsTheDetectorAndTheSentencesAreThoseOfALoadedModel() {
        TextAnalyzer lazy = TextAnalyzer.loadEnglish();
        TextAnalyzer loaded = TextAnalyzer.of(TextAnalyzer.loadModel());
        for (String single : List.of("This is the third time I'm asking and I'm SOOO annoyed!!!", "where is my parcel",
                "Where is my parcel?", "  It broke again...  ", "line one\nline two?")) {
            assertThat(lazy.sentences(single)).as(single).isEqualTo(loaded.sentences(single));
        }
        assertThat(lazy.modelLoaded()).as("no line needed the detector").isFalse();
        assertThat(lazy.sentences("It broke. Fix it!")).isEqualTo(loaded.sentences("It broke. Fix it!")).hasSize(2);
        assertThat(lazy.modelLoaded()).isTrue();
        for (String text : TRICKY) {
            assertThat(lazy.sentences(text)).as(text).isEqualTo(loaded.sentences(text));
        }
    }

    @Test
    void everySentenceCarriesTheTokensOfTheSentenceTokenisedAlone() {
        for (String text : TRICKY) {
            assertSentenceTokensAsAlone(text);
        }
    }

    @Test
    void aVeryLongLineCutInsideAWordStillTokenisesEachPieceAlone() {
        String text = "a".repeat(25_000) + "b don't. " + "x".repeat(30_000) + " end.";
        assertSentenceTokensAsAlone(text);
        assertThat(ANALYZER.sentences(text)).hasSizeGreaterThan(2);
    }

    @Test
    void realMessagesGetTheTokensOfEachSentenceTokenisedAlone() throws IOException {
        Path file = Path.of("../../shared/eval/twcs-dev.tsv"); // beside the clone; skipped when absent
        Assumptions.assumeTrue(Files.exists(file), "shared evaluation data not present");
        for (String line : Files.readAllLines(file)) {
            String text = line.split("\t")[0];
            assertSentenceTokensAsAlone(text);
            assertSentenceTokensAsAlone(text.replace(". ", ".\n"));
            assertSentenceTokensAsAlone(text.replace(" ", ""));
        }
    }

    private static void assertSentenceTokensAsAlone(String text) {
        for (Sentence sentence : ANALYZER.sentences(text)) {
            assertThat(sentence.tokens()).as("tokens of [%d, %d)", sentence.start(), sentence.end())
                    .isEqualTo(TextAnalyzer.tokens(text, sentence.start(), sentence.end()));
        }
    }

    @Test
    void aShareScopeTokenisesItsTextOnceAndNothingAfterIt() {
        String text = "Still no refund. Third time I ask.";
        TextAnalyzer.SharedTokens scope = TextAnalyzer.share(text);
        try {
            List<Token> first = TextAnalyzer.tokens(text);
            assertThat(TextAnalyzer.tokens(text)).isSameAs(first);
            assertThat(TextAnalyzer.tokens(new String(text))).isNotSameAs(first).isEqualTo(first); // another instance
            assertThat(ANALYZER.sentences(text)).flatExtracting(Sentence::tokens).isEqualTo(first);
        } finally {
            scope.close();
        }
        assertThat(TextAnalyzer.tokens(text)).isNotSameAs(TextAnalyzer.tokens(text));
    }

    @Test
    void shareScopesNest() {
        String outer = "outer text";
        String inner = "inner text";
        TextAnalyzer.SharedTokens outerScope = TextAnalyzer.share(outer);
        List<Token> outerTokens = TextAnalyzer.tokens(outer);
        TextAnalyzer.SharedTokens innerScope = TextAnalyzer.share(inner);
        assertThat(TextAnalyzer.tokens(inner)).isSameAs(TextAnalyzer.tokens(inner));
        innerScope.close();
        assertThat(TextAnalyzer.tokens(outer)).isSameAs(outerTokens);
        outerScope.close();
        assertThat(TextAnalyzer.tokens(outer)).isNotSameAs(outerTokens);
    }

    @Test
    void aTokenIsStretchedWhenItsKeyRepeatsALetterThreeTimes() {
        List<Boolean> stretched = new ArrayList<>();
        for (Token token : TextAnalyzer.tokens("sooo annoyed pleeease !!! 1000 Noooo")) {
            stretched.add(token.stretched());
        }
        assertThat(stretched).containsExactly(true, false, true, false, false, true);
        assertThat(new Token(0, 4, "grrr", Token.Kind.WORD, false).stretched()).isTrue();
        assertThat(new Token(0, 4, "good", Token.Kind.WORD, false).stretched()).isFalse();
    }

    /** A token as the general rules make it: lower-cased key with typographic apostrophes folded, caps of letters. */
    private static Token generalToken(String text, Token token) {
        String key = text.substring(token.start(), token.end()).toLowerCase(java.util.Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
        int letters = 0;
        boolean allUpper = true;
        for (int i = token.start(); i < token.end(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                allUpper &= Character.isUpperCase(c);
            }
        }
        return new Token(token.start(), token.end(), key, token.kind(), token.isWord() && allUpper && letters >= 2);
    }

    @Test
    void everyTokenHasTheKeyCapsAndStretchOfTheGeneralRulesAsciiOrNot() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(16);
        String alphabet = "aAbBoOzZ09'!?.,-_ \t$+@#\u00e9\u00c9\u2019\u03a3\u03c3\u00a0\uD83D\uDE21";
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(1, 24);
            for (int i = 0; i < length; i++) {
                int run = random.nextInt(4) == 0 ? 3 : 1;
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                for (int r = 0; r < run; r++) {
                    text.append(c);
                }
            }
            String s = text.toString();
            for (Token token : TextAnalyzer.tokens(s)) {
                assertThat(token).as("[%s]", s).isEqualTo(generalToken(s, token));
            }
        }
        for (char c = 0; c < 128; c++) {
            String s = "x" + c + c + c + "Y" + c;
            for (Token token : TextAnalyzer.tokens(s)) {
                assertThat(token).as("[%s]", s).isEqualTo(generalToken(s, token));
            }
        }
    }

    @Test
    void aLineWithoutSentenceEndsIsWhatTheDetectorMakesOfIt() {
        SentenceDetectorME detector = new SentenceDetectorME(TextAnalyzer.loadModel());
        for (String line : List.of("no end here", "  padded  ", "\u00a0nbsp at both ends\u00a0", "\t\u2003", "",
                "emoji 😡 and a comma, no end", "x")) {
            assertThat(TextAnalyzer.wholeLine(line)).as("[%s]", line).isEqualTo(detector.sentPosDetect(line));
        }
    }

    @Test
    void aLineWhoseSentenceEndsAreAllInItsLastTokenIsWhatTheDetectorMakesOfIt() {
        SentenceDetectorME detector = new SentenceDetectorME(TextAnalyzer.loadModel());
        List<String> lines = List.of("Where is my parcel?", "It broke again...", "  padded end!!!  ", "ok.", ".", "?!",
                "see https://t.co/x1.y?z", "v1.5", "Hello.World", "Hello.world", "\u00a0nbsp end.\u00a0", "x .", "x . ",
                "Thanks!!😡", "A.B.C.");
        for (String line : lines) {
            assertThat(ANALYZER.needsDetector(line)).as("[%s]", line).isFalse();
            assertThat(TextAnalyzer.wholeLine(line)).as("[%s]", line).isEqualTo(detector.sentPosDetect(line));
        }
        assertThat(ANALYZER.needsDetector("One. Two")).isTrue();
        assertThat(ANALYZER.needsDetector("Why? Because")).isTrue();
        assertThat(ANALYZER.needsDetector("no end")).isFalse();
    }

    @Test
    void realLinesTheDetectorIsSkippedForGetWhatItWouldSay() throws IOException {
        SentenceDetectorME detector = new SentenceDetectorME(TextAnalyzer.loadModel());
        int skipped = 0;
        for (String file : List.of("twcs-dev.tsv", "goemotions-dev-mapped.tsv")) {
            Path path = Path.of("../../shared/eval/" + file); // beside the clone; skipped when absent
            Assumptions.assumeTrue(Files.exists(path), "shared evaluation data not present");
            for (String row : Files.readAllLines(path)) {
                String text = row.split("\t")[0];
                for (String line : List.of(text, text + "!", text.replace(". ", ".."), "x " + text.replace(" ", "") + ".")) {
                    if (!ANALYZER.needsDetector(line)) {
                        skipped++;
                        assertThat(TextAnalyzer.wholeLine(line)).as("[%s]", line).isEqualTo(detector.sentPosDetect(line));
                    }
                }
            }
        }
        assertThat(skipped).isGreaterThan(1000);
    }

    @Test
    void aTokenStartingWithAnyCharOfTheBasicPlaneHasTheKindOfItsFirstChar() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            int type = Character.getType(ch);
            Token.Kind expected = Character.isLetterOrDigit(ch) ? Token.Kind.WORD
                    : type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                    || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || type == Character.OTHER_PUNCTUATION ? Token.Kind.PUNCTUATION : Token.Kind.OTHER;
            String text = new String(new char[] {ch, ch});
            for (Token token : TextAnalyzer.tokens(text)) {
                if (token.kind() != expected) { // the message is built only for a failure: 65,536 chars are checked
                    assertThat(token.kind()).as("U+%04X", c).isEqualTo(expected);
                }
            }
        }
        assertThat(TextAnalyzer.tokens("\uD83D\uDE21").get(0).kind()).isEqualTo(Token.Kind.OTHER); // an emoji
    }
}
