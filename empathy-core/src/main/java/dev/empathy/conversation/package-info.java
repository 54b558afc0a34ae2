/**
 * Reading a whole support thread of customer and agent turns.
 *
 * <p>Build a {@link dev.empathy.conversation.Conversation} of {@link dev.empathy.conversation.Turn}s and read it
 * with a {@link dev.empathy.conversation.ConversationReader}: one call gives each customer turn's emotion
 * reading, each agent turn's draft check against the customer turn it answers, and, for the thread, the
 * customer's {@link dev.empathy.conversation.Trajectory}, repeated contact, waits and whether the customer still
 * needs an answer ({@link dev.empathy.conversation.ConversationReading}).
 *
 * <pre>{@code
 * Conversation thread = Conversation.builder()
 *         .customer("My parcel hasn't arrived.", Instant.parse("2026-03-02T09:00:00Z"))
 *         .agent("Sorry about that, could you send me the order number?", Instant.parse("2026-03-02T09:40:00Z"))
 *         .customer("I already sent it twice! My parcel still hasn't arrived.", Instant.parse("2026-03-02T13:00:00Z"))
 *         .build();
 * ConversationReading reading = ConversationReader.english().read(thread);
 * reading.trajectory().trajectory();   // ESCALATING
 * reading.repeatedContacts();          // turn 2 asks again what turn 0 asked, and says so ("twice")
 * reading.needsAnswer();               // true
 * }</pre>
 *
 * <p>Turn indexes are 0-based positions in {@link dev.empathy.conversation.Conversation#turns()}. Every type is
 * immutable and thread-safe apart from builders.
 */
package dev.empathy.conversation;
