package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link FixedList} behaves as {@code List.copyOf}'s lists do: an immutable copy, equal to any list of the same elements. */
class FixedListTest {

    @Test
    void aFixedListIsAnImmutableCopyEqualToTheListItCopied() {
        for (int size = 0; size <= 4; size++) {
            List<String> source = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                source.add(String.valueOf(i));
            }
            List<String> fixed = FixedList.of(source);
            assertThat(fixed).isEqualTo(source).isEqualTo(List.copyOf(source)).hasSameHashCodeAs(List.copyOf(source));
            assertThat(fixed.getClass()).isEqualTo(FixedList.class); // one class for every length
            source.add("later");
            assertThat(fixed).hasSize(size);
            assertThatThrownBy(() -> fixed.add("x")).isInstanceOf(UnsupportedOperationException.class);
            int end = size;
            assertThatThrownBy(() -> fixed.get(end)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThat(FixedList.of(fixed)).isSameAs(fixed);
        }
    }

    @Test
    void toArrayIsAFreshCopyThatChangingLeavesTheListAlone() {
        List<String> fixed = FixedList.of(List.of("a", "b", "c"));
        Object[] copy = fixed.toArray();
        assertThat(copy).containsExactly("a", "b", "c").isNotSameAs(fixed.toArray());
        copy[0] = "changed";
        assertThat(fixed).containsExactly("a", "b", "c");
        assertThat(new ArrayList<>(fixed)).containsExactly("a", "b", "c");
        assertThat(fixed.toArray(new String[0])).containsExactly("a", "b", "c");
        assertThat(FixedList.of(List.of()).toArray()).isEmpty();
    }

    @Test
    void aNullIsRejectedAsListCopyOfRejectsIt() {
        assertThatThrownBy(() -> FixedList.of(Arrays.asList("a", null))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FixedList.of(null)).isInstanceOf(NullPointerException.class);
    }
}
