package dev.empathy.phrase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the catalog statements an agent has already said in a thread, word for word or close to it: a statement
 * counts as said in an agent turn when at least {@value #CLOSE_SHARE} of its distinct word pairs (its single word,
 * for a one-word statement) occur in that turn. Words are letters and digits, lower-cased, apostrophes dropped, so
 * "I can see how frustrating this has been, Sam" says {@code ack-001} and so does a light rewording.
 *
 * <p>Statements are indexed once by word pair (rendered without slot values), so looking through a thread costs
 * time linear in its length times the few statements that share a pair. Immutable and thread-safe.
 */
final class UsedStatements {

    static final double CLOSE_SHARE = 0.7;

    private final List<Statement> statements;
    private final int[] gramCounts;
    private final Map<Long, int[]> byGram;

    UsedStatements(PhraseCatalog catalog) {
        this.statements = catalog.statements();
        this.gramCounts = new int[statements.size()];
        Map<Long, List<Integer>> index = new HashMap<>();
        for (int s = 0; s < statements.size(); s++) {
            Set<Long> grams = grams(catalog.render(statements.get(s), Map.of()));
            gramCounts[s] = grams.size();
            for (long gram : grams) {
                index.computeIfAbsent(gram, key -> new ArrayList<>()).add(s);
            }
        }
        this.byGram = new HashMap<>();
        index.forEach((gram, list) -> byGram.put(gram, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The ids of statements said in {@code turns} (agent texts, in order), each with the first turn that said it. */
    Map<String, Integer> find(List<String> turns) {
        Map<String, Integer> found = new LinkedHashMap<>();
        int[] shared = new int[statements.size()];
        List<Integer> touched = new ArrayList<>();
        for (int t = 0; t < turns.size(); t++) {
            for (long gram : grams(turns.get(t))) {
                int[] owners = byGram.get(gram);
                if (owners == null) {
                    continue;
                }
                for (int s : owners) {
                    if (shared[s]++ == 0) {
                        touched.add(s);
                    }
                }
            }
            for (int s : touched) {
                if (gramCounts[s] > 0 && shared[s] >= CLOSE_SHARE * gramCounts[s]) {
                    found.putIfAbsent(statements.get(s).id(), t);
                }
                shared[s] = 0;
            }
            touched.clear();
        }
        return found;
    }

    /** True if {@code text} (a rendered suggestion) is close to one of {@code turns}, given as {@link #grams} sets. */
    static boolean closeToAny(String text, List<Set<Long>> turns) {
        Set<Long> grams = grams(text);
        if (grams.isEmpty()) {
            return false;
        }
        for (Set<Long> turn : turns) {
            int shared = 0;
            for (long gram : grams) {
                if (turn.contains(gram)) {
                    shared++;
                }
            }
            if (shared >= CLOSE_SHARE * grams.size()) {
                return true;
            }
        }
        return false;
    }

    /** The distinct word pairs of {@code text} as hashes; its single word when it has only one. */
    static Set<Long> grams(String text) {
        List<String> words = words(text);
        Set<Long> grams = new HashSet<>();
        if (words.size() == 1) {
            grams.add(hash(words.get(0), ""));
        }
        for (int i = 1; i < words.size(); i++) {
            grams.add(hash(words.get(i - 1), words.get(i)));
        }
        return grams;
    }

    private static long hash(String first, String second) {
        return ((long) first.hashCode() << 32) ^ (second.hashCode() & 0xFFFFFFFFL) ^ ((long) second.length() << 56);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else if (cp != '\'' && cp != '\u2019' && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            i += Character.charCount(cp);
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
