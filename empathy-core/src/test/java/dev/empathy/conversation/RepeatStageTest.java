package dev.empathy.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.emotion.EmotionReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Repeated-question detection works in linear time: operations grow with the thread, not with its square. */
class RepeatStageTest {

    private static List<TurnReading> customerTurns(List<String> texts) {
        List<TurnReading> turns = new ArrayList<>();
        for (String text : texts) {
            turns.add(new TurnReading(turns.size(), Turn.customer(text), Optional.of(EmotionReading.neutral()), Optional.empty(),
                    OptionalInt.empty()));
        }
        return turns;
    }

    private static long operations(List<String> texts) {
        return RepeatStage.find(customerTurns(texts), ConversationReader.MIN_REPEAT_WORDS, ConversationReader.REPEAT_SIMILARITY).operations();
    }

    private static List<String> identical(int n) {
        return java.util.Collections.nCopies(n, "my order still has not arrived where is my parcel");
    }

    private static List<String> overlapping(int n) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add("order parcel delivery refund w" + (i % 7) + " x" + (i % 11) + " y" + i);
        }
        return texts;
    }

    @Test
    void identicalTurnsCostTheSamePerTurnHoweverManyCameBefore() {
        long small = operations(identical(2_500));
        long large = operations(identical(10_000));
        assertThat((double) large / small).isBetween(3.9, 4.1);
    }

    @Test
    void turnsSharingCommonWordsCostTheSamePerTurnHoweverManyCameBefore() {
        long small = operations(overlapping(2_500));
        long large = operations(overlapping(10_000));
        assertThat((double) large / small).isBetween(3.9, 4.1);
    }

    @Test
    void everyIdenticalTurnRepeatsTheOneBeforeIt() {
        List<RepeatedContact> found = RepeatStage.find(customerTurns(identical(100)), 3, 0.5).contacts();
        assertThat(found).hasSize(99);
        assertThat(found.get(98).earlierTurn()).isEqualTo(OptionalInt.of(98));
        assertThat(found.get(98).similarity()).isEqualTo(1.0);
    }

    @Test
    void jaccardIsSharedOverAll() {
        assertThat(RepeatStage.jaccard(java.util.Set.of("a", "b", "c"), java.util.Set.of("b", "c", "d"))).isEqualTo(0.5);
    }

    @Test
    void contentWordsSkipFunctionWordsMentionsAndLinksAndFoldPluralsAndApostrophes() {
        assertThat(ContentWords.of("@AppleSupport My orders won’t load, it doesn’t https://t.co/x1 again!! Order #4411"))
                .containsExactlyInAnyOrder("order", "load", "doesnt", "4411");
    }
}
