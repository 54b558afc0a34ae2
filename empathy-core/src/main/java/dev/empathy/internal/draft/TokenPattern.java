package dev.empathy.internal.draft;

import java.util.List;
import java.util.Set;

/**
 * One compiled pattern: a sequence of elements, each optional or not, possibly anchored at the first word
 * of a sentence, with context elements before and after the reported span. Immutable.
 */
public final class TokenPattern {

    record Element(TokenClass tokenClass, boolean optional) {
    }

    final Element[] elements;
    final boolean anchored;
    final int contextBefore;
    final int contextAfter;
    final Set<String> unlessAfter;

    TokenPattern(List<Element> elements, boolean anchored, int contextBefore, int contextAfter, Set<String> unlessAfter) {
        this.unlessAfter = Set.copyOf(unlessAfter);
        this.elements = elements.toArray(new Element[0]);
        this.anchored = anchored;
        this.contextBefore = contextBefore;
        this.contextAfter = contextAfter;
    }

    /** Elements after expanding gaps and contractions. */
    public int length() {
        return elements.length;
    }

    /** Tokens before the reported span that are matched as context only. */
    public int contextBefore() {
        return contextBefore;
    }

    /** Words that cancel a match when they follow it later in the same sentence ("but", "instead"); often empty. */
    public Set<String> unlessAfter() {
        return unlessAfter;
    }

    /** Tokens after the reported span that are matched as context only. */
    public int contextAfter() {
        return contextAfter;
    }
}
