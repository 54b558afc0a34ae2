package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CueTest {

    @Test
    void rejectsAnInvertedSpanNamingBothValues() {
        assertThatThrownBy(() -> new Cue(5, 3, "ab", Emotion.ANGER, 1, 1, Cue.Source.LEXICON, Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cue span must satisfy 0 <= start < end, got start=5, end=3");
    }

    @Test
    void rejectsTextThatDoesNotFitTheSpan() {
        assertThatThrownBy(() -> new Cue(0, 3, "ab", Emotion.ANGER, 1, 1, Cue.Source.LEXICON, Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text length 2 does not match span 0..3");
    }

    @Test
    void modifiersAreCopiedAndUnmodifiable() {
        EnumSet<CueModifier> modifiers = EnumSet.of(CueModifier.NEGATED);
        Cue cue = new Cue(0, 5, "happy", Emotion.DISAPPOINTMENT, 0.8, 1, Cue.Source.LEXICON, modifiers);
        modifiers.add(CueModifier.CAPS);
        assertThat(cue.modifiers()).containsExactly(CueModifier.NEGATED);
        assertThat(cue.has(CueModifier.NEGATED)).isTrue();
        assertThatThrownBy(() -> cue.modifiers().add(CueModifier.CAPS)).isInstanceOf(UnsupportedOperationException.class);
    }
}
