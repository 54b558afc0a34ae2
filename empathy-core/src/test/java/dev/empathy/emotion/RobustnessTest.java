package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and unusual input always returns a reading. The timeout is a hang guard (minutes of slack on a
 * slow shared machine), not a speed assertion: speed is measured by the JMH benchmarks.
 */
class RobustnessTest {

    private static final EmotionClassifier CLASSIFIER = LexiconEmotionClassifier.english();

    static Stream<Arguments> hostileInputs() {
        String sentence = "I am SO frustrated!!! Third time asking, for 3 weeks now 😡 but thanks anyway. ";
        return Stream.of(
                Arguments.of("one megabyte of complaints", sentence.repeat(1_000_000 / sentence.length())),
                Arguments.of("one megabyte without spaces", "a".repeat(1_000_000)),
                Arguments.of("one megabyte of one line of punctuation", "!?.".repeat(333_334)),
                Arguments.of("one megabyte of emoji", "😡".repeat(500_000)),
                Arguments.of("control characters", "\u0000\u0001\u0007 angry \u001b[31m\u007f\u0085\u2028"),
                Arguments.of("lone surrogates", "\uD800 annoyed \uDC00\uDBFF"),
                Arguments.of("emoji only", "😡🤬😤"),
                Arguments.of("other scripts", "Это ужасно. 配達が遅れています。 هذا سيء جدا"),
                Arguments.of("many short lines", "ok\n".repeat(100_000)),
                Arguments.of("a long word stretched", "so" + "o".repeat(100_000) + " annoyed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    void alwaysReturnsAValidReading(String name, String text) {
        EmotionReading reading = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> CLASSIFIER.classify(text));
        assertThat(reading.intensity()).isBetween(0.0, 1.0);
        assertThat(reading.confidence()).isBetween(0.0, 1.0);
        for (Cue cue : reading.cues()) {
            assertThat(text.substring(cue.start(), cue.end())).isEqualTo(cue.text());
        }
        for (Signal signal : reading.signals()) {
            assertThat(text.substring(signal.start(), signal.end())).isEqualTo(signal.text());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void textTheLexiconCannotReadIsNeutral(String name, String text) {
        EmotionReading reading = CLASSIFIER.classify(text);
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(reading.cues()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherLanguages")
    void otherLanguagesInLatinScriptReadWithConfidenceZero(String name, String text) {
        EmotionReading reading = CLASSIFIER.classify(text);
        assertThat(reading.confidence()).isZero();
    }

    static Stream<Arguments> otherLanguages() {
        return Stream.of(
                Arguments.of("French", "Je suis très déçu de votre service"),
                Arguments.of("German", "Ich bin sehr enttäuscht von Ihrem Service"),
                Arguments.of("Spanish", "Mi pedido nunca llegó y nadie responde"));
    }

    @org.junit.jupiter.api.Test
    void terseEnglishTheLexiconReadsKeepsItsConfidence() {
        assertThat(CLASSIFIER.classify("Order 4411 delayed, refund pls").confidence()).isPositive();
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("control characters only", "\u0000\u0001\u0002"),
                Arguments.of("Japanese", "配達が遅れています"),
                Arguments.of("digits", "4411 5523 0098"));
    }
}
