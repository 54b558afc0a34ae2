package dev.empathy.examples;

import dev.empathy.emotion.Cue;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LexiconEmotionClassifier;
import dev.empathy.emotion.SignalType;

/** The README's quick start, compiled and run by {@code QuickStartTest} so that it never goes stale. */
public final class QuickStart {

    private QuickStart() {
    }

    public static void main(String[] args) {
        // README quick start begins
        EmotionClassifier classifier = LexiconEmotionClassifier.english(); // immutable, share it
        String message = "Thanks for replying, but this is the third time I'm asking!";
        EmotionReading reading = classifier.classify(message);

        System.out.println(reading.emotion() + " " + reading.intensity()); // FRUSTRATION 0.5...
        for (Cue cue : reading.cues()) {                                    // the evidence
            System.out.println(cue.text() + " -> " + cue.emotion() + " " + cue.modifiers());
        }
        if (reading.has(SignalType.REPEATED_CONTACT)) {
            System.out.println("Customer has asked before: acknowledge it first.");
        }
        // README quick start ends
    }
}
