package dev.empathy.conversation;

import dev.empathy.draft.DraftCheck;
import dev.empathy.draft.DraftChecker;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.EmotionReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Stage 1: reads every turn on its own. A customer turn gets the classifier's reading; an agent turn gets the
 * checker's check against the latest customer turn before it (or a customer-free check when there is none).
 * Stateless; linear in the thread's total length because the classifier and the checker are.
 */
final class TurnStage {

    private TurnStage() {
    }

    static List<TurnReading> read(Conversation conversation, EmotionClassifier classifier, DraftChecker checker) {
        List<Turn> turns = conversation.turns();
        List<TurnReading> readings = new ArrayList<>(turns.size());
        int lastCustomer = -1;
        EmotionReading lastReading = null;
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            if (turn.role() == Role.CUSTOMER) {
                EmotionReading reading = classifier.classify(turn.text());
                readings.add(new TurnReading(i, turn, Optional.of(reading), Optional.empty(), OptionalInt.empty()));
                lastCustomer = i;
                lastReading = reading;
            } else {
                DraftCheck check = lastReading == null ? checker.check(turn.text()) : checker.check(turn.text(), lastReading);
                readings.add(new TurnReading(i, turn, Optional.empty(), Optional.of(check),
                        lastCustomer < 0 ? OptionalInt.empty() : OptionalInt.of(lastCustomer)));
            }
        }
        return readings;
    }
}
