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
    /**
     * The one-word classes' bits in a word's structure classes ({@link #wordClasses}), above {@link SupportStructure}'s
     * sixteen, so both fit in one int per token ({@link SentenceCues#wordClasses}); in the order of {@link #WORD_CLASSES}.
     */
    static final int PEOPLE = 1 << 16;
    static final int BE = 1 << 17;
    static final int FILLER = 1 << 18;
    static final int NEGATOR = 1 << 19;
    static final int REQUEST = 1 << 20;
    static final int MEME = 1 << 21;
    static final int OWNER = 1 << 22;
    static final int POINTER = 1 << 23;
    /** The bit of a word that is the first word of a {@code challenge} or {@code kind} phrase ({@link #phrases}). */
    static final int PHRASE_START = 1 << 24;
    private static final List<String> WORD_CLASSES = List.of("people", "be", "filler", "negator", "request", "meme", "owner", "pointer");

    final double exclaimedWeight;
    final double memeWeight;
    final double challengeWeight;
    private final Map<String, Set<String>> words;
    /** The members of the phrase classes as a tree of their folded words, so a word that starts none costs one look-up. */
    private final PhraseWords phrases;

    /**
     * A node of the tree of the phrase classes' members ({@code challenge}, {@code kind}): the words read so far
     * end a member of {@code challenge}, of {@code kind}, and which words may follow. Built at load, never changed
     * after; a word of the tree never holds a space (a member is split at its spaces).
     */
    static final class PhraseWords {
        private final Map<String, PhraseWords> next = new HashMap<>(); // a HashMap, never changed once loaded
        private boolean challenge;
        private boolean kind;

        /** True if the words read so far are a whole {@code challenge} phrase. */
        boolean endsChallenge() {
            return challenge;
        }

        /** True if the words read so far are a whole {@code kind} phrase. */
        boolean endsKind() {
            return kind;
        }

        /**
         * The node after the folded {@code word} ({@link SupportStructure#fold}), or null if no member goes on
         * with it. A word holding spaces (never a token's key in practice) is read as its pieces, as the phrase
         * string "how about" + " " + word would be.
         */
        PhraseWords then(String word) {
            PhraseWords found = next.get(word);
            return found != null || word.indexOf(' ') < 0 ? found : thenPieces(word);
        }

        private PhraseWords thenPieces(String word) {
            PhraseWords node = this;
            int from = 0;
            while (node != null) {
                int space = word.indexOf(' ', from);
                if (space < 0) {
                    return node.next.get(word.substring(from));
                }
                node = node.next.get(word.substring(from, space));
                from = space + 1;
            }
            return null;
        }

        private void add(String phrase, boolean isChallenge) {
            PhraseWords node = this;
            int from = 0;
            while (from <= phrase.length()) {
                int space = phrase.indexOf(' ', from);
                int end = space < 0 ? phrase.length() : space;
                String word = phrase.substring(from, end);
                PhraseWords child = node.next.get(word);
                if (child == null) {
                    child = new PhraseWords();
                    node.next.put(word, child);
                }
                node = child;
                from = end + 1;
            }
            if (isChallenge) {
                node.challenge = true;
            } else {
                node.kind = true;
            }
        }
    }

    private ComplaintStructure(double exclaimedWeight, double memeWeight, double challengeWeight, Map<String, Set<String>> words) {
        this.exclaimedWeight = exclaimedWeight;
        this.memeWeight = memeWeight;
        this.challengeWeight = challengeWeight;
        this.words = words;
        PhraseWords root = new PhraseWords();
        for (String phrase : words.get("challenge")) {
            root.add(phrase, true);
        }
        for (String phrase : words.get("kind")) {
            root.add(phrase, false);
        }
        this.phrases = root;
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

    /**
     * {@return each folded word of a one-word class or starting a phrase, with its classes as bits} ({@link #PEOPLE} ...
     * {@link #PHRASE_START}; not the {@code failure} situation ids). Made on each call, for a {@link Vocabulary}.
     */
    Map<String, Integer> wordClasses() {
        Map<String, Integer> classes = new HashMap<>();
        for (int c = 0; c < WORD_CLASSES.size(); c++) {
            for (String word : words.get(WORD_CLASSES.get(c))) {
                add(classes, word, PEOPLE << c);
            }
        }
        for (String first : phrases.next.keySet()) {
            add(classes, first, PHRASE_START);
        }
        return classes;
    }

    /** Merges {@code bits} into {@code word}'s classes. */
    static void add(Map<String, Integer> classes, String word, int bits) {
        Integer before = classes.get(word);
        classes.put(word, before == null ? bits : before | bits);
    }

    /**
     * The root of the tree of the phrase classes' members: {@code phrases().then(w1).then(w2)} ends a
     * {@code challenge} member exactly when "w1 w2" is one ({@link #is}). Never null.
     */
    PhraseWords phrases() {
        return phrases;
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
