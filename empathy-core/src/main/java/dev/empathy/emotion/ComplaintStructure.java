package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word classes and numbers of the stages that read how strongly a complaint is meant and at whom
 * ({@link SaidOfPeopleStage}, {@link ExclaimedDenialStage}, {@link NegatedPraiseStage},
 * {@link ExperienceMemeStage}, {@link ThanksForAFailureStage}), loaded from
 * {@code complaint-structure.tsv} ({@code # empathy-complaint-structure 1}):
 * <ul>
 *   <li>{@code param<TAB>name<TAB>number}: {@code exclaimed.weight} (the frustration of an exclaimed denial
 *       with no emotion word), {@code meme.weight} (of a "When your driver ..." complaint);</li>
 *   <li>{@code words<TAB>class<TAB>word|word ...}: the classes {@code people}, {@code be}, {@code filler},
 *       {@code negator}, {@code request}, {@code meme}, {@code owner} and {@code failure} (situation ids), one word each, folded as {@link SupportStructure#fold} does ("you're" is "youre");</li>
 *   <li>{@code example<TAB>emotion<TAB>message}: the full classifier must read the message so (run by the build).</li>
 * </ul>
 * Every param and class is required. Immutable and thread-safe.
 */
final class ComplaintStructure {

    static final String FORMAT = "empathy-complaint-structure";

    private static final List<String> CLASSES = List.of("people", "be", "filler", "negator", "request", "meme", "owner", "failure");
    private static final List<String> PARAMS = List.of("exclaimed.weight", "meme.weight");

    final double exclaimedWeight;
    final double memeWeight;
    private final Map<String, Set<String>> words;

    private ComplaintStructure(double exclaimedWeight, double memeWeight, Map<String, Set<String>> words) {
        this.exclaimedWeight = exclaimedWeight;
        this.memeWeight = memeWeight;
        this.words = words;
    }

    /** Data that changes nothing: no class has a member, no exclaimed denial adds a cue. */
    static ComplaintStructure none() {
        Map<String, Set<String>> empty = new HashMap<>();
        for (String name : CLASSES) {
            empty.put(name, Set.of());
        }
        return new ComplaintStructure(0, 0, Map.copyOf(empty));
    }

    static ComplaintStructure load(DataLines lines) {
        WordClassFile file = WordClassFile.read(lines, PARAMS, Map.of(), CLASSES, Set.of());
        return new ComplaintStructure(file.param("exclaimed.weight"), file.param("meme.weight"), file.words());
    }

    /** True if the folded {@code word} (see {@link SupportStructure#fold}) is a member of the class {@code name}. */
    boolean is(String name, String word) {
        return words.get(name).contains(word);
    }
}
