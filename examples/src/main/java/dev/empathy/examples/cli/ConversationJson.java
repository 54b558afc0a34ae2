package dev.empathy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.conversation.Conversation;
import dev.empathy.conversation.ConversationReading;
import dev.empathy.conversation.CustomerTrajectory;
import dev.empathy.conversation.RepeatedContact;
import dev.empathy.conversation.Role;
import dev.empathy.conversation.Turn;
import dev.empathy.conversation.TurnReading;
import dev.empathy.conversation.Wait;
import dev.empathy.emotion.Signal;
import dev.empathy.phrase.NextTurn;
import dev.empathy.phrase.Suggestion;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON shapes of a thread and of its reading, shared by {@code empathy conversation} and any server that
 * exposes the same API ({@code POST /v1/conversation}). Stateless and thread-safe.
 *
 * <p>A thread ({@link #conversation(JsonNode)}):
 * <pre>
 * {"id": "t-17", "turns": [{"role": "customer", "text": "Where is my parcel?", "time": "2026-03-02T09:00:00Z"},
 *                          {"role": "agent", "text": "Let me check."}]}
 * </pre>
 * {@code role} is {@code customer} or {@code agent}; {@code time} is optional, ISO-8601 with an offset
 * ({@code 2026-03-02T09:00:00Z}, {@code 2026-03-02T10:00:00+01:00}); other fields are ignored.
 *
 * <p>A reading ({@link #reading(JsonNode, ConversationReading, NextTurn)}); turn indexes are 0-based:
 * <pre>
 * {"id": "t-17",
 *  "turns": [{"index": 0, "role": "customer", "time": "...", "text": "...", "reading": {classify's shape, no id}},
 *            {"index": 1, "role": "agent", "text": "...", "answers": 0, "check": {check's shape, no id}}],
 *  "trajectory": {"trajectory": "escalating", "turns": [0, 2], "from": 0.23, "to": 0.79},
 *  "repeatedContact": [{"turn": 2, "kind": "asks-again", "earlierTurn": 0, "similarity": 0.6},
 *                      {"turn": 2, "kind": "says-so", "signals": [{"type": "repeated-contact", "start": 19, "end": 29, "text": "third time"}]}],
 *  "waits": {"answered": [{"from": 0, "answeredBy": 1, "seconds": 2400}], "longest": {...} | null,
 *            "current": {"from": 2, "seconds": 600} | null, "long": false},
 *  "answer": "awaiting-answer", "needsAnswer": true, "unansweredTurns": [2], "asOf": "...",
 *  "next": {"opening": "...", "statements": [{"id", "text", "intent"}], "alreadyUsed": [...], "reasons": [...]}}
 * </pre>
 */
public final class ConversationJson {

    private ConversationJson() {
    }

    /**
     * The conversation in {@code thread}.
     *
     * @throws IllegalArgumentException naming the field and the problem, e.g.
     *         {@code turns[2].role: unknown role 'bot', expected one of customer, agent}; never quoting turn text
     */
    public static Conversation conversation(JsonNode thread) {
        if (thread == null || !thread.isObject()) {
            throw new IllegalArgumentException("expected a JSON object {\"id\": ..., \"turns\": [...]}");
        }
        JsonNode turns = thread.get("turns");
        if (turns == null || !turns.isArray()) {
            throw new IllegalArgumentException("field \"turns\" must be an array of {\"role\", \"text\", \"time\"?}");
        }
        List<Turn> list = new ArrayList<>(turns.size());
        for (int i = 0; i < turns.size(); i++) {
            JsonNode turn = turns.get(i);
            String where = "turns[" + i + "]";
            if (!turn.isObject()) {
                throw new IllegalArgumentException(where + ": expected an object {\"role\", \"text\", \"time\"?}");
            }
            String roleId = string(turn, "role", where);
            Role role;
            try {
                role = Role.fromId(roleId);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ".role: " + e.getMessage(), e);
            }
            String text = string(turn, "text", where);
            JsonNode time = turn.get("time");
            if (time == null || time.isNull()) {
                list.add(new Turn(role, text));
            } else if (time.isTextual()) {
                list.add(new Turn(role, text, instant(time.textValue(), where + ".time")));
            } else {
                throw new IllegalArgumentException(where + ".time: must be an ISO-8601 string such as 2017-10-10T15:16:08Z");
            }
        }
        return Conversation.of(list); // an empty list or times out of order: a message naming the turn
    }

    private static String string(JsonNode turn, String field, String where) {
        JsonNode value = turn.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(where + "." + field + ": must be a string");
        }
        return value.textValue();
    }

    static Instant instant(String value, String where) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": not an ISO-8601 time with an offset, such as 2017-10-10T15:16:08Z", e);
        }
    }

    /** The reading of a thread as JSON; {@code id} (when not null) is echoed, {@code next} may be null. */
    public static ObjectNode reading(JsonNode id, ConversationReading reading, NextTurn next) {
        ObjectNode node = JsonOutput.object();
        if (id != null) {
            node.set("id", id);
        }
        ArrayNode turns = node.putArray("turns");
        for (TurnReading turn : reading.turns()) {
            ObjectNode t = turns.addObject();
            t.put("index", turn.index());
            t.put("role", turn.role().id());
            turn.turn().time().ifPresent(time -> t.put("time", time.toString()));
            t.put("text", turn.turn().text());
            turn.emotion().ifPresent(emotion -> t.set("reading", JsonOutput.reading(null, turn.turn().text(), emotion)));
            turn.answers().ifPresent(answers -> t.put("answers", answers));
            turn.check().ifPresent(check -> {
                ObjectNode json = CheckCommand.json(null, check);
                t.set("check", json);
            });
        }
        CustomerTrajectory trajectory = reading.trajectory();
        ObjectNode tr = node.putObject("trajectory");
        tr.put("trajectory", trajectory.trajectory().id());
        ArrayNode trTurns = tr.putArray("turns");
        trajectory.turns().forEach(trTurns::add);
        tr.put("from", JsonOutput.round(trajectory.from()));
        tr.put("to", JsonOutput.round(trajectory.to()));
        ArrayNode repeats = node.putArray("repeatedContact");
        for (RepeatedContact repeat : reading.repeatedContacts()) {
            ObjectNode r = repeats.addObject();
            r.put("turn", repeat.turn());
            r.put("kind", repeat.kind().id());
            repeat.earlierTurn().ifPresent(earlier -> r.put("earlierTurn", earlier));
            if (repeat.kind() == RepeatedContact.Kind.ASKS_AGAIN) {
                r.put("similarity", JsonOutput.round(repeat.similarity()));
            } else {
                ArrayNode signals = r.putArray("signals");
                for (Signal signal : repeat.signals()) {
                    signals.addObject().put("type", signal.type().id()).put("start", signal.start()).put("end", signal.end())
                            .put("text", signal.text());
                }
            }
        }
        ObjectNode waits = node.putObject("waits");
        ArrayNode answered = waits.putArray("answered");
        reading.waits().answered().forEach(wait -> answered.add(wait(wait)));
        waits.set("longest", reading.waits().longest().map(ConversationJson::wait).orElse(null));
        waits.set("current", reading.waits().current().map(ConversationJson::wait).orElse(null));
        waits.put("long", reading.longWait());
        node.put("answer", reading.answer().id());
        node.put("needsAnswer", reading.needsAnswer());
        ArrayNode unanswered = node.putArray("unansweredTurns");
        reading.unansweredTurns().forEach(unanswered::add);
        node.put("asOf", reading.asOf().toString());
        if (next != null) {
            ObjectNode n = node.putObject("next");
            n.put("opening", next.opening().text());
            ArrayNode statements = n.putArray("statements");
            for (Suggestion s : next.opening().statements()) {
                statements.addObject().put("id", s.id()).put("text", s.text()).put("intent", s.intent().id());
            }
            ArrayNode used = n.putArray("alreadyUsed");
            next.alreadyUsed().forEach(used::add);
            ArrayNode reasons = n.putArray("reasons");
            next.reasons().forEach(reasons::add);
        }
        return node;
    }

    private static ObjectNode wait(Wait wait) {
        ObjectNode w = JsonOutput.object();
        w.put("from", wait.customerTurn());
        wait.answeredBy().ifPresent(by -> w.put("answeredBy", by));
        w.put("seconds", wait.duration().toSeconds());
        return w;
    }
}
