package dev.empathy.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Generates hostile and unusual text from a seed: customer-service words the engines react to, mixed with
 * the characters that break text code (lone surrogates, controls, bidirectional and zero-width marks,
 * emoji with joiners, CR-only line ends, runs of punctuation, very long words). Deterministic for a seed.
 */
final class HostileText {

    private static final List<String> WORDS = List.of(
            "I", "am", "so", "very", "extremely", "not", "never", "angry", "furious", "frustrated", "annoyed", "happy",
            "thanks", "thank you", "but", "however", "again", "third time", "for 3 weeks", "refund", "order", "late",
            "sorry", "calm down", "just", "policy", "unfortunately", "I'll call you by Friday", "we will", "today",
            "great", "love", "worried", "what", "why", "how do i", "don't", "dont", "can't", "SOOOO", "sooo", "ANGRY",
            "pleeease", "{any}", "\"quoted calm down\"", "> calm down", "Kind regards,", "Maria", "#123", "55123");
    private static final List<String> ODD = List.of(
            "\uD83D\uDE21", "\uD83E\uDD2C", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83D\uDC4D\uD83C\uDFFD",
            "\uD800", "\uDC00", "\uDBFF\uDBFF", "\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u202E", "\u2066",
            "\u2069", "\u200B", "\u200F", "\uFEFF", "\u2028", "\r", "\r\n", "\n", "\t", "!!!", "???", "?!?!", "...",
            ",,,", ":(", ":)", ":/", "https://x.co/a", "é", "ß", "İ", "ﬁ", "Это", "配達", "هذا", "\u0301", "'", "’");

    private final Random random;

    HostileText(long seed) {
        this.random = new Random(seed);
    }

    /** A text of about {@code length} chars (at least one piece). */
    String next(int length) {
        StringBuilder text = new StringBuilder(length + 32);
        while (text.length() < length) {
            int kind = random.nextInt(20);
            if (kind < 12) {
                text.append(WORDS.get(random.nextInt(WORDS.size())));
            } else if (kind < 17) {
                text.append(ODD.get(random.nextInt(ODD.size())));
            } else if (kind < 18) {
                text.append((char) random.nextInt(0x10000)); // any UTF-16 unit, surrogates included
            } else if (kind < 19) {
                text.append("a".repeat(1 + random.nextInt(40)));
            } else {
                text.append(". ");
            }
            text.append(random.nextInt(4) == 0 ? "" : " ");
        }
        return text.toString();
    }

    Random random() {
        return random;
    }
}
