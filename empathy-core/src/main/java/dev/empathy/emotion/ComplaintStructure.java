package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word classes and numbers of the stages that read how strongly a complaint is meant and at whom
 * ({@link SaidOfPeopleStage}, {@link ExclaimedDenialStage}, {@link NegatedPraiseStage},
 * {@link ExperienceMemeStage}, {@link ThanksForAFailureStage}, {@link ChallengeQuestionStage}), loaded from
 * {@code complaint-structure.tsv} ({@code # empathy-complaint-structure 1}):
 * <ul>
 *   <li>{@code param<TAB>name<TAB>number}: {@code exclaimed.weight} (the frustration of an exclaimed denial
 *       with no emotion word), {@code meme.weight} (of a "When your driver ..." complaint), {@code challenge.weight}
 *       (of a question that challenges the company: "care to reply?");</li>
 *   <li>{@code words<TAB>class<TAB>word|word ...}: the classes {@code people}, {@code be}, {@code filler},
 *       {@code negator}, {@code request}, {@code meme}, {@code owner}, {@code failure} (situation ids) and
 *       {@code pointer}, one word each, and the phrase classes {@code challenge} and {@code kind}, folded as
 *       {@link SupportStructure#fold} does ("you're" is "youre");</li>
 *   <li>{@code example<TAB>emotion<TAB>message}: the full classifier must read the message so (run by the build).</li>
 * </ul>
 * Every param and class is required. Immutable and thread-safe.
 */
final class ComplaintStructure {

    static final String FORMAT = "empathy-complaint-structure";

    private static final List<String> CLASSES = List.of("people", "be", "filler", "negator", "request", "meme", "owner", "failure",
            "challenge", "kind", "pointer");
    private static final Set<String> PHRASE_CLASSES = Set.of("challenge", "kind");
    private static final List<String> PARAMS = List.of("exclaimed.weight", "meme.weight", "challenge.weight");

    final double exclaimedWeight;
    final double memeWeight;
    final double challengeWeight;
    private final Map<String, Set<String>> words;
    private final int longestPhrase;

    private ComplaintStructure(double exclaimedWeight, double memeWeight, double challengeWeight, Map<String, Set<String>> words) {
        this.exclaimedWeight = exclaimedWeight;
        this.memeWeight = memeWeight;
        this.challengeWeight = challengeWeight;
        this.words = words;
        int longest = 0;
        for (String name : PHRASE_CLASSES) {
            for (String phrase : words.get(name)) {
                longest = Math.max(longest, phrase.split(" ").length);
            }
        }
        this.longestPhrase = longest;
    }

    /** Data that changes nothing: no class has a member, no exclaimed denial adds a cue. */
    static ComplaintStructure none() {
        Map<String, Set<String>> empty = new HashMap<>();
        for (String name : CLASSES) {
            empty.put(name, Set.of());
        }
        return new ComplaintStructure(0, 0, 0, Map.copyOf(empty));
    }

    static ComplaintStructure load(DataLines lines) {
        WordClassFile file = WordClassFile.read(lines, PARAMS, Map.of(), CLASSES, PHRASE_CLASSES);
        return new ComplaintStructure(file.param("exclaimed.weight"), file.param("meme.weight"), file.param("challenge.weight"),
                file.words());
    }

    /** The most words of a member of a phrase class ({@code challenge}, {@code kind}); 0 if they are empty. */
    int longestPhrase() {
        return longestPhrase;
    }

    /** True if the folded {@code word} (see {@link SupportStructure#fold}) is a member of the class {@code name}. */
    boolean is(String name, String word) {
        return words.get(name).contains(word);
    }

    /** True if the message's situation is one of the {@code failure} situations ("Delivered to the wrong house"). */
    boolean aboutFailure(MessageCues message) {
        return !message.situation().isGeneral() && is("failure", message.situation().situation().id());
    }
}
