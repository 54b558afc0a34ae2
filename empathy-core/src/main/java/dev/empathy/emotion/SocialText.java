package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import dev.empathy.internal.Splits;
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

    private final Map<String, String[]> abbreviations; // e.g. pls -> [please], rn -> [right, now]
    private final HashtagSplitter hashtags;

    private SocialText(Map<String, String[]> abbreviations, HashtagSplitter hashtags) {
        this.abbreviations = abbreviations;
        this.hashtags = hashtags;
    }

    /** Loads {@code abbrev<TAB>short<TAB>expansion} lines; {@code example} lines are for tests and skipped here. */
    static SocialText load(DataLines lines, HashtagSplitter hashtags) {
        Map<String, String[]> abbreviations = new HashMap<>();
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
            if (abbreviations.put(written, expansion) != null) {
                throw new InvalidDataException(lines.source(), line.number(), "duplicate abbreviation '" + written + "'");
            }
        }
        return new SocialText(abbreviations, hashtags); // a HashMap, never changed after this (speed, issue 16)
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
        List<Token> out = new ArrayList<>(tokens.size());
        List<int[]> tags = new ArrayList<>(0);
        int skipUntil = -1; // end of the mention, URL or entity being skipped
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.start() < skipUntil) {
                continue;
            }
            int start = token.start();
            char first = text.charAt(start);
            if (first == '@' && start + 1 < sentenceEnd && isHandleChar(text.charAt(start + 1))) {
                skipUntil = handleEnd(text, start + 1, sentenceEnd);
                continue;
            }
            int url = urlEnd(text, start, sentenceStart, sentenceEnd);
            if (url > 0) {
                skipUntil = url;
                continue;
            }
            if (first == '&') {
                int entityEnd = text.indexOf(';', start);
                String decoded = entityEnd > start && entityEnd - start <= 8 ? decode(text.substring(start + 1, entityEnd)) : null;
                if (decoded != null) {
                    out.add(new Token(start, entityEnd + 1, decoded, Token.Kind.OTHER, false));
                    skipUntil = entityEnd + 1;
                    continue;
                }
            }
            if (first == '#' && token.end() - start == 1 && i + 1 < tokens.size()
                    && tokens.get(i + 1).start() == token.end() && tokens.get(i + 1).isWord()) {
                Token word = tokens.get(i + 1);
                int end = word.end();
                List<int[]> pieces = hashtags.split(text, word.start(), end);
                for (int[] piece : pieces) {
                    String key = text.substring(piece[0], piece[1]).toLowerCase(Locale.ROOT);
                    out.add(new Token(piece[0], piece[1], key, Token.Kind.WORD, false));
                }
                tags.add(new int[] {start, end});
                i++;
                continue;
            }
            if (first == '+' && token.end() - start == 1 && i > 0 && tokens.get(i - 1).end() == start
                    && Character.isDigit(text.charAt(start - 1))) {
                continue; // "40+ minutes" reads "40 minutes"
            }
            String[] expansion = token.isWord() ? abbreviations.get(token.key()) : null;
            if (expansion != null) {
                for (String key : expansion) {
                    out.add(new Token(token.start(), token.end(), key, Token.Kind.WORD, token.allCaps()));
                }
                continue;
            }
            out.add(token);
        }
        return new Normalised(out, tags);
    }

    private static boolean isHandleChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static int handleEnd(String text, int from, int limit) {
        int end = from;
        while (end < limit && isHandleChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The end of a URL starting at {@code start} ("https://...", "www."), or -1. A URL runs to the next white space. */
    private static int urlEnd(String text, int start, int sentenceStart, int sentenceEnd) {
        char first = text.charAt(start);
        if (first != 'h' && first != 'w') {
            return -1; // neither "http" nor "www": most tokens (speed, issue 16)
        }
        if (start > sentenceStart && Character.isLetterOrDigit(text.charAt(start - 1))) {
            return -1;
        }
        if (!(text.startsWith("http://", start) || text.startsWith("https://", start) || text.startsWith("www.", start))) {
            return -1;
        }
        int end = start;
        while (end < sentenceEnd && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
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
