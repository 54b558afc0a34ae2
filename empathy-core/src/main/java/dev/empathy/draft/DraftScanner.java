package dev.empathy.draft;

import dev.empathy.internal.draft.MatchToken;
import dev.empathy.internal.draft.PatternSet;
import dev.empathy.internal.draft.TokenPattern;
import dev.empathy.internal.draft.WordData;
import dev.empathy.internal.text.Sentence;
import dev.empathy.internal.text.TextAnalyzer;
import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first stage of the check: splits a draft into sentences and OpenNLP tokens, turns them into match
 * tokens (contractions expanded, shouted words and "!!" marked, an emoji outside the BMP kept as one token)
 * and runs every pattern over each sentence in one pass. Immutable and thread-safe.
 */
final class DraftScanner {

    private final WordData words;
    private final Set<String> acronyms;
    private final PatternSet patterns;           // the rules' and cues' patterns, then the guards'
    private final PatternOwner[] owners;         // pattern index -> its rule or cue
    private final Guards.Guard[] guardOwners;    // pattern index - owners.length -> its guard

    /** A scanner for the patterns of these rules, element cues and politeness cues, and of these guards. */
    DraftScanner(WordData words, List<CompiledRule> rules, ElementCues elementCues, PolitenessScorer politeness, Guards guards) {
        this.words = words;
        Set<String> acronymList = words.list(WordData.ACRONYMS);
        this.acronyms = acronymList == null ? Set.of() : acronymList;
        List<TokenPattern> all = new ArrayList<>();
        List<PatternOwner> ownerList = new ArrayList<>();
        List<PatternOwner> owning = new ArrayList<>(rules);
        owning.addAll(elementCues.cues());
        owning.addAll(politeness.cues());
        for (PatternOwner owner : owning) {
            for (TokenPattern pattern : owner.patterns()) {
                all.add(pattern);
                ownerList.add(owner);
            }
        }
        this.owners = ownerList.toArray(new PatternOwner[0]);
        List<Guards.Guard> guardOwnerList = new ArrayList<>();
        for (Guards.Guard guard : guards.all()) {
            for (TokenPattern pattern : guard.patterns()) {
                all.add(pattern);
                guardOwnerList.add(guard);
            }
        }
        // one set for both, so each token is looked up and each sentence walked once (speed, issue 16)
        this.patterns = new PatternSet(all);
        this.guardOwners = guardOwnerList.toArray(new Guards.Guard[0]);
    }

    /** Every hit in {@code draft}; linear in its length whatever the patterns say. */
    Scan scan(String draft) {
        List<Hit<PatternOwner>> hits = new ArrayList<>();
        List<Hit<Guards.Guard>> guardHits = new ArrayList<>();
        BitSet questions = new BitSet();
        long steps = 0;
        List<Sentence> sentences = TextAnalyzer.english().sentences(draft);
        List<MatchToken> tokens = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            tokens.clear();
            List<Token> sentenceTokens = sentences.get(s).tokens();
            int firstWord = matchTokens(sentenceTokens, tokens);
            if (!sentenceTokens.isEmpty() && sentenceTokens.get(sentenceTokens.size() - 1).key().indexOf('?') >= 0) {
                questions.set(s);
            }
            int sentence = s;
            Map<Set<String>, Integer> lastIndexOf = new IdentityHashMap<>();
            steps += patterns.match(tokens, firstWord, (pattern, start, end) -> {
                if (pattern >= owners.length) {
                    guardHits.add(new Hit<>(guardOwners[pattern - owners.length], tokens.get(start).start(),
                            tokens.get(end - 1).end(), sentence));
                    return;
                }
                TokenPattern compiled = patterns.pattern(pattern);
                if (!compiled.unlessAfter().isEmpty()) {
                    // computed once per sentence and word set, so the check stays linear
                    int last = lastIndexOf.computeIfAbsent(compiled.unlessAfter(), set -> lastIndex(tokens, set));
                    if (last >= end) {
                        return;
                    }
                }
                int from = start + compiled.contextBefore();
                int to = end - compiled.contextAfter();
                hits.add(new Hit<>(owners[pattern], tokens.get(from).start(), tokens.get(to - 1).end(), sentence));
            });
        }
        return new Scan(hits, guardHits, questions, steps);
    }

    /** Fills {@code out} with the match tokens of one sentence; returns the index of its first word, or -1. */
    private int matchTokens(List<Token> sentenceTokens, List<MatchToken> out) {
        int firstWord = -1;
        for (int t = 0; t < sentenceTokens.size(); t++) {
            Token token = sentenceTokens.get(t);
            if (firstWord < 0 && token.isWord()) {
                firstWord = out.size();
            }
            if (t + 1 < sentenceTokens.size() && isSurrogatePair(token, sentenceTokens.get(t + 1))) {
                // an emoji outside the BMP comes as two one-char tokens: match it as one ("😉")
                Token low = sentenceTokens.get(++t);
                out.add(new MatchToken(token.key() + low.key(), token.start(), low.end(), false, false, false));
                continue;
            }
            addMatchTokens(token, out);
        }
        return firstWord;
    }

    private void addMatchTokens(Token token, List<MatchToken> out) {
        boolean word = token.isWord();
        boolean shout = word && token.allCaps() && words.isShoutable(token.key()) && !acronyms.contains(token.key());
        boolean bangs = !word && countBangs(token.key()) >= 2;
        List<String> expansion = word ? words.expansion(token.key()) : null;
        if (expansion == null) {
            out.add(new MatchToken(token.key(), token.start(), token.end(), word, shout, bangs));
        } else {
            for (String key : expansion) {
                out.add(new MatchToken(key, token.start(), token.end(), true, shout, false));
            }
        }
    }

    private static int lastIndex(List<MatchToken> tokens, Set<String> keys) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (keys.contains(tokens.get(i).key())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSurrogatePair(Token high, Token low) {
        return high.key().length() == 1 && Character.isHighSurrogate(high.key().charAt(0)) && low.start() == high.end()
                && low.key().length() == 1 && Character.isLowSurrogate(low.key().charAt(0));
    }

    private static int countBangs(String key) {
        int count = 0;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == '!') {
                count++;
            }
        }
        return count;
    }
}
