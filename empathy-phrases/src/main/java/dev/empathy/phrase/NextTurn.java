package dev.empathy.phrase;

import java.util.List;
import java.util.Objects;

/**
 * Suggested statements for the next agent turn of a thread. Immutable and thread-safe.
 *
 * @param opening     the suggested opening: an acknowledgement of repeated contact or of a long wait first when
 *                    the thread shows one, then the selector's opening for the last customer turn; never a
 *                    statement an agent already said in the thread. Empty text when nothing fits
 * @param alreadyUsed the ids of catalog statements an agent said in the thread (or close to it) plus the
 *                    context's used ids, in the order found; none of them is suggested
 * @param reasons     why, in plain words: which statements were said in which turn, what the thread shows and
 *                    which statement acknowledges it
 */
public record NextTurn(Opening opening, List<String> alreadyUsed, List<String> reasons) {

    /**
     * Creates the record, checking its components.
     *
     * @param opening the suggested opening: an acknowledgement of repeated contact or of a long wait first when the thread shows one, then the selector's opening for the last customer turn; never a statement an agent already said in the thread. Empty text when nothing fits
     * @param alreadyUsed the ids of catalog statements an agent said in the thread (or close to it) plus the context's used ids, in the order found; none of them is suggested
     * @param reasons why, in plain words: which statements were said in which turn, what the thread shows and which statement acknowledges it
     */
    public NextTurn {
        Objects.requireNonNull(opening, "opening must not be null");
        alreadyUsed = List.copyOf(alreadyUsed);
        reasons = List.copyOf(reasons);
    }
}
