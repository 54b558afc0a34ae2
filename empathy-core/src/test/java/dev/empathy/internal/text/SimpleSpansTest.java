package dev.empathy.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SimpleSpansTest {

    @Test
    void cutsWhereTheCharacterClassChangesAndBetweenDifferentSymbols() {
        assertThat(spans("Don't  wait 3rd!!?")).containsExactly("0-3", "3-4", "4-5", "7-11", "12-13", "13-15", "15-17", "17-18");
        assertThat(spans("")).isEmpty();
        assertThat(spans(" \u00a0\t ")).isEmpty();
    }

    @Test
    void everyCharOfTheBasicPlaneIsClassedAsSimpleTokenizerDoes() {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            // the char beside a letter, a digit, a space, a symbol and itself
            text.append('a').append(ch).append(ch).append('1').append(ch).append(' ').append(ch).append('#').append(ch).append('x');
        }
        assertSameAsOpenNlp(text.toString());
    }

    @Test
    void theWhiteSpaceTestIsOpenNlpsOnEveryCharOfTheBasicPlane() {
        int spaces = 0;
        for (int c = 0; c <= 0xFFFF; c++) {
            assertThat(SimpleSpans.isWhitespace((char) c)).as("U+%04X", c).isEqualTo(StringUtil.isWhitespace((char) c));
            spaces += SimpleSpans.isWhitespace((char) c) ? 1 : 0;
        }
        assertThat(spaces).as("white-space chars of the basic plane").isGreaterThan(20);
        assertThat(SimpleSpans.isWhitespace('\u00a0')).isTrue();
        assertThat(SimpleSpans.isWhitespace('a')).isFalse();
    }

    @Test
    void randomMixturesOfEveryClassMatchOpenNlp() {
        String alphabet = "aZé日1٣ \t\u00a0\u2003\n.,!?'’#@-😡\ud83d\ude21\u0301_";
        Random random = new Random(16);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameAsOpenNlp(text.toString());
        }
    }

    @Test
    void aRangeInsideALongerTextGivesOffsetsIntoThatText() {
        String text = "ab cd!! ef";
        int[] spans = SimpleSpans.of(text, 3, 10);
        assertThat(spans[0]).isEqualTo(3);
        assertThat(List.of(spans[1], spans[2], spans[3], spans[4], spans[5], spans[6])).containsExactly(3, 5, 5, 7, 8, 10);
    }

    @Test
    void theArrayKeepsTwoSpareElementsAfterTheLastPair() {
        for (String text : List.of("a", "a b", "a!b?c.d", "x".repeat(40) + " !".repeat(40), "! ".repeat(100))) {
            int[] spans = SimpleSpans.of(text, 0, text.length());
            assertThat(spans.length).as("array length for %d tokens", spans[0]).isGreaterThanOrEqualTo(2 * spans[0] + 3);
        }
    }

    @Test
    void realMessagesMatchOpenNlp() throws IOException {
        Path file = Path.of("../../shared/eval/twcs-dev.tsv"); // beside the clone; skipped when absent
        Assumptions.assumeTrue(Files.exists(file), "shared evaluation data not present");
        for (String line : Files.readAllLines(file)) {
            assertSameAsOpenNlp(line);
        }
    }

    private static void assertSameAsOpenNlp(String text) {
        List<String> expected = new ArrayList<>();
        for (Span span : SimpleTokenizer.INSTANCE.tokenizePos(text)) {
            expected.add(span.getStart() + "-" + span.getEnd());
        }
        assertThat(spans(text)).as("spans of %s", text).isEqualTo(expected);
    }

    private static List<String> spans(String text) {
        int[] spans = SimpleSpans.of(text, 0, text.length());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < spans[0]; i++) {
            out.add(spans[2 * i + 1] + "-" + spans[2 * i + 2]);
        }
        return out;
    }
}
