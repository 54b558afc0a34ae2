package dev.empathy.internal.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.empathy.data.DataLines;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternSetTest {

    private static final PatternCompiler COMPILER = new PatternCompiler(WordData.load(DataLines.ofText(
            "# empathy-words 1\ncontraction\tdon't dont\tdo not\nlist\tverbs\trestart click\nforms\tcalm calms calmed calming\n",
            "words.tsv", WordData.FORMAT, 1)));

    private static List<MatchToken> tokens(String... keys) {
        List<MatchToken> tokens = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            tokens.add(new MatchToken(keys[i], i, i + 1, true, false, false));
        }
        return tokens;
    }

    private static List<String> matches(String pattern, String... keys) {
        PatternSet set = new PatternSet(COMPILER.compile(pattern));
        List<String> found = new ArrayList<>();
        set.match(tokens(keys), 0, (p, start, end) -> found.add(start + "-" + end));
        return found;
    }

    @Test
    void contractionsInThePatternMatchTheirExpansion() {
        assertThat(matches("don't panic", "do", "not", "panic")).containsExactly("0-3");
    }

    @Test
    void inflectionGroupsAndListsMatchAnyOfTheirWords() {
        assertThat(matches("~calm down", "calming", "down")).containsExactly("0-2");
        assertThat(matches("just @verbs", "just", "click")).containsExactly("0-2");
    }

    @Test
    void optionalElementsAndGapsMatchWithAndWithoutTheToken() {
        assertThat(matches("not a big? deal", "not", "a", "deal")).containsExactly("0-3");
        assertThat(matches("you *2 fault", "you", "own", "fault")).containsExactly("0-3");
    }

    @Test
    void anchoredPatternsStartOnlyAtTheFirstWord() {
        assertThat(matches("^ relax", "please", "relax")).isEmpty();
        assertThat(matches("^ relax", "relax", "now")).containsExactly("0-1");
    }

    /**
     * The prefilter: a pattern is started only in a sentence that holds a key of each of its required words, so a
     * sentence with its rarest word ("terms") but without another ("read") costs at most three steps a token
     * (look-ups) and no automaton steps, where one with them all, in an order that does not match, runs the
     * automaton at every "you".
     */
    @Test
    void aPatternIsNotTriedInASentenceLackingOneOfItsRequiredWords() {
        PatternSet set = new PatternSet(COMPILER.compile("you *2 read the terms"));
        List<String> found = new ArrayList<>();
        String[] missing = new String[20];
        java.util.Arrays.fill(missing, "you");
        missing[18] = "the";
        missing[19] = "terms";
        String[] allThere = missing.clone();
        allThere[17] = "read";
        long missingSteps = set.match(tokens(missing), 0, (p, start, end) -> found.add(start + "-" + end));
        long allThereSteps = set.match(tokens(allThere), 0, (p, start, end) -> found.add(start + "-" + end));
        assertThat(found).containsExactly("14-20"); // the earliest start for each end
        assertThat(missingSteps).isLessThanOrEqualTo(3L * missing.length);
        assertThat(allThereSteps).isGreaterThan(5L * allThere.length);
    }

    @Test
    void malformedPatternsAreRejectedWithTheProblem() {
        assertThatThrownBy(() -> COMPILER.compile("calm? down?")).hasMessage("pattern needs at least one required element in its reported span");
        assertThatThrownBy(() -> COMPILER.compile("[ calm down")).hasMessage("'[' without a matching ']'");
        assertThatThrownBy(() -> COMPILER.compile("calm *9 down")).hasMessage("gap '*9' must be between *1 and *4");
        assertThatThrownBy(() -> COMPILER.compile("@nouns")).hasMessage("unknown word list '@nouns'");
        assertThatThrownBy(() -> COMPILER.compile("do|don't panic")).hasMessage("alternative 'don't' in 'do|don't' is 2 tokens; write it as a separate pattern after '||'");
        assertThatThrownBy(() -> COMPILER.compile("a a a a a a a a a a a a a a a a a")).hasMessage("pattern has more than 16 elements");
    }

    /**
     * Hostile patterns (every element optional but one, many alternatives, gaps) on hostile input (the same
     * token repeated): the step count grows linearly, so 4 times the tokens costs at most about 4 times the steps.
     */
    @Test
    void stepsGrowLinearlyWithTheInputWhateverThePatterns() {
        List<TokenPattern> hostile = new ArrayList<>();
        hostile.addAll(COMPILER.compile("a? a? a? a? a? a? a? a? a? a? a? a? a? a? a? b"));
        hostile.addAll(COMPILER.compile("a *4 a *4 a *4 b"));
        hostile.addAll(COMPILER.compile("a|b|c a? a|b? *4 a *4 c"));
        hostile.addAll(COMPILER.compile("!x a? a? a? a? a? a? a? a? a? a? a? a? a? a? a"));
        PatternSet set = new PatternSet(hostile);
        long[] matches = new long[1];
        long small = set.match(repeated("a", 25_000), 0, (p, s, e) -> matches[0]++);
        long large = set.match(repeated("a", 100_000), 0, (p, s, e) -> matches[0]++);
        assertThat(matches[0]).isPositive();
        assertThat((double) large / small).isBetween(3.9, 4.1);
        // and a hard bound per token, independent of n: each of the S states is advanced at most once and its
        // closure adds at most L states; each of the P patterns starts at most once with a closure of at most L
        int states = hostile.stream().mapToInt(TokenPattern::length).sum();
        int longest = PatternCompiler.MAX_ELEMENTS;
        assertThat(large).isLessThanOrEqualTo(100_000L * ((long) states * (longest + 1) + (long) hostile.size() * (longest + 1)));
    }

    private static List<MatchToken> repeated(String key, int n) {
        String[] keys = new String[n];
        java.util.Arrays.fill(keys, key);
        return tokens(keys);
    }
}
