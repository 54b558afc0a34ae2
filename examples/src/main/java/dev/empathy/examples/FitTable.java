package dev.empathy.examples;

import dev.empathy.situation.Situation;
import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LexiconEmotionClassifier;
import dev.empathy.phrase.Channel;
import dev.empathy.phrase.Opening;
import dev.empathy.phrase.SelectionContext;
import dev.empathy.phrase.StatementSelector;
import java.util.List;
import java.util.Map;

/**
 * The evaluation of fit in the README: for one sample message per emotion (read by the real classifier) and ten
 * situations, the opening the selector composes on chat with seed 0. Prints a Markdown table.
 *
 * <pre>java -cp examples/target/empathy-cli.jar dev.empathy.examples.FitTable</pre>
 */
public final class FitTable {

    /** One sample message per emotion, written for this table. */
    static final Map<Emotion, String> SAMPLES = Map.of(
            Emotion.ANGER, "This is outrageous, you took my money and nobody will answer me!",
            Emotion.FRUSTRATION, "I'm so fed up, this still isn't sorted after all my emails.",
            Emotion.ANXIETY, "I'm really worried, I need this sorted before Friday or I lose my booking.",
            Emotion.CONFUSION, "I don't understand what this means, can you explain how it works?",
            Emotion.DISAPPOINTMENT, "I was really looking forward to this and it's such a letdown.",
            Emotion.SADNESS, "My mum passed away last month and I'm heartbroken.",
            Emotion.GRATITUDE, "Thank you so much, you've been incredibly helpful!",
            Emotion.SATISFACTION, "Everything works perfectly now, I'm delighted.",
            Emotion.NEUTRAL, "Please update the address on my account.");

    static final List<Situation> SITUATIONS = List.of(Situation.GENERAL, Situation.DELIVERY_DELAY, Situation.BILLING_ERROR,
            Situation.DEFECT, Situation.OUTAGE, Situation.ACCOUNT_ACCESS, Situation.CANCELLATION, Situation.REFUND,
            Situation.BEREAVEMENT, Situation.FRAUD_SECURITY);

    private FitTable() {
    }

    /** The table as Markdown, one row per emotion and situation. */
    public static String markdown() {
        StringBuilder table = new StringBuilder();
        table.append("| emotion | read as (intensity) | situation | opening (statement ids) |\n|---|---|---|---|\n");
        StatementSelector selector = StatementSelector.english();
        for (Emotion emotion : Emotion.values()) {
            EmotionReading reading = LexiconEmotionClassifier.english().classify(SAMPLES.get(emotion));
            for (Situation situation : SITUATIONS) {
                Opening opening = selector.opening(reading, SelectionContext.builder().channel(Channel.CHAT)
                        .situation(situation).build());
                table.append("| ").append(emotion.id())
                        .append(" | ").append(reading.emotion().id()).append(String.format(java.util.Locale.ROOT, " (%.2f)", reading.intensity()))
                        .append(" | ").append(situation.id())
                        .append(" | ").append(opening.text().replace("|", "\\|"))
                        .append(" (").append(String.join(", ", opening.ids())).append(") |\n");
            }
        }
        return table.toString();
    }

    public static void main(String[] args) {
        System.out.println("Sample messages:\n");
        for (Emotion emotion : Emotion.values()) {
            System.out.println("- " + emotion.id() + ": \"" + SAMPLES.get(emotion) + "\"");
        }
        System.out.println();
        System.out.print(markdown());
    }
}
