package dev.empathy.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTableTest {

    @Test
    void eachKeyHasItsIndexAsIdAndOtherStringsAreAbsent() {
        KeyTable table = new KeyTable(List.of(".", "?", "refund", "refunds", "Aa", "BB")); // "Aa" and "BB" share a hash
        assertThat(table.id(".")).isEqualTo(0);
        assertThat(table.id("?")).isEqualTo(1);
        assertThat(table.id("refund")).isEqualTo(2);
        assertThat(table.id(new String("refunds".toCharArray()))).isEqualTo(3);
        assertThat(table.id("Aa")).isEqualTo(4);
        assertThat(table.id("BB")).isEqualTo(5);
        assertThat(table.id("refun")).isEqualTo(KeyTable.ABSENT);
        assertThat(table.id("")).isEqualTo(KeyTable.ABSENT);
        assertThat(table.id("Refund")).isEqualTo(KeyTable.ABSENT);
    }

    @Test
    void aLargeTableFindsEveryKey() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            keys.add("w" + i);
        }
        KeyTable table = new KeyTable(keys);
        for (int i = 0; i < keys.size(); i++) {
            assertThat(table.id(keys.get(i))).isEqualTo(i);
        }
        assertThat(table.id("w5000")).isEqualTo(KeyTable.ABSENT);
    }

    @Test
    void aKeyListedTwiceIsRejected() {
        assertThatThrownBy(() -> new KeyTable(List.of("a", "b", "a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("key listed twice: a");
    }
}
