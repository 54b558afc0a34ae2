package dev.empathy.draft;

import dev.empathy.data.DataLines;
import dev.empathy.internal.draft.PatternCompiler;
import dev.empathy.internal.draft.WordData;
import java.util.List;

/**
 * Everything a checker's stages run on, loaded from the built-in data files under
 * {@code /dev/empathy/draft/en/} and any rules files a caller adds, validated, and with its rules selected.
 * Immutable.
 *
 * @param words            contractions, inflections and word lists ({@code words.tsv})
 * @param guards           named contexts that cancel rule matches ({@code guards.tsv})
 * @param rules            the selected rules, in file order
 * @param elementCues      element cues and customer needs ({@code elements.tsv}, {@code needs.tsv})
 * @param empathyScorer    element weights per mechanism ({@code mechanisms.tsv})
 * @param politenessScorer politeness strategies ({@code politeness.tsv})
 */
record CheckerData(WordData words, Guards guards, List<CompiledRule> rules, ElementCues elementCues, EmpathyScorer empathyScorer,
                   PolitenessScorer politenessScorer) {

    private static final String DATA = "/dev/empathy/draft/en/";

    CheckerData {
        rules = List.copyOf(rules);
    }

    /**
     * Loads the built-in data (and the built-in rules if {@code builtInRules}), adds {@code extraRules} in order,
     * and keeps the rules {@code selection} keeps; fails on the first bad line with file, line and reason.
     */
    static CheckerData load(boolean builtInRules, List<DataLines> extraRules, int maxRuleLength, RuleSelection selection) {
        WordData words = WordData.load(resource("words.tsv", WordData.FORMAT));
        PatternCompiler compiler = new PatternCompiler(words);
        Guards guards = Guards.load(resource("guards.tsv", Guards.FORMAT), compiler);
        RuleBook book = new RuleBook(compiler, guards, maxRuleLength);
        if (builtInRules) {
            book.add(resource("rules.tsv", RuleBook.FORMAT));
        }
        for (DataLines lines : extraRules) {
            book.add(lines);
        }
        List<CompiledRule> rules = selection.select(book);
        ElementCues elementCues = ElementCues.load(resource("elements.tsv", "empathy-elements"), resource("needs.tsv", "empathy-needs"),
                compiler);
        EmpathyScorer empathyScorer = EmpathyScorer.load(resource("mechanisms.tsv", EmpathyScorer.FORMAT));
        PolitenessScorer politenessScorer = PolitenessScorer.load(resource("politeness.tsv", PolitenessScorer.FORMAT), compiler);
        return new CheckerData(words, guards, rules, elementCues, empathyScorer, politenessScorer);
    }

    private static DataLines resource(String file, String format) {
        return DataLines.resource(DraftChecker.class, DATA + file, format, 1);
    }
}
