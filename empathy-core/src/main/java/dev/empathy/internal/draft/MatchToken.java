package dev.empathy.internal.draft;

/**
 * One token as the matcher sees it: a normalised key and the original char span it came from. A
 * contraction yields several match tokens over the same span ("don't" gives "do" and "not").
 *
 * @param key    normalised key, lower case, apostrophes folded: {@code "not"}
 * @param start  first char of the original token, inclusive
 * @param end    last char of the original token, exclusive
 * @param word   true for a word token
 * @param shout  true for an all-caps word of at least two letters that is not a known acronym ("NEVER", not "FAQ")
 * @param bangs  true for punctuation holding two or more exclamation marks ("!!", "?!!")
 */
public record MatchToken(String key, int start, int end, boolean word, boolean shout, boolean bangs) {
}
