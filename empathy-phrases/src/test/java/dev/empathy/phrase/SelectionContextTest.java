package dev.empathy.phrase;

import dev.empathy.situation.Situation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectionContextTest {

    @Test
    void defaultsAreDocumented() {
        SelectionContext context = SelectionContext.defaults();
        assertThat(context.channel()).isEmpty();
        assertThat(context.formality()).isEmpty();
        assertThat(context.situation()).isEqualTo(Situation.GENERAL);
        assertThat(context.slots()).isEmpty();
        assertThat(context.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(context.count()).isEqualTo(3);
        assertThat(context.usedIds()).isEmpty();
        assertThat(context.seed()).isZero();
        assertThat(context.intents()).hasSize(Intent.values().length);
    }

    @Test
    void withoutASeedTheMessageGivesOneTheSameWordsTheSameSeed() {
        long seed = SelectionContext.builder().message("My parcel hasn't arrived").build().seed();
        assertThat(SelectionContext.builder().message("  my PARCEL hasn't   arrived!").build().seed()).isEqualTo(seed);
        assertThat(SelectionContext.builder().message("My parcel has arrived").build().seed()).isNotEqualTo(seed);
        assertThat(SelectionContext.builder().message("My parcel hasn't arrived").seed(42).build().seed()).isEqualTo(42);
        assertThat(SelectionContext.builder().message("My parcel hasn't arrived").build().hasSeed()).isTrue();
        assertThat(SelectionContext.defaults().hasSeed()).isFalse();
    }

    @Test
    void theMessageFillsProductAndDurationOnlyWhereNoValueWasGiven() {
        SelectionContext context = SelectionContext.builder().message("Waiting for three weeks for my parcel").build();
        assertThat(context.slots()).containsEntry(Slot.PRODUCT, "your parcel").containsEntry(Slot.DURATION, "three weeks");
        assertThat(context.slotsFromMessage()).extracting(MessageSlots.Evidence::text).containsExactly("my parcel", "for three weeks");
        SelectionContext given = SelectionContext.builder().slot(Slot.PRODUCT, "your X200 speaker")
                .message("Waiting for three weeks for my parcel").build();
        assertThat(given.slots()).containsEntry(Slot.PRODUCT, "your X200 speaker");
        assertThat(given.slotsFromMessage()).extracting(MessageSlots.Evidence::slot).containsExactly(Slot.DURATION);
    }

    @Test
    void slotValuesAreCleanedAndBlankValuesDropped() {
        SelectionContext context = SelectionContext.builder().name("  Sam\n Lee ").slot(Slot.PRODUCT, "   ")
                .slot(Slot.ISSUE, "the\tdouble charge").build();
        assertThat(context.slots()).isEqualTo(Map.of(Slot.NAME, "Sam Lee", Slot.ISSUE, "the double charge"));
    }

    @Test
    void overlongSlotValuesAreCut() {
        SelectionContext context = SelectionContext.builder().name("x".repeat(500)).build();
        assertThat(context.slots().get(Slot.NAME)).hasSize(SelectionContext.MAX_SLOT_LENGTH);
    }

    @Test
    void countMustBeBetweenOneAndTwenty() {
        assertThatThrownBy(() -> SelectionContext.builder().count(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("count must be between 1 and 20, got 0");
        assertThatThrownBy(() -> SelectionContext.builder().count(21)).hasMessage("count must be between 1 and 20, got 21");
    }

    @Test
    void usedIdsAccumulate() {
        SelectionContext context = SelectionContext.builder().used("ack-001").used(java.util.List.of("val-002")).build();
        assertThat(context.usedIds()).containsExactly("ack-001", "val-002");
    }

    @Test
    void nullArgumentsAreRejectedByName() {
        assertThatThrownBy(() -> SelectionContext.builder().situation(null)).hasMessage("situation must not be null");
        assertThatThrownBy(() -> SelectionContext.builder().locale(null)).hasMessage("locale must not be null");
        assertThatThrownBy(() -> SelectionContext.builder().slot(null, "x")).hasMessage("slot must not be null");
    }
}
