package dev.empathy.examples.cli;

import dev.empathy.emotion.Cue;
import dev.empathy.emotion.CueModifier;
import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.Signal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The human view of a reading: a header line with emotion, intensity and confidence, the message with its
 * cues marked as {@code [SOOO annoyed]{frustration 1.9 caps elongated}}, the situation with its confidence
 * and evidence ({@code situation: delivery-delay 0.86 "parcel", "hasn't arrived"}), and the signals. Overlapping cues
 * share one mark. ANSI colours only when asked. Immutable and thread-safe.
 */
final class PrettyReading {

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";

    private final boolean ansi;

    PrettyReading(boolean ansi) {
        this.ansi = ansi;
    }

    /** The view of {@code reading} of {@code text}, labelled {@code label}; ends with a blank line. */
    String render(String label, String text, EmotionReading reading) {
        StringBuilder out = new StringBuilder();
        out.append(paint(DIM, label)).append("  ")
                .append(paint(BOLD + colour(reading.emotion()), reading.emotion().id()))
                .append(String.format(Locale.ROOT, "  intensity %.2f  confidence %.2f", reading.intensity(), reading.confidence()))
                .append('\n');
        out.append("  ").append(marked(text, reading.cues()).replace("\n", "\n  ")).append('\n');
        out.append("  situation: ").append(reading.situation().situation().id());
        if (!reading.situation().cues().isEmpty()) {
            out.append(String.format(Locale.ROOT, " %.2f ", reading.situation().confidence()))
                    .append(reading.situation().cues().stream()
                            .map(cue -> "\"" + cue.text() + "\"")
                            .collect(Collectors.joining(", ")));
        }
        out.append('\n');
        if (!reading.signals().isEmpty()) {
            out.append("  signals: ").append(reading.signals().stream()
                    .map(PrettyReading::describe)
                    .collect(Collectors.joining(", "))).append('\n');
        }
        return out.append('\n').toString();
    }

    /** {@code text} with every group of overlapping cues wrapped as {@code [covered text]{tags}}. */
    String marked(String text, List<Cue> cues) {
        List<Cue> sorted = new ArrayList<>(cues);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        StringBuilder out = new StringBuilder();
        int written = 0;
        int i = 0;
        while (i < sorted.size()) {
            int start = sorted.get(i).start();
            int end = sorted.get(i).end();
            List<Cue> group = new ArrayList<>();
            while (i < sorted.size() && sorted.get(i).start() < end) {
                end = Math.max(end, sorted.get(i).end());
                group.add(sorted.get(i++));
            }
            start = Math.max(start, written);
            out.append(text, written, start);
            String covered = text.substring(start, end);
            Emotion emotion = group.get(0).emotion();
            out.append(paint(colour(emotion), "[" + covered + "]"));
            out.append(paint(DIM + colour(emotion), "{" + group.stream()
                    .map(cue -> tag(cue, group.size() > 1 && !cue.text().equals(covered)))
                    .collect(Collectors.joining("; ")) + "}"));
            written = end;
        }
        out.append(text, written, text.length());
        return out.toString();
    }

    private static String tag(Cue cue, boolean withText) {
        StringBuilder tag = new StringBuilder();
        if (withText) {
            tag.append('"').append(cue.text()).append("\" ");
        }
        tag.append(cue.emotion().id()).append(' ').append(number(cue.weight()));
        for (CueModifier modifier : cue.modifiers()) {
            tag.append(' ').append(JsonOutput.id(modifier));
        }
        return tag.toString();
    }

    /** Up to two decimals, without trailing zeros: 1.9, 0.35, 2. */
    static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    private String paint(String style, String text) {
        return ansi && !style.isEmpty() ? style + text + RESET : text;
    }

    private static String colour(Emotion emotion) {
        return switch (emotion) {
            case ANGER -> "\u001B[31m";
            case FRUSTRATION -> "\u001B[33m";
            case ANXIETY -> "\u001B[35m";
            case CONFUSION -> "\u001B[36m";
            case DISAPPOINTMENT -> "\u001B[34m";
            case SADNESS -> "\u001B[94m";
            case GRATITUDE -> "\u001B[32m";
            case SATISFACTION -> "\u001B[92m";
            case NEUTRAL -> "";
        };
    }

    /** A signal as {@code type "covered text"}, e.g. {@code long-wait "for three weeks"}. */
    static String describe(Signal signal) {
        return signal.type().id() + " \"" + signal.text() + "\"";
    }
}
