package dev.empathy.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.draft.DraftChecker;
import dev.empathy.emotion.BlendedEmotionClassifier;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.LexiconEmotionClassifier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Work per character stays bounded for each hostile kind of text: the time at 1 MB is compared with the
 * time at 100 KB, and at 100 KB with 10 KB. Linear work gives a ratio near 10; the quadratic defects of
 * issue 13 gave 100 to 150. The bound of 30 from 100 KB to 1 MB (60 from 10 KB to 100 KB, plus 50 to 100 ms
 * of slack) leaves room for a noisy, shared 2-core machine while still failing any quadratic stage. Ten
 * kinds, about 30 seconds; emoji, punctuation and very long lines are also covered by {@code RobustnessTest}.
 */
class LinearTimeTest {

    private static final int KB = 1_000;
    private static final double MAX_RATIO = 30;
    private static final EmotionClassifier LEXICON = LexiconEmotionClassifier.english();
    private static final EmotionClassifier BLEND = BlendedEmotionClassifier.english();
    private static final DraftChecker CHECKER = DraftChecker.english();

    static Stream<Arguments> kinds() {
        Consumer<String> lexicon = LEXICON::classify;
        Consumer<String> blend = BLEND::classify;
        Consumer<String> check = CHECKER::check;
        return Stream.of(
                Arguments.of("lexicon: complaints", "I am SO frustrated!!! Third time asking, for 3 weeks now \uD83D\uDE21 but thanks anyway. ", lexicon),
                Arguments.of("lexicon: intensifier chain", "extremely very ", lexicon),
                Arguments.of("lexicon: contrast after contrast", "But I am angry. ", lexicon),
                Arguments.of("lexicon: one line, no punctuation", "so very angry today and ", lexicon),
                Arguments.of("lexicon: one long word", "a", lexicon),
                Arguments.of("lexicon: CR-only lines", "ok\r", lexicon),
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
        engine.accept(small); // warm up
        long smallTime = Math.min(nanos(engine, small), nanos(engine, small)); // best of two: the least disturbed
        long mediumTime = Math.min(nanos(engine, medium), nanos(engine, medium));
        long largeTime = nanos(engine, large);

        String times = String.format("%s: 10 KB %.1f ms, 100 KB %.1f ms, 1 MB %.1f ms", name,
                smallTime / 1e6, mediumTime / 1e6, largeTime / 1e6);
        // 10 KB runs in milliseconds, where a pause of the shared machine weighs most: twice the slack there
        assertThat((double) mediumTime).as(times).isLessThan(2 * MAX_RATIO * smallTime + 50e6);
        assertThat((double) largeTime).as(times).isLessThan(MAX_RATIO * mediumTime + 100e6);
    }

    private static String text(String unit, int length) {
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    private static long nanos(Consumer<String> engine, String text) {
        long start = System.nanoTime();
        engine.accept(text);
        return System.nanoTime() - start;
    }
}
