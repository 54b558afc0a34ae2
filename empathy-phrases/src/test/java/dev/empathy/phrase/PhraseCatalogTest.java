package dev.empathy.phrase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.empathy.data.InvalidDataException;
import dev.empathy.emotion.Emotion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseCatalogTest {

    private static final String HEADER = "# empathy-statements 1\n# locale: en\n";
    private static final String GOOD = "acme-001\tacknowledge\tfrustration\t-\t0.2-1.0\t*\t*\tgeneral\tI can see this has been a slog[, {name}].\n";

    private static PhraseCatalog.Builder vendor(String text) {
        return PhraseCatalog.builder().add(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "acme.tsv");
    }

    @Test
    void theBuiltInEnglishCatalogHoldsAtLeastFourHundredStatements() {
        PhraseCatalog catalog = PhraseCatalog.english();
        assertThat(catalog.size()).isGreaterThanOrEqualTo(400);
        assertThat(catalog.locales()).containsExactly(Locale.ENGLISH);
        assertThat(catalog.statement("ack-001")).hasValueSatisfying(statement -> {
            assertThat(statement.intent()).isEqualTo(Intent.ACKNOWLEDGE);
            assertThat(statement.text()).isEqualTo("I can see how frustrating this has been[, {name}].");
            assertThat(statement.suits()).containsExactlyInAnyOrder(Emotion.FRUSTRATION, Emotion.ANGER);
            assertThat(statement.source()).startsWith("/dev/empathy/phrase/en/statements.tsv:");
        });
    }

    @Test
    void aStarInSuitsMeansEveryEmotionNotInNeverFor() {
        PhraseCatalog catalog = PhraseCatalog.builder().withoutBuiltIn()
                .add(new ByteArrayInputStream((HEADER + "x-1\tthank\t*\tsadness,anger\t0.0-1.0\t*\t*\tgeneral\tThanks a lot.\n")
                        .getBytes(StandardCharsets.UTF_8)), "acme.tsv")
                .build();
        assertThat(catalog.statement("x-1").orElseThrow().suits())
                .hasSize(7).doesNotContain(Emotion.SADNESS, Emotion.ANGER);
    }

    @Test
    void rendersAStatementWithAndWithoutSlotValues() {
        PhraseCatalog catalog = PhraseCatalog.english();
        Statement statement = catalog.statement("ack-001").orElseThrow();
        assertThat(catalog.render(statement, Map.of())).isEqualTo("I can see how frustrating this has been.");
        assertThat(catalog.render(statement, Map.of(Slot.NAME, "  Sam \n"))).isEqualTo("I can see how frustrating this has been, Sam.");
    }

    @Test
    void aVendorFileAddsStatementsToTheBuiltInOnes() {
        PhraseCatalog catalog = vendor(HEADER + GOOD).build();
        assertThat(catalog.size()).isEqualTo(PhraseCatalog.english().size() + 1);
        assertThat(catalog.statement("acme-001")).isPresent();
    }

    @Test
    void aVendorFileCanReplaceTheBuiltInCatalogInAnotherLocale(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fr.tsv");
        Files.writeString(file, "# empathy-statements 1\n# locale: fr\n"
                + "slot-default\tproduct\tvotre commande\n"
                + "fr-001\tapologise\tfrustration\t-\t0.0-1.0\t*\t*\tgeneral\tJe suis désolé que {product} soit en retard[, {name}].\n");
        PhraseCatalog catalog = PhraseCatalog.builder().withoutBuiltIn().add(file).build();
        Statement statement = catalog.statement("fr-001").orElseThrow();
        assertThat(catalog.locales()).containsExactly(Locale.FRENCH);
        assertThat(statement.source()).isEqualTo(file + ":4");
        assertThat(catalog.render(statement, Map.of())).isEqualTo("Je suis désolé que votre commande soit en retard.");
    }

    @Test
    void statementsCanBeSwitchedOffByIdAndByIntent() {
        PhraseCatalog catalog = PhraseCatalog.builder().disable("ack-001").disable(Intent.WARM_GREETING).build();
        assertThat(catalog.statement("ack-001")).isEmpty();
        assertThat(catalog.statement("ack-002")).isPresent();
        assertThat(catalog.statements()).noneMatch(statement -> statement.intent() == Intent.WARM_GREETING);
    }

    @Test
    void switchingOffAnUnknownIdFailsSoTyposAreNoticed() {
        assertThatThrownBy(() -> PhraseCatalog.builder().disable("ack-9999").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot disable statement 'ack-9999': no catalog file defines it");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            unknown intent     => a-1\\tapologize\\tanger\\t-\\t0.0-1.0\\t*\\t*\\tgeneral\\tSorry. => acme.tsv:3: unknown intent 'apologize', expected one of acknowledge, validate, apologise, reassure, collaborate, thank, encourage, de-escalate, active-listening, offer-options, follow-up, warm-greeting
            unknown emotion    => a-1\\tapologise\\tangry\\t-\\t0.0-1.0\\t*\\t*\\tgeneral\\tSorry. => acme.tsv:3: unknown emotion 'angry' in suits, expected one of anger, frustration, anxiety, confusion, disappointment, sadness, gratitude, satisfaction, neutral
            unknown never-for  => a-1\\tapologise\\tanger\\tglee\\t0.0-1.0\\t*\\t*\\tgeneral\\tSorry. => acme.tsv:3: unknown emotion 'glee' in never-for, expected one of anger, frustration, anxiety, confusion, disappointment, sadness, gratitude, satisfaction, neutral
            suits and never    => a-1\\tapologise\\tanger\\tanger\\t0.0-1.0\\t*\\t*\\tgeneral\\tSorry. => acme.tsv:3: emotion 'anger' is both in suits and in never-for
            bad intensity      => a-1\\tapologise\\tanger\\t-\\t0.9-0.2\\t*\\t*\\tgeneral\\tSorry. => acme.tsv:3: invalid intensity range '0.9-0.2', expected min-max with 0 <= min <= max <= 1, e.g. 0.2-1.0
            unknown formality  => a-1\\tapologise\\tanger\\t-\\t0.0-1.0\\tposh\\t*\\tgeneral\\tSorry. => acme.tsv:3: unknown formality 'posh', expected one of casual, neutral, formal
            unknown channel    => a-1\\tapologise\\tanger\\t-\\t0.0-1.0\\t*\\tsms\\tgeneral\\tSorry. => acme.tsv:3: unknown channel 'sms', expected one of chat, email, phone, social
            unknown situation  => a-1\\tapologise\\tanger\\t-\\t0.0-1.0\\t*\\t*\\tlate\\tSorry. => acme.tsv:3: unknown situation 'late', expected one of delivery-delay, billing-error, defect, outage, account-access, cancellation, refund, bereavement, fraud-security, long-wait, repeated-contact, praise-feedback, general
            empty list item    => a-1\\tapologise\\tanger,\\t-\\t0.0-1.0\\t*\\t*\\tgeneral\\tSorry. => acme.tsv:3: empty item in 'anger,' (emotion in suits)
            unknown slot       => a-1\\tapologise\\tanger\\t-\\t0.0-1.0\\t*\\t*\\tgeneral\\tSorry, {customer}. => acme.tsv:3: unknown slot {customer}, expected one of {name}, {product}, {issue}, {duration}, {agent}, {time-frame}
            slot no default    => a-1\\tapologise\\tanger\\t-\\t0.0-1.0\\t*\\t*\\tgeneral\\tSorry, {name}. => acme.tsv:3: slot {name} has no default in this file; write {name|fallback} or put it inside an optional segment [...]
            bad id             => A 1\\tapologise\\tanger\\t-\\t0.0-1.0\\t*\\t*\\tgeneral\\tSorry. => acme.tsv:3: invalid id 'A 1', expected lower-case letters and digits separated by '-'
            too few fields     => a-1\\tapologise\\tanger\\t-\\t0.0-1.0\\t*\\t*\\tSorry. => acme.tsv:3: expected 9 TAB-separated fields (id, intent, suits, never-for, intensity, formality, channels, situations, text), found 8
            empty text         => a-1\\tapologise\\tanger\\t-\\t0.0-1.0\\t*\\t*\\tgeneral\\t  => acme.tsv:3: text must not be empty
            bad slot default   => slot-default\\tcustomer\\tyou => acme.tsv:3: unknown slot 'customer', expected one of name, product, issue, duration, agent, time-frame
            """)
    void aMalformedLineFailsAtLoadNamingFileLineAndProblem(String problem, String line, String message) {
        String text = HEADER + line.replace("\\t", "\t") + "\n";
        assertThatThrownBy(() -> vendor(text).build())
                .isInstanceOf(InvalidDataException.class)
                .hasMessage(message);
    }

    @Test
    void aDuplicateIdInOneFileNamesBothLines() {
        assertThatThrownBy(() -> vendor(HEADER + GOOD + "\n" + GOOD.replace("a slog", "a long road")).build())
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("acme.tsv:5: duplicate id 'acme-001', already defined at acme.tsv:3");
    }

    @Test
    void aVendorIdThatClashesWithABuiltInIdFails() {
        assertThatThrownBy(() -> vendor(HEADER + GOOD.replace("acme-001", "ack-001")).build())
                .isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("acme.tsv:3: duplicate id 'ack-001', already defined at /dev/empathy/phrase/en/statements.tsv:");
    }

    @Test
    void aDuplicateTextFailsEvenWithDifferentCaseAndFinalPunctuation() {
        String second = "acme-002\tvalidate\tanger\t-\t0.2-1.0\t*\t*\tgeneral\ti can see this has been a slog[, {name}]!\n";
        assertThatThrownBy(() -> vendor(HEADER + GOOD + second).build())
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("acme.tsv:4: duplicate text, same as 'acme-001' at acme.tsv:3");
    }

    @Test
    void brokenUtf8FailsWithTheLineOfTheBadByte() {
        byte[] good = (HEADER + GOOD).getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 2];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xC3;
        bad[good.length + 1] = (byte) 0x28;
        assertThatThrownBy(() -> PhraseCatalog.builder().add(new ByteArrayInputStream(bad), "acme.tsv").build())
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("acme.tsv:4: is not valid UTF-8");
    }

    @Test
    void aFileWithoutLocaleFails() {
        assertThatThrownBy(() -> vendor("# empathy-statements 1\n" + GOOD).build())
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("acme.tsv: missing '# locale:' comment, e.g. '# locale: en'");
    }

    @Test
    void aFileWithAnInvalidLocaleFails() {
        assertThatThrownBy(() -> vendor("# empathy-statements 1\n# locale: en_GB!\n" + GOOD).build())
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("acme.tsv: invalid locale 'en_GB!', expected a BCP 47 language tag such as 'en' or 'pt-BR'");
    }

    @Test
    void aFileInAnotherFormatFails() {
        assertThatThrownBy(() -> vendor("# empathy-lexicon 1\n# locale: en\n").build())
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("acme.tsv:1: first line must be '# empathy-statements <version>', found '# empathy-lexicon 1'");
    }

    @Test
    void aFailedBuildLeavesTheBuiltInCatalogUntouched() {
        PhraseCatalog before = PhraseCatalog.english();
        int size = before.size();
        // the first line is good, the second is broken: nothing of the file may be used
        assertThatThrownBy(() -> vendor(HEADER + GOOD + "acme-002\tthank\tanger\t-\t0.0-1.0\t*\t*\tgeneral\tThanks {who}.\n").build())
                .isInstanceOf(InvalidDataException.class);
        assertThat(PhraseCatalog.english()).isSameAs(before);
        assertThat(PhraseCatalog.english().size()).isEqualTo(size);
        assertThat(PhraseCatalog.english().statement("acme-001")).isEmpty();
    }
}
