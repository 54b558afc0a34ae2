package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import dev.empathy.internal.Splits;
import dev.empathy.internal.text.Chars;
import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The social-media stage of the lexicon engine: rewrites a sentence's tokens for matching while every
 * token keeps its span in the ORIGINAL text. Immutable and thread-safe; time linear in the sentence.
 *
 * <table>
 *   <caption>What it does to tokens</caption>
 *   <tr><th>written</th><th>matched as</th></tr>
 *   <tr><td>{@code @AmazonHelp}, {@code @115821}</td><td>nothing (dropped)</td></tr>
 *   <tr><td>{@code https://t.co/x1}, {@code www.x.com}</td><td>nothing (dropped)</td></tr>
 *   <tr><td>{@code &amp;}, {@code &lt;}</td><td>{@code &}, {@code <} (one token over the entity)</td></tr>
 *   <tr><td>{@code u}, {@code pls}, {@code agn}</td><td>{@code you}, {@code please}, {@code again} (abbreviations from {@code social-media.tsv})</td></tr>
 *   <tr><td>{@code 40+ minutes}</td><td>{@code 40 minutes}</td></tr>
 *   <tr><td>{@code #neveragain}, {@code #SortIt}</td><td>{@code never again}, {@code sort it} (see {@link HashtagSplitter})</td></tr>
 * </table>
 * Stretched letters ("NOOOOWWW") are left to {@link TermIndex}, which un-stretches on lookup.
 */
final class SocialText {

    static final String FORMAT = "empathy-social";

    /** A sentence's tokens for matching, and the spans {@code [start, end)} of its hashtags. */
    record Normalised(List<Token> tokens, List<int[]> hashtags) {
    }

    /**
     * e.g. pls -> [please], rn -> [right, now]: each expansion word as a token whose key and stretch flag the read
     * tokens copy, so that reading makes them with Token's six-argument constructor (speed, issue 16).
     */
    private final Map<String, Token[]> abbreviations;
    private final HashtagSplitter hashtags;

    private SocialText(Map<String, Token[]> abbreviations, HashtagSplitter hashtags) {
        this.abbreviations = abbreviations;
        this.hashtags = hashtags;
    }

    /** Loads {@code abbrev<TAB>short<TAB>expansion} lines; {@code example} lines are for tests and skipped here. */
    static SocialText load(DataLines lines, HashtagSplitter hashtags) {
        Map<String, Token[]> abbreviations = new HashMap<>();
        for (DataLines.Line line : lines.records()) {
            String[] fields = line.fields();
            String kind = fields[0].strip();
            if (kind.equals("example")) {
                if (fields.length != 3) {
                    throw new InvalidDataException(lines.source(), line.number(), "expected 'example<TAB>written<TAB>read as', found " + fields.length + " fields");
                }
                continue;
            }
            if (!kind.equals("abbrev") || fields.length != 3) {
                throw new InvalidDataException(lines.source(), line.number(), "expected 'abbrev<TAB>short<TAB>expansion'");
            }
            String written = fields[1].strip().toLowerCase(Locale.ROOT);
            String[] expansion = Splits.onSpaces(fields[2].strip().toLowerCase(Locale.ROOT));
            if (written.isEmpty() || written.contains(" ") || expansion[0].isEmpty()) {
                throw new InvalidDataException(lines.source(), line.number(), "an abbreviation is one word with a non-empty expansion");
            }
            if (abbreviations.put(written, expansionTokens(expansion)) != null) {
                throw new InvalidDataException(lines.source(), line.number(), "duplicate abbreviation '" + written + "'");
            }
        }
        return new SocialText(abbreviations, hashtags); // a HashMap, never changed after this (speed, issue 16)
    }

    /** The expansion's words as word tokens without a span, their stretch flags read from their keys. */
    private static Token[] expansionTokens(String[] expansion) {
        Token[] tokens = new Token[expansion.length];
        for (int k = 0; k < expansion.length; k++) {
            tokens[k] = new Token(0, 0, expansion[k], Token.Kind.WORD, false);
        }
        return tokens;
    }

    /** The words the abbreviations expand to (part of the vocabulary hashtags split into). */
    static List<String> expansionWords(DataLines lines) {
        List<String> words = new ArrayList<>();
        for (DataLines.Line line : lines.records()) {
            String[] fields = line.fields();
            if (fields.length == 3 && fields[0].strip().equals("abbrev")) {
                for (String word : Splits.onSpaces(fields[2].strip().toLowerCase(Locale.ROOT))) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    Normalised normalise(String text, int sentenceStart, int sentenceEnd, List<Token> tokens) {
        return normalise(text, SentenceCues.chars(text, sentenceStart, sentenceEnd), sentenceStart, sentenceEnd, tokens);
    }

    /** {@link #normalise(String, int, int, List)} given {@code chars}, the sentence's chars {@code text[sentenceStart, sentenceEnd)}. */
    Normalised normalise(String text, char[] chars, int sentenceStart, int sentenceEnd, List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        List<int[]> tags = new ArrayList<>(0);
        int skipUntil = -1; // end of the mention, URL, entity or hashtag being skipped
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.start() < skipUntil) {
                continue;
            }
            if (mayBeSocial(text, chars, token.start(), sentenceStart)) {
                int end = social(text, chars, sentenceStart, sentenceEnd, tokens, i, out, tags);
                if (end >= 0) {
                    skipUntil = end;
                    continue;
                }
            }
            addWord(token, out);
        }
        return new Normalised(out, tags);
    }

    /**
     * True if the token at {@code start} may be a mention, URL, entity, hashtag or the "+" of "40+": it starts with
     * '@', '&amp;', '#' or '+', or with the "http://", "https://" or "www." of a URL. Most tokens are not, words that
     * start with 'h' or 'w' included: they go straight to {@link #addWord}, and the rarer paths stay out of the loop,
     * in {@link #social}, so that the JIT compiles the common path first and small (issue 16).
     */
    private static boolean mayBeSocial(String text, char[] chars, int start, int sentenceStart) {
        char first = chars[start - sentenceStart];
        return first == '@' || first == '&' || first == '#' || first == '+'
                || (first == 'h' || first == 'w') && startsUrl(text, chars, start, sentenceStart);
    }

    /** True if {@code text} has "http://", "https://" or "www." at {@code start}, read from the sentence's chars. */
    private static boolean startsUrl(String text, char[] chars, int start, int sentenceStart) {
        return startsWith(text, chars, start, sentenceStart, "http://") || startsWith(text, chars, start, sentenceStart, "https://")
                || startsWith(text, chars, start, sentenceStart, "www.");
    }

    /**
     * {@code text.startsWith(prefix, start)}, read from the sentence's chars; the text is read only if the sentence
     * ends inside a matching prefix (a very long line cut inside a word).
     */
    private static boolean startsWith(String text, char[] chars, int start, int sentenceStart, String prefix) {
        int at = start - sentenceStart;
        int length = Math.min(prefix.length(), chars.length - at);
        for (int k = 0; k < length; k++) {
            if (chars[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return length == prefix.length() || text.startsWith(prefix, start);
    }

    /** The token read as matched: an abbreviation's expansion ("pls" as "please"), or itself. */
    private void addWord(Token token, List<Token> out) {
        Token[] expansion = token.isWord() ? abbreviations.get(token.key()) : null;
        if (expansion == null) {
            out.add(token);
            return;
        }
        for (Token word : expansion) {
            out.add(new Token(token.start(), token.end(), word.key(), Token.Kind.WORD, token.allCaps(), word.stretched()));
        }
    }

    /**
     * Reads the mention, URL, entity, hashtag or "40+" starting at {@code tokens[i]}: adds what it is matched as
     * to {@code out} (nothing for a mention or URL) and returns the offset up to which tokens are skipped; -1 if
     * {@code tokens[i]} starts none of them. The hashtag and "+" paths are their own methods, which the JIT
     * inlines only where they are used (speed, issue 16).
     */
    private int social(String text, char[] chars, int sentenceStart, int sentenceEnd, List<Token> tokens, int i,
                       List<Token> out, List<int[]> tags) {
        Token token = tokens.get(i);
        int start = token.start();
        char first = chars[start - sentenceStart];
        if (first == '@') {
            return start + 1 < sentenceEnd && Chars.isHandleChar(chars[start + 1 - sentenceStart])
                    ? sentenceStart + handleEnd(chars, start + 1 - sentenceStart) : -1;
        }
        if (first == '&') {
            return entity(text, start, out);
        }
        if (first == '#') {
            return hashtag(text, tokens, i, out, tags);
        }
        if (first == '+') {
            return plus(chars, sentenceStart, tokens, i);
        }
        return urlEnd(chars, start, sentenceStart); // mayBeSocial found a URL's start
    }

    /** The hashtag "#" {@code tokens[i]} with the word right after it: adds the word's pieces and returns its end; else -1. */
    private int hashtag(String text, List<Token> tokens, int i, List<Token> out, List<int[]> tags) {
        Token token = tokens.get(i);
        if (token.end() - token.start() != 1 || i + 1 == tokens.size()) {
            return -1;
        }
        Token word = tokens.get(i + 1);
        if (word.start() != token.end() || !word.isWord()) {
            return -1;
        }
        hashtags.addPieces(text, word.start(), word.end(), out);
        tags.add(new int[] {token.start(), word.end()});
        return word.end(); // the word after '#' is read
    }

    /** The "+" of "40+ minutes", which reads "40 minutes": returns its end; -1 if {@code tokens[i]} is no such "+". */
    private static int plus(char[] chars, int sentenceStart, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        int start = token.start();
        return token.end() - start == 1 && i > 0 && tokens.get(i - 1).end() == start
                && Character.isDigit(chars[start - 1 - sentenceStart]) ? token.end() : -1;
    }

    /** "&amp;" read as one token "&": adds it and returns the entity's end; -1 if no known entity starts at {@code start}. */
    private static int entity(String text, int start, List<Token> out) {
        int entityEnd = text.indexOf(';', start);
        String decoded = entityEnd > start && entityEnd - start <= 8 ? decode(text.substring(start + 1, entityEnd)) : null;
        if (decoded == null) {
            return -1;
        }
        out.add(new Token(start, entityEnd + 1, decoded, Token.Kind.OTHER, false, false)); // no letters, so not stretched
        return entityEnd + 1;
    }

    /**
     * The end of the handle starting at {@code chars[from]}. This and {@link #urlEnd} read the sentence's chars as an
     * array, not {@code text.charAt}: the JIT's hoisted checks of a {@code charAt} loop fail when Latin-1 and UTF-16
     * texts alternate (emoji, curly quotes), and each failure compiled the whole of {@link #normalise} again (issue 16).
     */
    private static int handleEnd(char[] chars, int from) {
        int end = from;
        while (end < chars.length && Chars.isHandleChar(chars[end])) {
            end++;
        }
        return end;
    }

    /**
     * The end of the URL starting at {@code start}, where the text has "http://", "https://" or "www." ({@link #startsUrl});
     * -1 if it is inside a word. A URL runs to the next white space.
     */
    private static int urlEnd(char[] chars, int start, int sentenceStart) {
        if (start > sentenceStart && Chars.isLetterOrDigit(chars[start - 1 - sentenceStart])) {
            return -1;
        }
        int end = start - sentenceStart;
        while (end < chars.length && !Character.isWhitespace(chars[end])) {
            end++;
        }
        return sentenceStart + end;
    }

    private static String decode(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos", "#39" -> "'";
            case "nbsp" -> " ";
            default -> null;
        };
    }
}
