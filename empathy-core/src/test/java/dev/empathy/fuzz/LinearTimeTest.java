package dev.empathy.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.draft.DraftChecker;
import dev.empathy.model.BlendedEmotionClassifier;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.LexiconEmotionClassifier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Work per character stays bounded for each hostile kind of text at 10 KB, 100 KB and 1 MB. Time per
 * character is measured over comparable amounts of work (ten runs at 10 KB, two at 100 KB, one at 1 MB)
 * and may grow at most {@value #MAX_RATIO} times from one size to the next: linear work keeps it near 1,
 * the quadratic defects of issue 13 made it grow about 10 times per step. A step fails only if it fails on
 * two attempts in a row, so a pause of the shared 2-core machine does not fail the build. Seven kinds,
 * one per defect; about 15 s on an idle machine. Emoji, punctuation, CR-only lines and 1 MB of complaints
 * are also read by {@code RobustnessTest}.
 */
class LinearTimeTest {

    private static final int KB = 1_000;
    private static final double MAX_RATIO = 3;
    private static final EmotionClassifier LEXICON = LexiconEmotionClassifier.english();
    private static final EmotionClassifier BLEND = BlendedEmotionClassifier.english();
    private static final DraftChecker CHECKER = DraftChecker.english();

    static Stream<Arguments> kinds() {
        Consumer<String> lexicon = LEXICON::classify;
        Consumer<String> blend = BLEND::classify;
        Consumer<String> check = CHECKER::check;
        return Stream.of(
                Arguments.of("lexicon: intensifier chain", "extremely very ", lexicon),
                Arguments.of("lexicon: contrast after contrast", "But I am angry. ", lexicon),
                Arguments.of("lexicon: one long word", "a", lexicon),
                Arguments.of("lexicon: controls and bidi marks", "\u202E angry \u200B\u0007 ", lexicon),
                Arguments.of("blend: two sentences", "The parcel was late again. I would like a refund please. ", blend),
                Arguments.of("check: next steps with time frames", "I'll call you by Friday. ", check),
                Arguments.of("check: findings and elements", "Calm down. I am sorry for the delay. ", check));

    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void timePerCharacterIsBounded(String name, String unit, Consumer<String> engine) {
        String small = text(unit, 10 * KB);
        String medium = text(unit, 100 * KB);
        String large = text(unit, 1_000 * KB);
        engine.accept(medium); // warm up
        String times = "";
        for (int attempt = 1; attempt <= 2; attempt++) { // a timing fails only if it fails twice in a row
            double smallPerChar = nanos(engine, small, 10) / (10.0 * small.length());
            double mediumPerChar = nanos(engine, medium, 2) / (2.0 * medium.length());
            double largePerChar = nanos(engine, large, 1) / (double) large.length();
            times = String.format("%s: %.0f ns/char at 10 KB, %.0f at 100 KB, %.0f at 1 MB", name, smallPerChar, mediumPerChar, largePerChar);
            if (mediumPerChar < MAX_RATIO * smallPerChar && largePerChar < MAX_RATIO * mediumPerChar) {
                return;
            }
        }
        assertThat(times).as("time per char grew more than %.0f times with ten times the text", MAX_RATIO).isEmpty();
    }

    private static String text(String unit, int length) {
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    /** The time of {@code times} runs over {@code text}: the same amount of work at each size, so the same JIT and GC profile. */
    private static long nanos(Consumer<String> engine, String text, int times) {
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) {
            engine.accept(text);
        }
        return System.nanoTime() - start;
    }
}
