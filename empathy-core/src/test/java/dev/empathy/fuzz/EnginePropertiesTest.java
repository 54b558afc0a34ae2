package dev.empathy.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.draft.DraftCheck;
import dev.empathy.draft.DraftChecker;
import dev.empathy.draft.ElementSpan;
import dev.empathy.draft.Finding;
import dev.empathy.draft.Revision;
import dev.empathy.model.BlendedEmotionClassifier;
import dev.empathy.emotion.Cue;
import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LexiconEmotionClassifier;
import dev.empathy.emotion.SentenceReading;
import dev.empathy.emotion.Signal;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties that hold for any text, checked on seeded random hostile text (fixed seeds: a failure
 * reproduces with its seed): no exception, scores are a distribution, every offset is exact, and
 * {@code apply} edits exactly the finding's span. About 2 seconds.
 */
class EnginePropertiesTest {

    private static final int TEXTS_PER_SEED = 400;
    private static final EmotionClassifier LEXICON = LexiconEmotionClassifier.english();
    private static final EmotionClassifier BLEND = BlendedEmotionClassifier.english();
    private static final DraftChecker CHECKER = DraftChecker.english();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 13, 2026})
    void readingsAreValidAndTheirOffsetsExact(long seed) {
        HostileText generator = new HostileText(seed);
        for (int i = 0; i < TEXTS_PER_SEED; i++) {
            String text = generator.next(1 + generator.random().nextInt(i % 50 == 0 ? 3000 : 200));
            String context = "seed " + seed + ", text " + i;
            assertValid(LEXICON.classify(text), text, context);
            if (i % 4 == 0) {
                assertValid(BLEND.classify(text), text, context);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 42, 99})
    void checksAreValidAndApplyIsExact(long seed) {
        HostileText generator = new HostileText(seed);
        for (int i = 0; i < TEXTS_PER_SEED; i++) {
            String draft = generator.next(1 + generator.random().nextInt(i % 50 == 0 ? 3000 : 200));
            String context = "seed " + seed + ", draft " + i;
            DraftCheck check = i % 3 == 0 ? CHECKER.check(draft, generator.next(80)) : CHECKER.check(draft);
            assertThat(check.draft()).isEqualTo(draft);
            assertThat(check.score()).as(context).isBetween(0, 100);
            for (Finding finding : check.findings()) {
                assertThat(draft.substring(finding.start(), finding.end())).as(context).isEqualTo(finding.text());
                for (int s = 0; s < finding.suggestions().size(); s++) {
                    assertApplyIsExact(check, finding, s, context);
                }
            }
            for (ElementSpan element : check.elements()) {
                assertThat(draft.substring(element.start(), element.end())).as(context).isEqualTo(element.text());
            }
        }
    }

    private static void assertApplyIsExact(DraftCheck check, Finding finding, int suggestion, String context) {
        String draft = check.draft();
        String replacement = finding.suggestions().get(suggestion);
        Revision revision = check.apply(finding, suggestion);
        if (!replacement.isEmpty()) {
            assertThat(revision.draft()).as(context)
                    .isEqualTo(draft.substring(0, finding.start()) + replacement + draft.substring(finding.end()));
        }
        for (Finding moved : revision.findings()) {
            assertThat(revision.draft().substring(moved.start(), moved.end())).as(context).isEqualTo(moved.text());
        }
    }

    static void assertValid(EmotionReading reading, String text, String context) {
        assertThat(reading.intensity()).as(context).isBetween(0.0, 1.0);
        assertThat(reading.confidence()).as(context).isBetween(0.0, 1.0);
        double sum = 0;
        for (Emotion emotion : Emotion.values()) {
            assertThat(reading.score(emotion)).as(context).isBetween(0.0, 1.0);
            sum += reading.score(emotion);
        }
        assertThat(sum).as(context).isCloseTo(1.0, Offset.offset(1e-9));
        for (Cue cue : reading.cues()) {
            assertThat(text.substring(cue.start(), cue.end())).as(context).isEqualTo(cue.text());
            assertThat(cue.weight()).as(context).isFinite().isNotNegative();
        }
        for (Signal signal : reading.signals()) {
            assertThat(text.substring(signal.start(), signal.end())).as(context).isEqualTo(signal.text());
        }
        for (SentenceReading sentence : reading.sentences()) {
            assertThat(sentence.start()).as(context).isBetween(0, sentence.end());
            assertThat(sentence.end()).as(context).isLessThanOrEqualTo(text.length());
        }
    }
}
