package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.data.DataLines;
import dev.empathy.internal.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermIndexTest {

    @Test
    void shortenCutsOnlyRunsOfThreeOrMoreLetters() {
        assertThat(TermIndex.shorten("annoyyyyed", 1)).isEqualTo("annoyed");
        assertThat(TermIndex.shorten("annoyyyyed", 2)).isEqualTo("annoyyed");
        assertThat(TermIndex.shorten("soooo", 1)).isEqualTo("so");
        assertThat(TermIndex.shorten("goooood", 2)).isEqualTo("good");
        assertThat(TermIndex.shorten("annoyed", 1)).isNull();
        assertThat(TermIndex.shorten("!!!", 1)).isNull();
    }

    @Test
    void parseTokenisesLikeAMessageAndKeepsPlaceholders() {
        TermIndex.Element[] elements = TermParser.parse("for {number} {timeunit}");
        assertThat(elements).extracting(TermIndex.Element::key).containsExactly("for", null, null);
        assertThat(TermParser.parse("can’t log in")).extracting(TermIndex.Element::key).containsExactly("can't", "log", "in");
        assertThat(TermParser.parse("can't")[0].keyWithoutApostrophes()).isEqualTo("cant");
        assertThat(TermParser.parse("great, just great")).extracting(TermIndex.Element::punctuation)
                .containsExactly(false, true, false, false);
    }

    private static final TokenClasses CLASSES = TokenClasses.load(DataLines.ofText(
            "# empathy-token-classes 1\nordinal\tsecond\ntimeunit\tsecond\ntimeunit\tweek\nnumber\tthree\n",
            "classes.tsv", TokenClasses.FORMAT, 1));

    private static final TermIndex<String> PLACEHOLDERS = TermIndex.of(List.of(
            term("{ordinal} time", "ordinal"), term("{timeunit} later", "timeunit"), term("{number} times", "number"),
            term("{any} again", "any"), term("{timeunit} one", "timeunit-one"), term("{ordinal} one", "ordinal-one"),
            term("three {timeunit}", "three")), CLASSES);

    private static TermIndex.Term<String> term(String text, String value) {
        return new TermIndex.Term<>(text, TermParser.parse(text), value);
    }

    private static List<String> valuesAt(String text) {
        TermIndex.Match<String> match = PLACEHOLDERS.longestAt(TextAnalyzer.tokens(text), 0);
        return match == null ? null : match.values();
    }

    @Test
    void aWordTriesThePlaceholdersOfEveryClassItBelongsTo() {
        assertThat(valuesAt("second time")).containsExactly("ordinal");
        assertThat(valuesAt("second later")).containsExactly("timeunit");
        assertThat(valuesAt("3rd time")).containsExactly("ordinal");
        assertThat(valuesAt("three times")).containsExactly("number");
        assertThat(valuesAt("12 times")).containsExactly("number");
        assertThat(valuesAt("three week")).containsExactly("three");
        assertThat(valuesAt("nothing again")).containsExactly("any");
        assertThat(valuesAt("three again")).containsExactly("any");
        assertThat(valuesAt("three time")).isNull();
        assertThat(valuesAt("week times")).isNull();
    }

    @Test
    void equallyLongPlaceholderMatchesKeepTheDataOrder() {
        assertThat(valuesAt("second one")).containsExactly("timeunit-one", "ordinal-one");
    }

    @Test
    void classesOfIsTheSetOfClassesAKeyBelongsTo() {
        int number = TokenClasses.bit(TokenClasses.TokenClass.NUMBER);
        int ordinal = TokenClasses.bit(TokenClasses.TokenClass.ORDINAL);
        int timeunit = TokenClasses.bit(TokenClasses.TokenClass.TIMEUNIT);
        assertThat(CLASSES.classesOf("second")).isEqualTo(ordinal | timeunit);
        assertThat(CLASSES.classesOf("three")).isEqualTo(number);
        assertThat(CLASSES.classesOf("week")).isEqualTo(timeunit);
        assertThat(CLASSES.classesOf("3")).isEqualTo(number);
        assertThat(CLASSES.classesOf("21st")).isEqualTo(ordinal);
        assertThat(CLASSES.classesOf("1234567890")).isZero(); // more than nine digits is no count
        assertThat(CLASSES.classesOf("word")).isZero();
        assertThat(CLASSES.matches(TokenClasses.TokenClass.ANY, "word")).isTrue();
        assertThat(CLASSES.matches(TokenClasses.TokenClass.TIMEUNIT, "second")).isTrue();
        assertThat(CLASSES.matches(TokenClasses.TokenClass.NUMBER, "second")).isFalse();
    }

    @Test
    void aTermRequiresItsElementsUpToTheLastThatIsNotPunctuation() {
        assertThat(term("great !", "x").required()).isEqualTo(1);
        assertThat(term("great, just great", "x").required()).isEqualTo(4);
        assertThat(term("what ?!", "x").required()).isEqualTo(1);
        assertThat(term("fed up", "x").required()).isEqualTo(2);
    }

    @Test
    void aPhraseMayEndPastTheSentenceOnlyWithItsTrailingPunctuation() {
        TermIndex<String> index = TermIndex.of(List.of(term("great !", "exclaimed"), term("fed up , really", "fed up"),
                term("so what", "so what")), CLASSES);
        TermIndex.Match<String> atEnd = index.longestAt(TextAnalyzer.tokens("great"), 0);
        assertThat(atEnd.length()).isEqualTo(1);
        assertThat(atEnd.values()).containsExactly("exclaimed");
        assertThat(index.longestAt(TextAnalyzer.tokens("great!"), 0).length()).isEqualTo(2);
        assertThat(index.longestAt(TextAnalyzer.tokens("fed up"), 0)).isNull();
        assertThat(index.longestAt(TextAnalyzer.tokens("fed up really"), 0).length()).isEqualTo(3);
        assertThat(index.longestAt(TextAnalyzer.tokens("so"), 0)).isNull();
    }
}
