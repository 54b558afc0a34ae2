package dev.empathy.internal.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Many compiled patterns matched together over a token sequence in one left-to-right pass, by simulating
 * their automata state by state (Thompson's construction: no backtracking). Immutable and thread-safe.
 *
 * <p>Which patterns run: only those that can match the sentence. A first pass over the tokens enables each pattern
 * whose most selective required word occurs, and marks every group of keys that a required word of some pattern
 * accepts; a pattern stays enabled only if all its required words' groups were marked. Patterns without a required
 * word are always enabled.
 *
 * <p>Cost: each token's key is looked up once in the vocabulary of all pattern keys (one hash lookup
 * per token) and gets an id; that id finds the patterns it can start, and each live state tests it
 * against its element with an int comparison or a binary search, never a string comparison. Then every
 * live state is advanced once. A state is live at most once per token, so the work per token is bounded by
 * the total number of pattern elements {@code S}, and a text of {@code n} tokens costs at most
 * {@code O(n * S)} steps whatever the patterns say. {@link #match} returns the step count so tests can
 * check this growth.
 */
public final class PatternSet {

    /** Receives each match: pattern index and the matched token range {@code [start, end)}. */
    @FunctionalInterface
    public interface Sink {
        void match(int pattern, int start, int end);
    }

    private final TokenPattern[] patterns;
    private final int[] stateBase;       // first state id of each pattern
    private final int[] statePattern;    // pattern of each state id
    private final Map<String, Integer> vocabulary; // every key any element names -> id
    // Per key id, three lists one after the other in idLists (read for every token, so together, not as an array
    // object each): the patterns it anchors (prefilter), the required key groups it is in (second prefilter), and
    // the patterns whose first element can take it. idIndex[3 * id] .. idIndex[3 * id + 3] bound them.
    private final int[] idIndex;
    private final int[] idLists;
    private final TokenClass.Kind[] stateKind;      // per state: what its element accepts
    private final boolean[] stateOptional;          // per state: its element is optional
    private final boolean[] stateLast;              // per state: its element is its pattern's last
    private final boolean[] anchored;               // per pattern: it starts only at the sentence's first word
    private final int[] stateKey;                   // per state: the only key id, or -1 when it names several
    private final int[] stateKeysFrom;              // per state: where its key ids start in keyIds, when it names several
    private final int[] keyIds;                     // every such state's key ids, ascending, state after state
    private final int[] wildStarts;
    private final int[] alwaysEnabled;              // patterns with no required literal element
    private final int[][] requiredGroups;           // per pattern: the groups of its required literal elements
    private final ThreadLocal<Scratch> scratch;

    // What the match loop reads per state and token comes from flat arrays, not the patterns' objects (speed, issue 16:
    // it followed pattern -> elements -> element, and a bit set per state, for every live state; the arrays cut the
    // scan of a 100-word draft by about a tenth, 130 to 115 us). A token's flags:
    private static final int WORD = 1;
    private static final int SHOUT = 2;
    private static final int BANGS = 4;

    public PatternSet(List<TokenPattern> patterns) {
        this.patterns = patterns.toArray(new TokenPattern[0]);
        this.stateBase = new int[this.patterns.length];
        int states = 0;
        for (int p = 0; p < this.patterns.length; p++) {
            stateBase[p] = states;
            states += this.patterns[p].elements.length;
        }
        this.statePattern = new int[states];
        int[] stateIndex = new int[states]; // element index of each state id (only while building)
        Map<String, List<Integer>> byKey = new HashMap<>();
        List<Integer> wild = new ArrayList<>();
        for (int p = 0; p < this.patterns.length; p++) {
            TokenPattern.Element[] elements = this.patterns[p].elements;
            for (int e = 0; e < elements.length; e++) {
                statePattern[stateBase[p] + e] = p;
                stateIndex[stateBase[p] + e] = e;
            }
            boolean isWild = false;
            for (int e = 0; e < elements.length; e++) { // elements that can take the first token
                TokenClass tokenClass = elements[e].tokenClass();
                if (tokenClass.isWild()) {
                    isWild = true;
                } else {
                    for (String key : tokenClass.keys) {
                        List<Integer> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                        if (list.isEmpty() || list.get(list.size() - 1) != p) {
                            list.add(p);
                        }
                    }
                }
                if (!elements[e].optional()) {
                    break;
                }
            }
            if (isWild) {
                wild.add(p);
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        for (TokenPattern pattern : this.patterns) {
            for (TokenPattern.Element element : pattern.elements) {
                for (String key : element.tokenClass().keys) {
                    ids.putIfAbsent(key, ids.size());
                }
            }
        }
        this.vocabulary = Map.copyOf(ids);
        List<List<Integer>> startsById = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            startsById.add(List.of());
        }
        byKey.forEach((key, list) -> startsById.set(ids.get(key), list));
        this.stateKind = new TokenClass.Kind[states];
        this.stateOptional = new boolean[states];
        this.stateLast = new boolean[states];
        this.anchored = new boolean[this.patterns.length];
        this.stateKey = new int[states];
        this.stateKeysFrom = new int[states + 1];
        List<Integer> severalKeys = new ArrayList<>();
        for (int state = 0; state < states; state++) {
            TokenClass tokenClass = this.patterns[statePattern[state]].elements[stateIndex[state]].tokenClass();
            stateKind[state] = tokenClass.kind;
            stateOptional[state] = this.patterns[statePattern[state]].elements[stateIndex[state]].optional();
            stateLast[state] = stateIndex[state] == this.patterns[statePattern[state]].elements.length - 1;
            stateKey[state] = tokenClass.keys.size() == 1 ? ids.get(tokenClass.keys.iterator().next()) : -1;
            stateKeysFrom[state] = severalKeys.size();
            if (tokenClass.keys.size() > 1) {
                int[] sorted = new int[tokenClass.keys.size()];
                int k = 0;
                for (String key : tokenClass.keys) {
                    sorted[k++] = ids.get(key);
                }
                Arrays.sort(sorted);
                for (int id : sorted) {
                    severalKeys.add(id);
                }
            }
        }
        for (int p = 0; p < this.patterns.length; p++) {
            anchored[p] = this.patterns[p].anchored;
        }
        stateKeysFrom[states] = severalKeys.size();
        this.keyIds = severalKeys.stream().mapToInt(Integer::intValue).toArray();
        this.wildStarts = wild.stream().mapToInt(Integer::intValue).toArray();
        // Prefilter: a pattern cannot match a sentence that lacks one of its required literal elements, so each
        // pattern is anchored on its most selective required element (fewest keys, then longest shortest key:
        // "need" rather than "you" in "you need to") and only started where one of that element's keys occurs.
        List<Integer> always = new ArrayList<>();
        List<List<Integer>> byAnchor = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            byAnchor.add(new ArrayList<>());
        }
        for (int p = 0; p < this.patterns.length; p++) {
            TokenClass anchor = null;
            for (TokenPattern.Element element : this.patterns[p].elements) {
                if (!isRequiredLiteral(element)) {
                    continue;
                }
                TokenClass tokenClass = element.tokenClass();
                if (anchor == null || selectivity(tokenClass) > selectivity(anchor)) {
                    anchor = tokenClass;
                }
            }
            if (anchor == null) {
                always.add(p);
            } else {
                for (String key : anchor.keys) {
                    byAnchor.get(ids.get(key)).add(p);
                }
            }
        }
        this.alwaysEnabled = always.stream().mapToInt(Integer::intValue).toArray();
        // Second prefilter, checked for the patterns the first let through: every required literal element needs one
        // of its keys in the sentence. Elements with the same keys share one group, seen once per sentence.
        Map<Set<String>, Integer> groups = new HashMap<>();
        List<List<Integer>> byGroupKey = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            byGroupKey.add(new ArrayList<>());
        }
        this.requiredGroups = new int[this.patterns.length][];
        for (int p = 0; p < this.patterns.length; p++) {
            Set<Integer> required = new TreeSet<>();
            for (TokenPattern.Element element : this.patterns[p].elements) {
                if (!isRequiredLiteral(element)) {
                    continue;
                }
                TokenClass tokenClass = element.tokenClass();
                Integer group = groups.get(tokenClass.keys);
                if (group == null) {
                    group = groups.size();
                    groups.put(tokenClass.keys, group);
                    for (String key : tokenClass.keys) {
                        byGroupKey.get(ids.get(key)).add(group);
                    }
                }
                required.add(group);
            }
            requiredGroups[p] = required.stream().mapToInt(Integer::intValue).toArray();
        }
        int groupCount = groups.size();
        this.idIndex = new int[3 * ids.size() + 1];
        List<Integer> lists = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            idIndex[3 * i] = lists.size();
            lists.addAll(byAnchor.get(i));
            idIndex[3 * i + 1] = lists.size();
            lists.addAll(byGroupKey.get(i));
            idIndex[3 * i + 2] = lists.size();
            lists.addAll(startsById.get(i));
        }
        idIndex[3 * ids.size()] = lists.size();
        this.idLists = lists.stream().mapToInt(Integer::intValue).toArray();
        int stateCount = states;
        int patternCount = this.patterns.length;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(stateCount, patternCount, groupCount));
    }

    /** The number of patterns. */
    public int size() {
        return patterns.length;
    }

    /** The pattern at {@code index}. */
    public TokenPattern pattern(int index) {
        return patterns[index];
    }

    /** Per-thread working arrays, reused across calls. */
    private static final class Scratch {
        int[] currentStates;
        int[] currentStarts;
        int[] nextStates;
        int[] nextStarts;
        final int[] mark;      // generation in which a state was added to the set being built
        final int[] slot;      // its position in that set
        int generation = 1;   // marks start at 0, so generation 0 is never used

        final int[] enabled;   // match call in which a pattern is enabled: it needs no word, or both prefilters passed
        final int[] seen;      // match call in which one of a group's keys was seen in the sentence
        final int[] candidates; // the patterns whose anchor was seen in this call
        int call = 1;
        int[] tokenIds = new int[64];
        int[] tokenFlags = new int[64]; // per token: WORD, SHOUT and BANGS bits
        int[] liveWildStarts; // the wild starts enabled in this call, in wildStarts order


        Scratch(int states, int patterns, int groups) {
            enabled = new int[Math.max(patterns, 1)];
            seen = new int[Math.max(groups, 1)];
            candidates = new int[Math.max(patterns, 1)];
            liveWildStarts = new int[Math.max(patterns, 1)];
            currentStates = new int[Math.max(states, 1)];
            currentStarts = new int[Math.max(states, 1)];
            nextStates = new int[Math.max(states, 1)];
            nextStarts = new int[Math.max(states, 1)];
            mark = new int[Math.max(states, 1)];
            slot = new int[Math.max(states, 1)];
        }
    }

    /**
     * Reports every match of every pattern in {@code tokens} (one sentence) to {@code sink}, leftmost start
     * first for each pattern and end; returns the number of automaton steps taken.
     *
     * @param firstWord index of the sentence's first word token (anchored patterns start only there)
     */
    public long match(List<MatchToken> tokens, int firstWord, Sink sink) {
        Scratch s = scratch.get();
        if (s.generation > Integer.MAX_VALUE - tokens.size() - 4) {
            Arrays.fill(s.mark, 0);
            s.generation = 1;
        }
        long steps = 0;
        int currentSize = 0;
        int n = tokens.size();
        if (s.tokenIds.length < n) {
            s.tokenIds = new int[Math.max(n, s.tokenIds.length * 2)];
            s.tokenFlags = new int[s.tokenIds.length];
        }
        if (s.call == Integer.MAX_VALUE) {
            Arrays.fill(s.enabled, 0);
            Arrays.fill(s.seen, 0);
            s.call = 1;
        }
        int call = ++s.call;
        for (int p : alwaysEnabled) {
            s.enabled[p] = call;
        }
        int candidates = 0;
        for (int i = 0; i < n; i++) { // one vocabulary lookup per token; enable the patterns it anchors
            MatchToken token = tokens.get(i);
            Integer known = vocabulary.get(token.key());
            int id = known == null ? -1 : known;
            s.tokenIds[i] = id;
            s.tokenFlags[i] = (token.word() ? WORD : 0) | (token.shout() ? SHOUT : 0) | (token.bangs() ? BANGS : 0);
            if (id >= 0) {
                int groupsFrom = idIndex[3 * id + 1];
                for (int at = idIndex[3 * id]; at < groupsFrom; at++) {
                    int p = idLists[at];
                    if (s.enabled[p] != call) {
                        s.enabled[p] = call;
                        s.candidates[candidates++] = p;
                    }
                    steps++;
                }
                int startsFrom = idIndex[3 * id + 2];
                for (int at = groupsFrom; at < startsFrom; at++) {
                    s.seen[idLists[at]] = call;
                    steps++;
                }
            }
        }
        for (int c = 0; c < candidates; c++) { // a pattern stays enabled only if all its required elements can match
            int p = s.candidates[c];
            for (int g : requiredGroups[p]) {
                steps++;
                if (s.seen[g] != call) {
                    s.enabled[p] = 0;
                    break;
                }
            }
        }
        int liveWild = 0; // a wild start's enabling is known now, so each token tries only the enabled ones
        for (int p : wildStarts) {
            if (s.enabled[p] == call) {
                s.liveWildStarts[liveWild++] = p;
            }
            steps++;
        }
        for (int i = 0; i < n; i++) {
            // the current set was built in the previous generation; new starts join it
            int generation = s.generation;
            int id = s.tokenIds[i];
            int flags = s.tokenFlags[i];
            if (id >= 0) {
                for (int at = idIndex[3 * id + 2], to = idIndex[3 * id + 3]; at < to; at++) {
                    int p = idLists[at];
                    if (s.enabled[p] == call) {
                        currentSize = addStart(s, p, i, firstWord, currentSize, generation);
                    }
                    steps++;
                }
            }
            for (int w = 0; w < liveWild; w++) {
                currentSize = addStart(s, s.liveWildStarts[w], i, firstWord, currentSize, generation);
                steps++;
            }
            // advance every live state over token i
            int nextGeneration = ++s.generation;
            int nextSize = 0;
            for (int c = 0; c < currentSize; c++) {
                int state = s.currentStates[c];
                int start = s.currentStarts[c];
                steps++;
                if (!accepts(state, id, flags)) {
                    continue;
                }
                // closure of the next element: add states until a required element; passing the last is a match.
                // A pattern's states are consecutive, so the next element's state is the next state.
                int at = state;
                while (true) {
                    steps++;
                    if (stateLast[at]) {
                        sink.match(statePattern[state], start, i + 1);
                        break;
                    }
                    nextSize = add(s, at + 1, start, nextSize, nextGeneration, true);
                    if (!stateOptional[at + 1]) {
                        break;
                    }
                    at++;
                }
            }
            // swap
            int[] t = s.currentStates;
            s.currentStates = s.nextStates;
            s.nextStates = t;
            t = s.currentStarts;
            s.currentStarts = s.nextStarts;
            s.nextStarts = t;
            currentSize = nextSize;
        }
        s.generation++;
        return steps;
    }

    /** Whether every match must take a token with one of {@code element}'s keys: what both prefilters rest on. */
    private static boolean isRequiredLiteral(TokenPattern.Element element) {
        return !element.optional() && element.tokenClass().kind == TokenClass.Kind.KEYS && !element.tokenClass().keys.isEmpty();
    }

    /** How selective a required element is as a prefilter anchor: fewer keys first, then longer shortest key. */
    private static int selectivity(TokenClass tokenClass) {
        int shortest = Integer.MAX_VALUE;
        for (String key : tokenClass.keys) {
            shortest = Math.min(shortest, key.length());
        }
        return -tokenClass.keys.size() * 100 + shortest;
    }

    /**
     * Whether the element of {@code state} accepts a token whose vocabulary id is {@code id} (-1: none) and whose
     * {@link #WORD}, {@link #SHOUT} and {@link #BANGS} bits are {@code flags}.
     */
    private boolean accepts(int state, int id, int flags) {
        return switch (stateKind[state]) {
            case KEYS -> id >= 0 && (stateKey[state] >= 0 ? id == stateKey[state] : isKeyOf(state, id));
            case NOT_KEYS -> (flags & WORD) != 0
                    && !(id >= 0 && (stateKey[state] >= 0 ? id == stateKey[state] : isKeyOf(state, id)));
            case WORD -> (flags & WORD) != 0;
            case SHOUT -> (flags & SHOUT) != 0;
            case BANGS -> (flags & BANGS) != 0;
        };
    }

    /**
     * Whether {@code id} is one of the several keys of {@code state}'s element (false for an element that names one key
     * or none): a binary search in its stretch of {@link #keyIds}. All states' keys in one array, not a bit set per
     * state, so that the states of a pattern, which the match loop visits together, sit together (speed, issue 16).
     */
    private boolean isKeyOf(int state, int id) {
        return Arrays.binarySearch(keyIds, stateKeysFrom[state], stateKeysFrom[state + 1], id) >= 0;
    }

    /** Adds the states pattern {@code p} can start in at token {@code i}: its first element's, and the next while optional. */
    private int addStart(Scratch s, int p, int i, int firstWord, int size, int generation) {
        if (anchored[p] && i != firstWord) {
            return size;
        }
        for (int state = stateBase[p]; ; state++) {
            size = add(s, state, i, size, generation, false);
            if (!stateOptional[state] || stateLast[state]) {
                return size;
            }
        }
    }

    /** Adds a state to the set of this generation (current when {@code next} is false), keeping the earliest start. */
    private static int add(Scratch s, int state, int start, int size, int generation, boolean next) {
        int[] states = next ? s.nextStates : s.currentStates;
        int[] starts = next ? s.nextStarts : s.currentStarts;
        if (s.mark[state] == generation) {
            int at = s.slot[state];
            if (start < starts[at]) {
                starts[at] = start;
            }
            return size;
        }
        s.mark[state] = generation;
        s.slot[state] = size;
        states[size] = state;
        starts[size] = start;
        return size + 1;
    }
}
