package dev.empathy.draft;

import java.util.BitSet;
import java.util.List;

/**
 * What {@link DraftScanner} found in one draft, before any filtering: every pattern hit, every guard hit,
 * which sentences are questions, and the automaton steps spent. Not shared between checks.
 *
 * @param hits      the hits of rules, element cues and politeness cues, sentence by sentence
 * @param guardHits the hits of guards ({@code guards.tsv}), sentence by sentence
 * @param steps     automaton steps spent, for tests of linear cost
 */
record Scan(List<Hit<PatternOwner>> hits, List<Hit<Guards.Guard>> guardHits, BitSet questions, long steps) {

    /** True if sentence {@code sentence} ends with a token that has a question mark. */
    boolean isQuestion(int sentence) {
        return questions.get(sentence);
    }
}
