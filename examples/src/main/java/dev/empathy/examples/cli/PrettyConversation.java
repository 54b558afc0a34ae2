package dev.empathy.examples.cli;

import dev.empathy.conversation.ConversationReading;
import dev.empathy.conversation.RepeatedContact;
import dev.empathy.conversation.TurnReading;
import dev.empathy.conversation.Wait;
import dev.empathy.draft.DraftCheck;
import dev.empathy.draft.Finding;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.Signal;
import dev.empathy.phrase.NextTurn;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code conversation --pretty} view: a header with the thread's findings, then each turn with its emotion
 * (customer) or score and findings (agent), then the suggested next turn. Stateless and thread-safe.
 *
 * <pre>
 * thread 119240  5 turns  trajectory calming (turns 0, 2)  answer answered
 *   repeated contact: turn 2 says so "several times"
 *   waits: longest 7m (turn 0 -> 1)
 *   [0] customer 2017-10-10T15:09:00Z  frustration 0.61  signals: long-wait "still haven't"
 *       I still haven't heard ...
 *   [1] agent    2017-10-10T15:16:08Z  answers [0]  score 85  findings: none
 *       LiveChat is online at the moment ...
 *   next: I can see you've had to contact us ... (ack-079, apo-046, fol-025)
 * </pre>
 */
final class PrettyConversation {

    private PrettyConversation() {
    }

    static String view(String id, ConversationReading reading, NextTurn next) {
        StringBuilder out = new StringBuilder();
        out.append("thread ").append(id).append("  ").append(reading.turns().size()).append(" turns  trajectory ")
                .append(reading.trajectory().trajectory().id()).append(" (turns ")
                .append(reading.trajectory().turns().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .append(")  answer ").append(reading.answer().id()).append('\n');
        for (RepeatedContact repeat : reading.repeatedContacts()) {
            out.append("  repeated contact: turn ").append(repeat.turn());
            if (repeat.kind() == RepeatedContact.Kind.ASKS_AGAIN) {
                out.append(" asks again what turn ").append(repeat.earlierTurn().getAsInt()).append(" asked (similarity ")
                        .append(String.format(Locale.ROOT, "%.2f", repeat.similarity())).append(')');
            } else {
                out.append(" says so ").append(repeat.signals().stream().map(s -> '"' + s.text() + '"').collect(Collectors.joining(", ")));
            }
            out.append('\n');
        }
        if (!reading.waits().answered().isEmpty() || reading.waits().current().isPresent()) {
            out.append("  waits:");
            reading.waits().longest().ifPresent(w -> out.append(" longest ").append(wait(w)));
            reading.waits().current().ifPresent(w -> out.append(" current ").append(wait(w)));
            out.append(reading.longWait() ? "  (long)" : "").append('\n');
        } else if (reading.longWait()) {
            out.append("  waits: the customer says they have waited long\n");
        }
        for (TurnReading turn : reading.turns()) {
            out.append("  [").append(turn.index()).append("] ").append(String.format(Locale.ROOT, "%-8s", turn.role().id()));
            turn.turn().time().ifPresent(time -> out.append(' ').append(time));
            out.append("  ");
            if (turn.emotion().isPresent()) {
                EmotionReading emotion = turn.emotion().get();
                out.append(emotion.emotion().id()).append(String.format(Locale.ROOT, " %.2f", emotion.intensity()));
                if (!emotion.signals().isEmpty()) {
                    out.append("  signals: ").append(emotion.signals().stream().map(PrettyConversation::signal).collect(Collectors.joining(", ")));
                }
            } else {
                DraftCheck check = turn.check().orElseThrow();
                turn.answers().ifPresent(answers -> out.append("answers [").append(answers).append("]  "));
                out.append("score ").append(check.score()).append("  findings: ").append(check.findings().isEmpty() ? "none"
                        : check.findings().stream().map(PrettyConversation::finding).collect(Collectors.joining(", ")));
            }
            out.append("\n      ").append(turn.turn().text().strip().replace("\n", "\n      ")).append('\n');
        }
        if (next != null) {
            out.append("  next: ").append(next.opening().text().isEmpty() ? "(nothing fits)" : next.opening().text())
                    .append(" (").append(String.join(", ", next.opening().ids())).append(")\n");
        }
        return out.append('\n').toString();
    }

    private static String signal(Signal signal) {
        return signal.type().id() + " \"" + signal.text() + '"';
    }

    private static String finding(Finding finding) {
        return finding.ruleId() + " \"" + finding.text() + '"';
    }

    private static String wait(Wait wait) {
        return duration(wait.duration()) + " (turn " + wait.customerTurn()
                + (wait.answeredBy().isPresent() ? " -> " + wait.answeredBy().getAsInt() : ", unanswered") + ")";
    }

    /** "45s", "7m", "3h 05m", "2d 4h". */
    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return duration.toMinutes() + "m";
        }
        if (seconds < 86_400) {
            return String.format(Locale.ROOT, "%dh %02dm", duration.toHours(), duration.toMinutesPart());
        }
        return duration.toDays() + "d " + duration.toHoursPart() + "h";
    }
}
