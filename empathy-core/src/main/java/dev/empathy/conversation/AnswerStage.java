package dev.empathy.conversation;

import java.util.ArrayList;
import java.util.List;

/** Stage 5: whether the last customer turn still needs an answer ({@link AnswerStatus}). One pass; stateless. */
final class AnswerStage {

    /** The status and the customer turns after the last agent turn. */
    record Result(AnswerStatus status, List<Integer> unanswered) {
    }

    private AnswerStage() {
    }

    static Result of(List<TurnReading> turns) {
        List<Integer> unanswered = new ArrayList<>();
        boolean anyCustomer = false;
        boolean allClosings = true;
        for (TurnReading turn : turns) {
            if (turn.role() == Role.AGENT) {
                unanswered.clear();
                allClosings = true;
            } else {
                anyCustomer = true;
                unanswered.add(turn.index());
                allClosings &= TrajectoryStage.isPositive(turn) && turn.turn().text().indexOf('?') < 0;
            }
        }
        if (!anyCustomer) {
            return new Result(AnswerStatus.NO_CUSTOMER_TURN, List.of());
        }
        if (unanswered.isEmpty()) {
            return new Result(AnswerStatus.ANSWERED, List.of());
        }
        return new Result(allClosings ? AnswerStatus.CLOSED : AnswerStatus.AWAITING_ANSWER, unanswered);
    }
}
