package dev.empathy.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.empathy.draft.DraftCheck;
import dev.empathy.draft.DraftChecker;
import dev.empathy.emotion.Cue;
import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LexiconEmotionClassifier;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The documented input limits: defaults, what happens beyond each, and setting them on the builders. */
class InputLimitsTest {

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        InputLimits limits = InputLimits.defaults();
        assertThat(limits.maxMessageLength()).isEqualTo(1_000_000);
        assertThat(limits.maxDraftLength()).isEqualTo(1_000_000);
        assertThat(limits.maxTermLength()).isEqualTo(200);
        assertThat(limits.maxRuleLength()).isEqualTo(10_000);
        assertThat(limits.maxStatementLength()).isEqualTo(1_000);
        assertThat(LexiconEmotionClassifier.english().limits()).isEqualTo(limits);
        assertThat(DraftChecker.english().limits()).isEqualTo(limits);
    }

    @Test
    void aLimitMustBePositive() {
        assertThatThrownBy(() -> InputLimits.defaults().withMaxDraftLength(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDraftLength must be at least 1, got 0");
    }

    @Test
    void theReadablePartEndsAtAWordBoundaryOrBetweenCodePoints() {
        assertThat(InputLimits.readablePart("so very angry", 100)).isEqualTo("so very angry");
        assertThat(InputLimits.readablePart("so very angry", 9)).isEqualTo("so very");
        assertThat(InputLimits.readablePart("so very angry", 7)).isEqualTo("so very");
        assertThat(InputLimits.readablePart("aaaa\uD83D\uDE00b", 5)).isEqualTo("aaaa");
        assertThat(InputLimits.readablePart("aaaaaa", 3)).isEqualTo("aaa");
    }

    @Test
    void aMessagePastTheLimitIsReadUpToAWordBoundary() {
        LexiconEmotionClassifier classifier = LexiconEmotionClassifier.builder()
                .limits(InputLimits.defaults().withMaxMessageLength(20)).build();

        EmotionReading reading = classifier.classify("I am so happy today, but I am furious now");

        assertThat(reading.emotion()).isEqualTo(Emotion.SATISFACTION);
        assertThat(reading.cues()).extracting(Cue::text).doesNotContain("furious");
    }

    @Test
    void aDraftPastTheLimitIsCheckedUpToAWordBoundaryAndKeptWhole() {
        DraftChecker checker = DraftChecker.builder().limits(InputLimits.defaults().withMaxDraftLength(30)).build();
        String draft = "Thanks for writing in today. Please calm down.";

        DraftCheck check = checker.check(draft);

        assertThat(check.draft()).isEqualTo(draft);
        assertThat(check.findings()).isEmpty();
        assertThat(DraftChecker.english().check(draft).findings()).isNotEmpty();
    }

    @Test
    void aTermPastTheLimitFailsWithFileAndLine() {
        String lexicon = "# empathy-lexicon 1\n# locale: en\n" + "a".repeat(201) + "\tanger\t1\n";
        assertThatThrownBy(() -> LexiconEmotionClassifier.builder()
                .addLexicon(new ByteArrayInputStream(lexicon.getBytes(StandardCharsets.UTF_8)), "vendor.tsv").build())
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("vendor.tsv:3: term is 201 chars long, the most is 200");
    }
}
