package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.internal.text.Token;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records whose {@code equals} and {@code hashCode} are written out (to keep {@code invokedynamic} off the
 * reading path) keep a record's contract: equal exactly when every component is equal.
 */
class HandWrittenEqualityTest {

    @Test
    void lexiconCueIsEqualExactlyWhenEveryComponentIs() throws Exception {
        LexiconCue cue = new LexiconCue(3, 9, 1, Emotion.FRUSTRATION, 1.25, 1.5, Cue.Source.LEXICON, 5,
                new LexiconCue.Found(2, true, 0.5, false));
        assertEqualExactlyWhenComponentsAre(cue, new Object[] {4, 10, 2, Emotion.ANGER, 1.3, 1.6, Cue.Source.SYMBOL, 6,
                new LexiconCue.Found(2, true, 0.5, true)});
        assertThat(cue).isNotEqualTo(null).isNotEqualTo("a cue");
    }

    @Test
    void foundIsEqualExactlyWhenEveryComponentIs() throws Exception {
        assertEqualExactlyWhenComponentsAre(new LexiconCue.Found(2, true, 0.5, false), new Object[] {3, false, 0.75, true});
        assertThat(new LexiconCue.Found(-1, false, 0.0, false)).isNotEqualTo(new LexiconCue.Found(-1, false, -0.0, false));
    }

    @Test
    void tokenIsEqualExactlyWhenEveryComponentIs() throws Exception {
        Token token = new Token(0, 5, "don't", Token.Kind.WORD, false, false, "dont");
        assertEqualExactlyWhenComponentsAre(token, new Object[] {1, 6, "won't", Token.Kind.OTHER, true, true, "wont"});
    }

    @Test
    void nullComponentsCompareAsARecordsDo() {
        Token blank = new Token(0, 0, null, null, false, false, null);
        assertThat(blank).isEqualTo(new Token(0, 0, null, null, false, false, null));
        assertThat(blank.hashCode()).isEqualTo(new Token(0, 0, null, null, false, false, null).hashCode());
        assertThat(blank).isNotEqualTo(new Token(0, 0, "", null, false, false, null));
        LexiconCue cue = new LexiconCue(0, 1, -1, null, 1, 1, null, 0, null);
        assertThat(cue).isEqualTo(new LexiconCue(0, 1, -1, null, 1, 1, null, 0, null));
        assertThat(cue.hashCode()).isEqualTo(new LexiconCue(0, 1, -1, null, 1, 1, null, 0, null).hashCode());
    }

    /** {@code record} equals a copy of itself; a copy with any one component replaced by {@code others[i]} differs. */
    private static void assertEqualExactlyWhenComponentsAre(Record record, Object[] others) throws Exception {
        RecordComponent[] components = record.getClass().getRecordComponents();
        assertThat(others).hasSameSizeAs(components);
        List<Object> values = new ArrayList<>();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            components[i].getAccessor().setAccessible(true);
            values.add(components[i].getAccessor().invoke(record));
            types[i] = components[i].getType();
        }
        Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
        canonical.setAccessible(true);
        Object copy = canonical.newInstance(values.toArray());
        assertThat(copy).isEqualTo(record).isNotSameAs(record);
        assertThat(copy.hashCode()).isEqualTo(record.hashCode());
        for (int i = 0; i < components.length; i++) {
            Object[] changed = values.toArray();
            changed[i] = others[i];
            assertThat(canonical.newInstance(changed)).as(components[i].getName()).isNotEqualTo(record);
        }
    }
}
