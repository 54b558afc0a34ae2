package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.internal.text.TextAnalyzer;
import dev.empathy.internal.text.Token;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The vocabulary's look-up of a sentence's tokens: one per token, for every index and the structure word classes. */
class VocabularyTest {

    private static final Lexicon LEXICON = LexiconEmotionClassifier.english().lexicon();

    @Test
    void eachWordsClassesAreThoseOfItsKeyOnceFolded() {
        Map<String, Integer> classes = Map.of("dont", 1, "if", 2, "zorps", 4, "never", 8);
        Vocabulary vocabulary = LEXICON.vocabulary.withWordClasses(classes);
        List<Token> tokens = TextAnalyzer.english().sentences("If I DON'T go, don\u2019t ask if Zorp's never zorps zorp").get(0).tokens();
        int[] found = vocabulary.wordClasses(tokens, vocabulary.lookUp(tokens));
        for (int i = 0; i < tokens.size(); i++) {
            Integer expected = tokens.get(i).isWord() ? classes.get(SupportStructure.fold(tokens.get(i).key())) : null;
            assertThat(found[i]).as(tokens.get(i).key()).isEqualTo(expected == null ? 0 : expected);
        }
        assertThat(found).containsSubsequence(2, 0, 1, 0, 0, 1, 0, 2, 4, 8, 4, 0);
    }

    @Test
    void theLexiconsOwnVocabularyCarriesNoWordClasses() {
        List<Token> tokens = TextAnalyzer.english().sentences("if you don't reply").get(0).tokens();
        assertThat(LEXICON.vocabulary.wordClasses(tokens, LEXICON.vocabulary.lookUp(tokens))).containsOnly(0);
    }
}
