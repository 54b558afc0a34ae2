package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import dev.empathy.internal.text.Folding;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word classes and numbers of the structural stages of support messages ({@link PolarQuestionStage},
 * {@link ConditionalClauseStage}, {@link IndignantQuestionStage}, {@link AimedAtCompanyStage}, {@link NotGriefStage}), loaded from {@code support-structure.tsv}
 * ({@code # empathy-support-structure 1}):
 * <ul>
 *   <li>{@code param<TAB>name<TAB>number}: {@code polar.factor} (what a word naming a problem weighs in a
 *       yes/no question), {@code indignant.weight} (the frustration of a "?!" question), {@code conditional.factor} (what a complaint
 *       word weighs in an "if" clause);</li>
 *   <li>{@code words<TAB>class<TAB>word|word ...}: the classes {@code auxiliary}, {@code opener}, {@code wh},
 *       {@code profanity}, {@code target}, {@code death}, {@code thing}, {@code person}, {@code loss}, {@code conditional}, {@code ends},
 *       {@code cursing}, {@code determiner}, {@code company}, {@code yours} (folded: lower case, apostrophes
 *       dropped; only {@code profanity}, {@code death} and {@code cursing} members may be phrases);</li>
 *   <li>{@code example<TAB>emotion<TAB>message}: the full classifier must read the message so (run by the build).</li>
 * </ul>
 * Every param and class is required. Immutable and thread-safe.
 */
final class SupportStructure {

    static final String FORMAT = "empathy-support-structure";

    private static final List<String> CLASSES = List.of("auxiliary", "opener", "wh", "profanity", "target", "death", "thing", "person", "loss", "conditional", "ends", "cursing", "determiner", "company", "yours", "info");
    // each class's bit in a word's classes (classesOf): 1 << its index in CLASSES
    static final int AUXILIARY = 1;
    static final int OPENER = 1 << 1;
    static final int WH = 1 << 2;
    static final int PROFANITY = 1 << 3;
    static final int TARGET = 1 << 4;
    static final int DEATH = 1 << 5;
    static final int THING = 1 << 6;
    static final int PERSON = 1 << 7;
    static final int LOSS = 1 << 8;
    static final int CONDITIONAL = 1 << 9;
    static final int ENDS = 1 << 10;
    static final int CURSING = 1 << 11;
    static final int DETERMINER = 1 << 12;
    static final int COMPANY = 1 << 13;
    static final int YOURS = 1 << 14;
    static final int INFO = 1 << 15;
    private static final Set<String> PHRASE_CLASSES = Set.of("profanity", "death", "cursing");
    private static final List<String> PARAMS = List.of("polar.factor", "indignant.weight", "conditional.factor", "request.factor");

    final double polarFactor;
    final double indignantWeight;
    final double conditionalFactor;
    final double requestFactor;
    /** Folded word -> its classes as bits ({@link #AUXILIARY}, ...); a HashMap never changed after construction (speed, issue 16). */
    private final Map<String, Integer> classesOfWord;

    private SupportStructure(double polarFactor, double indignantWeight, double conditionalFactor,
                             double requestFactor, Map<String, Set<String>> words) {
        this.polarFactor = polarFactor;
        this.indignantWeight = indignantWeight;
        this.conditionalFactor = conditionalFactor;
        this.requestFactor = requestFactor;
        Map<String, Integer> classesOfWord = new HashMap<>();
        for (int c = 0; c < CLASSES.size(); c++) {
            for (String word : words.get(CLASSES.get(c))) {
                Integer bits = classesOfWord.get(word);
                classesOfWord.put(word, (bits == null ? 0 : bits) | 1 << c);
            }
        }
        this.classesOfWord = classesOfWord;
    }

    /** Data that changes nothing: no class has a member, every factor keeps weights as they are. */
    static SupportStructure none() {
        Map<String, Set<String>> empty = new HashMap<>();
        for (String name : CLASSES) {
            empty.put(name, Set.of());
        }
        return new SupportStructure(1, 0, 1, 1, Map.copyOf(empty));
    }

    static SupportStructure load(DataLines lines) {
        WordClassFile file = WordClassFile.read(lines, PARAMS, Map.of(), CLASSES, PHRASE_CLASSES);
        return new SupportStructure(file.param("polar.factor"), file.param("indignant.weight"),
                file.param("conditional.factor"), file.param("request.factor"), file.words());
    }

    /** True if the folded {@code word} (see {@link #fold}) is a member of a class among {@code classes} (bits such as {@link #AUXILIARY}). */
    boolean is(int classes, String word) {
        return (classesOf(word) & classes) != 0;
    }

    /** The classes the folded {@code word} belongs to, as bits ({@link #AUXILIARY}, ...); 0 for none. */
    int classesOf(String word) {
        Integer bits = classesOfWord.get(word);
        return bits == null ? 0 : bits;
    }

    /** {@return each folded word with classes, and its classes as bits} (never changed; read once, for a {@link Vocabulary}) */
    Map<String, Integer> wordClasses() {
        return classesOfWord;
    }

    /** Lower case ({@link Locale#ROOT}), apostrophes dropped, spaces collapsed: "Can’t" and "cant" both read "cant" ({@link Folding}). */
    static String fold(String text) {
        return Folding.fold(text);
    }

    /** True if {@link #fold} returns {@code text} unchanged ({@link Folding#isFolded}). */
    static boolean isFolded(String text) {
        return Folding.isFolded(text);
    }
}
