package dev.empathy.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.data.DataLines;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MessageSlotsTest {

    private static final MessageSlots SLOTS = MessageSlots.english();

    private static String value(String message, Slot slot) {
        return SLOTS.find(message).stream().filter(evidence -> evidence.slot() == slot).map(MessageSlots.Evidence::value)
                .findFirst().orElse(null);
    }

    static Stream<Arguments> examples() {
        DataLines file = DataLines.resource(MessageSlots.class, MessageSlots.RESOURCE, MessageSlots.FORMAT, 1);
        return file.records().stream().map(line -> Arguments.of(file.source() + ":" + line.number(), line.fields()[0],
                line.fields()[1], line.fields()[2]));
    }

    /** Every line's example yields what the line says: the product, no product, or a duration. */
    @ParameterizedTest(name = "{0}: {1} {2}: \"{3}\"")
    @MethodSource("examples")
    void everyExampleInTheDataFileYieldsItsSlot(String where, String kind, String word, String example) {
        String product = value(example, Slot.PRODUCT);
        String duration = value(example, Slot.DURATION);
        switch (kind) {
            case "product" -> assertThat(product).startsWith("your ").endsWith(word);
            case "modifier" -> assertThat(product).startsWith("your " + word + " ");
            case "not-before" -> assertThat(product).isNull();
            case "number" -> assertThat(duration).contains(word.equals("@digits") ? "3" : word);
            case "unit", "context" -> assertThat(duration).isNotNull();
            case "qualifier" -> assertThat(duration).doesNotStartWith("the ")
                    .satisfies(value -> assertThat(word.startsWith("the ") || value.startsWith(word)).isTrue());
            default -> throw new AssertionError("unknown kind " + kind);
        }
    }

    @ParameterizedTest(name = "\"{0}\" -> product {1}, duration {2}")
    @CsvSource(delimiterString = "=>", nullValues = "-", textBlock = """
            My parcel still hasn't arrived and I've been waiting for three weeks => your parcel => three weeks
            MY IPHONE won't charge => your iPhone => -
            I've had no signal for 2 days now => - => 2 days
            Been waiting for weeks for my order => your order => weeks
            I booked a car for three days => - => -
            I paid for two days of data and it's been down => - => -
            My phone bill is wrong => - => -
            My orders are all late => - => -
            Still waiting. For a week => - => -
            It's been broken for over a month => - => over a month
            No reply for the past 5 days => - => 5 days
            """)
    void takesOnlySafeWordsFromTheMessage(String message, String product, String duration) {
        assertThat(value(message, Slot.PRODUCT)).isEqualTo(product);
        assertThat(value(message, Slot.DURATION)).isEqualTo(duration);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Where is my parcel => 9 => 18 => my parcel
            waiting for three weeks => 8 => 23 => for three weeks
            """)
    void evidenceIsAHalfOpenSpanIntoTheMessage(String message, int start, int end, String text) {
        List<MessageSlots.Evidence> found = SLOTS.find(message);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).start()).isEqualTo(start);
        assertThat(found.get(0).end()).isEqualTo(end);
        assertThat(found.get(0).text()).isEqualTo(text).isEqualTo(message.substring(start, end));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            product
            duration
            """)
    void aVeryLongMessageIsReadOnlyToItsLimit(String slot) {
        String message = "x ".repeat(MessageSlots.MAX_CHARS) + "I've been waiting for three weeks for my parcel";
        assertThat(value(message, Slot.fromId(slot.toLowerCase(Locale.ROOT)))).isNull();
    }
}
