package dev.empathy.emotion;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list over an array, of one class whatever its length, for the engine's per-message lists (a message's
 * sentences, a sentence's cues and signals). Speed, issue 16: {@code List.copyOf} makes a list of one or two elements
 * a {@code List12} and a longer or empty one a {@code ListN}; the JIT checks the list's class in each stage's loop
 * over it, hoisted out of the loop, and that check failed whenever a message of the other kind came (four uncommon
 * traps, then the stage compiled again), and every loop compiled both classes' code. Equal to any list of the same
 * elements, as lists are; nulls rejected, as {@code List.copyOf} does. Thread-safe.
 *
 * @param <E> the element type
 */
final class FixedList<E> extends AbstractList<E> implements RandomAccess {

    private static final FixedList<?> EMPTY = new FixedList<>(new Object[0]); // immutable, so one serves every caller

    private final Object[] elements;

    private FixedList(Object[] elements) {
        this.elements = elements;
    }

    /**
     * {@code collection} itself if it is a {@code FixedList}, else an immutable copy, in iteration order (one shared
     * instance for every empty one, as {@code List.copyOf} has).
     *
     * @throws NullPointerException if {@code collection} is or holds null
     */
    @SuppressWarnings("unchecked")
    static <E> List<E> of(Collection<? extends E> collection) {
        if (collection instanceof FixedList) {
            return (List<E>) collection;
        }
        Object[] elements = collection.toArray();
        if (elements.length == 0) {
            return (List<E>) EMPTY;
        }
        for (int i = 0; i < elements.length; i++) {
            Objects.requireNonNull(elements[i], "element");
        }
        return new FixedList<>(elements);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }

    /**
     * A copy of the elements: {@code new ArrayList<>(list)} (how a stage starts to change a sentence's cues) calls
     * this. {@code AbstractCollection}'s version walks an iterator, and the JIT compiled that walk, for every list
     * class whose copy it had seen, into each stage that copies (speed, issue 16).
     */
    @Override
    public Object[] toArray() {
        return elements.clone();
    }
}
