package dev.empathy.internal.text;

import java.util.List;

/**
 * One sentence of a text with its tokens. Offsets are half-open UTF-16 indexes into the original text.
 *
 * @param start  first char index, inclusive
 * @param end    last char index, exclusive
 * @param tokens the tokens, in text order
 */
public record Sentence(int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
