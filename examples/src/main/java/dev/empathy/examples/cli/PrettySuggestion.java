package dev.empathy.examples.cli;

import dev.empathy.emotion.EmotionReading;
import dev.empathy.phrase.Opening;
import dev.empathy.phrase.PhraseCatalog;
import dev.empathy.phrase.SelectionContext;
import dev.empathy.phrase.Suggestion;
import dev.empathy.situation.SituationCue;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The human view of one {@code suggest} result: a header with the emotion and the situation (and where it came
 * from), the composed opening, then each ranked statement with its intent, situation tags and reasons.
 * Stateless and thread-safe.
 *
 * <pre>
 * #1  frustration 0.62  situation delivery-delay (detected: "parcel", "hasn't arrived")
 *   opening: I can see your parcel still hasn't arrived. ...
 *   1. ack-050  acknowledge  [delivery-delay]
 *      I can see your parcel still hasn't arrived, and I know you were counting on it.
 *      why: acknowledge fits frustration (weight 1.00); written for delivery-delay; ...
 * </pre>
 */
final class PrettySuggestion {

    private PrettySuggestion() {
    }

    static String render(String label, EmotionReading reading, SelectionContext context, PhraseCatalog catalog,
                         List<Suggestion> statements, Opening opening) {
        StringBuilder out = new StringBuilder();
        String source = SuggestCommand.source(reading, context);
        out.append(label).append("  ").append(reading.emotion().id())
                .append(String.format(Locale.ROOT, " %.2f", reading.intensity()))
                .append("  situation ").append(SuggestCommand.situation(reading, context).id());
        if (source.equals("detected")) {
            out.append(" (detected");
            List<SituationCue> cues = reading.situation().cues();
            if (!cues.isEmpty()) {
                out.append(": ").append(cues.stream().limit(3).map(cue -> '"' + cue.text() + '"').collect(Collectors.joining(", ")));
            }
            out.append(')');
        } else if (source.equals("given")) {
            out.append(" (given)");
        }
        out.append('\n');
        out.append("  opening: ").append(opening.text().isEmpty() ? "(nothing fits)" : opening.text()).append('\n');
        int n = 0;
        for (Suggestion suggestion : statements) {
            String tags = catalog.statement(suggestion.id())
                    .map(statement -> statement.situations().stream().map(tag -> tag.id()).collect(Collectors.joining(", ")))
                    .orElse("");
            out.append("  ").append(++n).append(". ").append(suggestion.id()).append("  ").append(suggestion.intent().id())
                    .append("  [").append(tags).append("]\n");
            out.append("     ").append(suggestion.text()).append('\n');
            out.append("     why: ").append(String.join("; ", suggestion.reasons())).append('\n');
        }
        return out.append('\n').toString();
    }
}
