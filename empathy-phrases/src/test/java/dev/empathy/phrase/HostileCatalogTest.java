package dev.empathy.phrase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.empathy.data.InvalidDataException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reproducers of issue 13, items 7, 8 and 10, for the phrase catalog and its slots. */
class HostileCatalogTest {

    private static final String HEADER = "# empathy-statements 1\n# locale: en\n";

    private static PhraseCatalog.Builder vendor(String records) {
        return PhraseCatalog.builder().withoutBuiltIn()
                .add(new ByteArrayInputStream((HEADER + records).getBytes(StandardCharsets.UTF_8)), "acme.tsv");
    }

    private static String statement(String id, String intent, String text) {
        return id + "\t" + intent + "\tanger\t-\t0.0-1.0\t*\t*\tgeneral\t" + text + "\n";
    }

    @Test
    void aStatementWithEightyThousandExclamationMarksLoadsQuickly() {
        String text = "I see" + "!".repeat(80_000) + " you.";
        PhraseCatalog catalog = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> vendor(statement("a-1", "acknowledge", text)).build());
        assertThat(catalog.size()).isEqualTo(1);
    }

    @Test
    void theDuplicateTextKeyIgnoresCaseSpacingAndFinalPunctuation() {
        assertThat(PhraseCatalog.Builder.textKey("  I SEE\t you  !?.")).isEqualTo("i see you ");
        assertThat(PhraseCatalog.Builder.textKey("I see!!! you.")).isEqualTo("i see!!! you");
    }

    @Test
    void aVeryLongIdFailsWithFileAndLineNotAStackOverflow() {
        String id = "a-".repeat(5000) + "a";
        assertThatThrownBy(() -> vendor(statement(id, "acknowledge", "I see.")).build())
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("acme.tsv:3: id is 10001 chars long, the most is 100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "a-1", "ack-001-b", "9"})
    void idsAreLowerCaseWordsSeparatedBySingleDashes(String id) {
        assertThat(CatalogReader.isId(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", "a-", "a--b", "A", "a_b", "a b", "é"})
    void otherIdsAreRejected(String id) {
        assertThat(CatalogReader.isId(id)).isFalse();
    }

    @Test
    void anUnknownIntentIsNamedOnce() {
        assertThatThrownBy(() -> vendor(statement("a-1", "expected-thanks", "I see.")).build())
                .isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("acme.tsv:3: unknown intent 'expected-thanks', expected one of ")
                .satisfies(e -> assertThat(e.getMessage().split("expected-thanks", -1)).hasSize(2));
    }

    @Test
    void aNameCutInsideAnEmojiKeepsNoHalfOfIt() {
        String name = "a".repeat(119) + "\uD83D\uDE00";
        String cut = SelectionContext.builder().name(name).build().slots().get(Slot.NAME);
        assertThat(cut).isEqualTo("a".repeat(119));
        assertNoLoneSurrogate(cut);
    }

    @Test
    void aLongSlotValueIsCutAtAWordBoundary() {
        String issue = "the double charge on my card ".repeat(10);
        String cut = SelectionContext.builder().slot(Slot.ISSUE, issue).build().slots().get(Slot.ISSUE);
        assertThat(cut.length()).isLessThanOrEqualTo(SelectionContext.MAX_SLOT_LENGTH);
        assertThat(issue).startsWith(cut + " ");
    }

    @Test
    void invisibleControlsNeverReachTheRenderedText() {
        String name = "\u202ESam\u2066 \u200BLee\uFEFF\u200F\u0007\uD800";
        PhraseCatalog catalog = PhraseCatalog.english();
        Statement statement = catalog.statement("ack-001").orElseThrow();

        String rendered = catalog.render(statement, Map.of(Slot.NAME, name));

        assertThat(rendered).isEqualTo("I can see how frustrating this has been, Sam Lee.");
    }

    static void assertNoLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))).as("pair at %d", i).isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c)).as("lone low surrogate at %d", i).isFalse();
            }
        }
    }
}
