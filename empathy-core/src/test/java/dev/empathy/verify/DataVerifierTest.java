package dev.empathy.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.empathy.data.InvalidDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vendor's data file is verified the way the shipped ones are: each example that fails is named by file and line. */
class DataVerifierTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aVendorLexiconWhoseExamplesHoldHasNoProblem() throws IOException {
        Path lexicon = write("acme-lexicon.tsv", "# empathy-lexicon 1\n"
                + "gobsmacked\tanger\t1.8\n"
                + "example\tanger\tI am gobsmacked by this.\n");

        assertThat(DataVerifier.examples(lexicon)).singleElement()
                .satisfies(example -> assertThat(example.line()).isEqualTo(3));
        assertThat(DataVerifier.verify(lexicon)).isEmpty();
    }

    @Test
    void aVendorLexiconWithAWrongExampleFailsWithFileAndLine() throws IOException {
        Path lexicon = write("acme-lexicon.tsv", "# empathy-lexicon 1\n"
                + "gobsmacked\tanger\t1.8\n"
                + "example\tanger\tI am gobsmacked by this.\n"
                + "example\tgratitude\tI am gobsmacked by this.\n");

        assertThat(DataVerifier.verify(lexicon)).extracting(DataProblem::toString)
                .containsExactly(lexicon + ":4: reads as anger, expected gratitude: \"I am gobsmacked by this.\"");
    }

    @Test
    void aVendorRuleWithAWrongExampleOrCounterExampleFailsWithFileAndLine() throws IOException {
        Path rules = write("acme-rules.tsv", "# empathy-rules 1\n"
                + "ACME_HOLD\tdead-end\tmedium\tplease hold\tDo not leave the customer waiting.\tI'll call you back\t"
                + "[[Please hold]] the line.\tWe will call you back.\n"
                + "ACME_WAIT\tdead-end\tmedium\tjust wait\tSay what you are doing.\t\t"
                + "You should [[wait patiently]].\tJust wait and see.\n");

        assertThat(DataVerifier.verify(rules)).extracting(DataProblem::toString).containsExactly(
                rules + ":3: ACME_WAIT example: expected a match of \"wait patiently\" in \"You should wait patiently.\", found none",
                rules + ":3: ACME_WAIT matches \"Just wait\" in its counter-example \"Just wait and see.\"");
    }

    @Test
    void aVendorSituationCueFileWithAWrongExampleFailsWithFileAndLine() throws IOException {
        Path cues = write("acme-cues.tsv", "# empathy-situation-cues 1\n"
                + "cue\trefund\t2.0\tmoney back\n"
                + "example\trefund\tI want my money back now.\n"
                + "counter\trefund\tCan I get my money back?\n");

        assertThat(DataVerifier.verify(cues)).extracting(DataProblem::toString)
                .containsExactly(cues + ":4: reads as refund, which this counter-example rules out: \"Can I get my money back?\"");
    }

    @Test
    void aFileWithoutExamplesToRunIsRefusedNamingItsFormat() throws IOException {
        Path words = write("words.tsv", "# empathy-words 1\nhello\n");

        assertThatThrownBy(() -> DataVerifier.verify(words)).isInstanceOf(InvalidDataException.class)
                .hasMessage(words + ":1: format 'empathy-words' has no examples to verify; expected empathy-lexicon, "
                        + "empathy-situation-cues or empathy-rules");
    }

    @Test
    void aMalformedExampleLineFailsAsTheEngineWouldLoadIt() throws IOException {
        Path lexicon = write("bad-lexicon.tsv", "# empathy-lexicon 1\nexample\tangry\tI am cross.\n");

        assertThatThrownBy(() -> DataVerifier.verify(lexicon)).isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith(lexicon + ":2: unknown emotion 'angry'");
    }
}
