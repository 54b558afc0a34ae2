package dev.empathy.model;

import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.LabelledMessage;
import java.util.ArrayList;
import java.util.List;

/** A small generated corpus of three emotions for training tests: every subject crossed with every template. */
final class SmallCorpus {

    private static final String[] SUBJECTS = {"refund", "order", "parcel", "invoice", "account", "booking", "card", "app"};
    private static final String[] GRATITUDE = {
        "thank you so much for sorting my %s", "thanks a lot, the %s is fine now, really appreciate it",
        "many thanks for the help with my %s", "appreciate you fixing the %s, thank you"};
    private static final String[] FRUSTRATION = {
        "third time I'm asking about my %s, still nothing", "ugh, the %s is still broken again",
        "I have been waiting weeks for the %s and still nothing", "why is the %s still not fixed, this is ridiculous"};
    private static final String[] NEUTRAL = {
        "what is the status of my %s", "please send the %s details to my email",
        "can you check the %s number for me", "I would like to update the %s address"};

    private SmallCorpus() {
    }

    static List<LabelledMessage> messages() {
        List<LabelledMessage> messages = new ArrayList<>();
        for (String subject : SUBJECTS) {
            add(messages, GRATITUDE, subject, Emotion.GRATITUDE);
            add(messages, FRUSTRATION, subject, Emotion.FRUSTRATION);
            add(messages, NEUTRAL, subject, Emotion.NEUTRAL);
        }
        return List.copyOf(messages);
    }

    private static void add(List<LabelledMessage> messages, String[] templates, String subject, Emotion label) {
        for (String template : templates) {
            messages.add(new LabelledMessage(String.format(template, subject), label, 0));
        }
    }
}
