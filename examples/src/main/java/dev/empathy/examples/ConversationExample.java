package dev.empathy.examples;

import dev.empathy.conversation.Conversation;
import dev.empathy.conversation.ConversationReader;
import dev.empathy.conversation.ConversationReading;
import dev.empathy.conversation.RepeatedContact;
import dev.empathy.phrase.Channel;
import dev.empathy.phrase.NextTurn;
import dev.empathy.phrase.NextTurnSuggestions;
import dev.empathy.phrase.SelectionContext;
import java.time.Instant;

/** The README's "Conversations" example, compiled and run by {@code ConversationExampleTest} so that it never goes stale. */
public final class ConversationExample {

    private ConversationExample() {
    }

    public static void main(String[] args) {
        // README conversations begins
        Conversation thread = Conversation.builder()
                .customer("Hi, my order 4411 hasn't arrived yet, can you check where it is?", Instant.parse("2026-03-02T09:00:00Z"))
                .agent("Please calm down, we are looking into it.", Instant.parse("2026-03-02T10:30:00Z"))
                .customer("Third time I'm asking: my order 4411 still hasn't arrived, can anyone check where it is?",
                        Instant.parse("2026-03-02T11:00:00Z"))
                .build();

        ConversationReader reader = ConversationReader.english();           // immutable, thread-safe: share it
        ConversationReading reading = reader.read(thread, Instant.parse("2026-03-02T13:00:00Z"));

        System.out.println(reading.trajectory().trajectory() + " " + reading.trajectory().turns());
        for (RepeatedContact repeat : reading.repeatedContacts()) {
            System.out.println("turn " + repeat.turn() + " " + repeat.kind() + " " + repeat.earlierTurn());
        }
        System.out.println("agent turn 1: " + reading.turns().get(1).check().orElseThrow().findings().get(0).ruleId());
        System.out.println("longest wait " + reading.waits().longest().orElseThrow().duration()
                + ", waiting now " + reading.waits().current().orElseThrow().duration()
                + ", needs an answer: " + reading.needsAnswer());

        NextTurn next = NextTurnSuggestions.english()                        // never repeats what an agent said
                .suggest(reading, SelectionContext.builder().channel(Channel.SOCIAL).build());
        System.out.println(next.opening().text());
        // README conversations ends
    }
}
