package dev.empathy.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aBuilderAndAListGiveTheSameImmutableConversation() {
        Conversation built = Conversation.builder().customer("Where is my order?", NINE).agent("Let me check.").build();
        List<Turn> turns = new ArrayList<>(List.of(new Turn(Role.CUSTOMER, "Where is my order?", NINE), Turn.agent("Let me check.")));
        Conversation listed = Conversation.of(turns);
        turns.clear();

        assertThat(listed).isEqualTo(built);
        assertThat(listed.turns()).hasSize(2);
        assertThatThrownBy(() -> listed.turns().add(Turn.agent("x"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(listed.toString()).isEqualTo("Conversation[2 turns]").doesNotContain("order");
    }

    @Test
    void anEmptyThreadIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> Conversation.builder().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a conversation needs at least one turn");
        assertThatThrownBy(() -> Conversation.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a conversation needs at least one turn");
    }

    @Test
    void outOfOrderTimesAreRefusedNamingBothTurnsButNoText() {
        assertThatThrownBy(() -> Conversation.builder()
                .customer("secret text one", Instant.parse("2017-10-10T15:09:00Z"))
                .agent("no time here")
                .agent("secret text two", Instant.parse("2017-10-10T10:13:19Z"))
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("turn 2 is timed 2017-10-10T10:13:19Z, before turn 0 at 2017-10-10T15:09:00Z: turns must be in time order");
    }

    @Test
    void equalTimesAndTurnsWithoutTimesAreAllowed() {
        Conversation conversation = Conversation.builder().customer("a", NINE).customer("b", NINE).agent("c").customer("d").build();
        assertThat(conversation.size()).isEqualTo(4);
    }

    @Test
    void aThreadMayStartWithAnAgentTurn() {
        assertThat(Conversation.of(Turn.agent("Your order has shipped."), Turn.customer("Thanks!")).size()).isEqualTo(2);
    }

    @Test
    void unknownRolesAreRefusedListingTheValidOnes() {
        assertThat(Role.fromId(" Customer ")).isEqualTo(Role.CUSTOMER);
        assertThatThrownBy(() -> Role.fromId("bot"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown role 'bot', expected one of customer, agent");
    }

    @Test
    void nullsAreRefusedByName() {
        assertThatThrownBy(() -> Turn.customer(null)).hasMessage("text must not be null");
        assertThatThrownBy(() -> Conversation.builder().add(null)).hasMessage("turn must not be null");
        assertThatThrownBy(() -> Conversation.of(java.util.Arrays.asList(Turn.agent("a"), null))).hasMessage("turns must not contain null");
    }
}
