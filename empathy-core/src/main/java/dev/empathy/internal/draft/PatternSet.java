package dev.empathy.internal.draft;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many compiled patterns matched together over a token sequence in one left-to-right pass, by simulating
 * their automata state by state (Thompson's construction: no backtracking). Immutable and thread-safe.
 *
 * <p>Cost: each token's key is looked up once in the vocabulary of all pattern keys (one hash lookup
 * per token) and gets an id; that id finds the patterns it can start, and each live state tests it
 * against its element with an int comparison or a bit test, never a string comparison. Then every
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
    private final int[] stateIndex;      // element index of each state id
    private final Map<String, Integer> vocabulary; // every key any element names -> id
    private final int[][] startsById;               // patterns whose first element can take a key id
    private final TokenClass.Kind[] stateKind;      // per state: what its element accepts
    private final int[] stateKey;                   // per state: the only key id, or -1 when it names several
    private final BitSet[] stateKeys;               // per state: the key ids, when it names several
    private final int[] wildStarts;
    private final int[][] patternsByAnchorId;       // prefilter: patterns that need this key id somewhere
    private final boolean[] alwaysEnabled;          // patterns with no required literal element
    private final ThreadLocal<Scratch> scratch;

    public PatternSet(List<TokenPattern> patterns) {
        this.patterns = patterns.toArray(new TokenPattern[0]);
        this.stateBase = new int[this.patterns.length];
        int states = 0;
        for (int p = 0; p < this.patterns.length; p++) {
            stateBase[p] = states;
            states += this.patterns[p].elements.length;
        }
        this.statePattern = new int[states];
        this.stateIndex = new int[states];
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
        this.startsById = new int[ids.size()][];
        byKey.forEach((key, list) -> startsById[ids.get(key)] = list.stream().mapToInt(Integer::intValue).toArray());
        this.stateKind = new TokenClass.Kind[states];
        this.stateKey = new int[states];
        this.stateKeys = new BitSet[states];
        for (int state = 0; state < states; state++) {
            TokenClass tokenClass = this.patterns[statePattern[state]].elements[stateIndex[state]].tokenClass();
            stateKind[state] = tokenClass.kind;
            stateKey[state] = tokenClass.keys.size() == 1 ? ids.get(tokenClass.keys.iterator().next()) : -1;
            if (tokenClass.keys.size() > 1) {
                BitSet bits = new BitSet(ids.size());
                tokenClass.keys.forEach(key -> bits.set(ids.get(key)));
                stateKeys[state] = bits;
            }
        }
        this.wildStarts = wild.stream().mapToInt(Integer::intValue).toArray();
        // Prefilter: a pattern cannot match a sentence that lacks one of its required literal elements, so each
        // pattern is anchored on its most selective required element (fewest keys, then longest shortest key:
        // "need" rather than "you" in "you need to") and only started where one of that element's keys occurs.
        this.alwaysEnabled = new boolean[this.patterns.length];
        List<List<Integer>> byAnchor = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            byAnchor.add(new ArrayList<>());
        }
        for (int p = 0; p < this.patterns.length; p++) {
            TokenClass anchor = null;
            for (TokenPattern.Element element : this.patterns[p].elements) {
                TokenClass tokenClass = element.tokenClass();
                if (element.optional() || tokenClass.kind != TokenClass.Kind.KEYS || tokenClass.keys.isEmpty()) {
                    continue;
                }
                if (anchor == null || selectivity(tokenClass) > selectivity(anchor)) {
                    anchor = tokenClass;
                }
            }
            if (anchor == null) {
                alwaysEnabled[p] = true;
            } else {
                for (String key : anchor.keys) {
                    byAnchor.get(ids.get(key)).add(p);
                }
            }
        }
        this.patternsByAnchorId = new int[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            patternsByAnchorId[i] = byAnchor.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        int stateCount = states;
        int patternCount = this.patterns.length;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(stateCount, patternCount));
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

        final int[] enabled;   // match call in which a pattern's anchor was seen in the sentence
        int call = 1;
        int[] tokenIds = new int[64];
        int[] liveWildStarts; // the wild starts enabled in this call, in wildStarts order


        Scratch(int states, int patterns) {
            enabled = new int[Math.max(patterns, 1)];
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
            java.util.Arrays.fill(s.mark, 0);
            s.generation = 1;
        }
        long steps = 0;
        int currentSize = 0;
        int n = tokens.size();
        if (s.tokenIds.length < n) {
            s.tokenIds = new int[Math.max(n, s.tokenIds.length * 2)];
        }
        if (s.call == Integer.MAX_VALUE) {
            java.util.Arrays.fill(s.enabled, 0);
            s.call = 1;
        }
        int call = ++s.call;
        for (int i = 0; i < n; i++) { // one vocabulary lookup per token; enable the patterns it anchors
            Integer known = vocabulary.get(tokens.get(i).key());
            int id = known == null ? -1 : known;
            s.tokenIds[i] = id;
            if (id >= 0) {
                for (int p : patternsByAnchorId[id]) {
                    s.enabled[p] = call;
                    steps++;
                }
            }
        }
        int liveWild = 0; // a wild start's enabling is known now, so each token tries only the enabled ones
        for (int p : wildStarts) {
            if (s.enabled[p] == call || alwaysEnabled[p]) {
                s.liveWildStarts[liveWild++] = p;
            }
            steps++;
        }
        for (int i = 0; i < n; i++) {
            MatchToken token = tokens.get(i);
            // the current set was built in the previous generation; new starts join it
            int generation = s.generation;
            int id = s.tokenIds[i];
            int[] keyed = id < 0 ? null : startsById[id];
            if (keyed != null) {
                for (int p : keyed) {
                    if (s.enabled[p] == call || alwaysEnabled[p]) {
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
                int p = statePattern[state];
                int e = stateIndex[state];
                TokenPattern.Element[] elements = patterns[p].elements;
                steps++;
                if (!accepts(state, id, token)) {
                    continue;
                }
                // closure of e + 1: add states until a required element; reaching the end is a match
                int next = e + 1;
                while (true) {
                    steps++;
                    if (next == elements.length) {
                        sink.match(p, start, i + 1);
                        break;
                    }
                    nextSize = add(s, stateBase[p] + next, start, nextSize, nextGeneration, true);
                    if (!elements[next].optional()) {
                        break;
                    }
                    next++;
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

    /** How selective a required element is as a prefilter anchor: fewer keys first, then longer shortest key. */
    private static int selectivity(TokenClass tokenClass) {
        int shortest = Integer.MAX_VALUE;
        for (String key : tokenClass.keys) {
            shortest = Math.min(shortest, key.length());
        }
        return -tokenClass.keys.size() * 100 + shortest;
    }

    /** Whether the element of {@code state} accepts {@code token}, whose vocabulary id is {@code id} (-1: none). */
    private boolean accepts(int state, int id, MatchToken token) {
        return switch (stateKind[state]) {
            case KEYS -> id >= 0 && (stateKey[state] >= 0 ? id == stateKey[state] : stateKeys[state].get(id));
            case NOT_KEYS -> token.word()
                    && !(id >= 0 && (stateKey[state] >= 0 ? id == stateKey[state] : stateKeys[state] != null && stateKeys[state].get(id)));
            case WORD -> token.word();
            case SHOUT -> token.shout();
            case BANGS -> token.bangs();
        };
    }

    private int addStart(Scratch s, int p, int i, int firstWord, int size, int generation) {
        TokenPattern pattern = patterns[p];
        if (pattern.anchored && i != firstWord) {
            return size;
        }
        TokenPattern.Element[] elements = pattern.elements;
        for (int e = 0; e < elements.length; e++) {
            size = add(s, stateBase[p] + e, i, size, generation, false);
            if (!elements[e].optional()) {
                break;
            }
        }
        return size;
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
