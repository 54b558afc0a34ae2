package com.example.helpdesk;

import dev.empathy.draft.DraftCheck;
import dev.empathy.draft.DraftChecker;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LexiconEmotionClassifier;
import dev.empathy.phrase.PhraseCatalog;
import dev.empathy.phrase.SelectionContext;
import dev.empathy.phrase.StatementSelector;

/** What a helpdesk plugin does with empathy: read the customer, suggest an opening, check the draft. */
public final class ReplyAssistant {

    private final EmotionClassifier classifier = LexiconEmotionClassifier.english();
    private final StatementSelector selector = StatementSelector.of(PhraseCatalog.english());
    private final DraftChecker checker = DraftChecker.english();

    /** One line for the agent: the customer's emotion, a suggested opening and the draft's score. */
    public String assist(String customerMessage, String draft) {
        EmotionReading reading = classifier.classify(customerMessage);
        String opening = selector.opening(reading, SelectionContext.builder().build()).text();
        DraftCheck check = checker.check(draft, reading);
        return reading.emotion().id() + " | " + opening + " | score " + check.score();
    }

    public static void main(String[] args) {
        System.out.println(new ReplyAssistant().assist("This is the third time I'm asking and nobody answers!",
                "Please calm down, that's our policy."));
    }
}
