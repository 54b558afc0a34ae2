package dev.empathy.phrase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateTest {

    private static final Map<Slot, String> DEFAULTS = Map.of(Slot.PRODUCT, "your order", Slot.ISSUE, "this issue",
            Slot.DURATION, "this long");

    private static String render(String text, String name, String product) {
        Map<Slot, String> values = new EnumMap<>(Slot.class);
        if (name != null) {
            values.put(Slot.NAME, name);
        }
        if (product != null) {
            values.put(Slot.PRODUCT, product);
        }
        return Template.compile(text, DEFAULTS).render(SlotValues.array(values));
    }

    @ParameterizedTest(name = "{0} with name={1}, product={2}")
    @CsvSource(delimiterString = "=>", nullValues = "null", textBlock = """
            Thanks for bearing with us[, {name}]. => Sam => null => Thanks for bearing with us, Sam.
            Thanks for bearing with us[, {name}]. => null => null => Thanks for bearing with us.
            [{name}, ]I can see how this could hurt. => null => null => I can see how this could hurt.
            [{name}, ]I can see how this could hurt. => Sam => null => Sam, I can see how this could hurt.
            Hi[ {name}], thanks for getting in touch! => null => null => Hi, thanks for getting in touch!
            Hi[ {name}], thanks for getting in touch! => Ana => null => Hi Ana, thanks for getting in touch!
            I'm sorry {product} arrived damaged. => null => null => I'm sorry your order arrived damaged.
            I'm sorry {product} arrived damaged. => null => your X200 speaker => I'm sorry your X200 speaker arrived damaged.
            {product} is on its way. => null => null => Your order is on its way.
            You won't wait {duration|any longer}. => null => null => You won't wait any longer.
            Sorry about {issue}. => null => null => Sorry about this issue.
            """)
    void fillsSlotsAndLeavesOutOptionalSegmentsWithoutAValue(String text, String name, String product, String expected) {
        assertThat(render(text, name, product)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Hello {customer}. => unknown slot {customer}, expected one of {name}, {product}, {issue}, {duration}, {agent}, {time-frame}
            Hello {name}. => slot {name} has no default in this file; write {name|fallback} or put it inside an optional segment [...]
            Hello {name. => unclosed '{' at column 7 of the text
            Hello name}. => unmatched '}' at column 11 of the text
            Hello [{name} => unclosed '[' in the text
            Hello {name}]. => slot {name} has no default in this file; write {name|fallback} or put it inside an optional segment [...]
            Hello [there]. => optional segment ending at column 13 contains no slot
            Hello [[{name}]]. => nested '[' at column 8 of the text; optional segments do not nest
            Hello {agent|}. => fallback of {agent} must be plain, non-empty text
            """)
    void rejectsMalformedTextWithTheProblem(String text, String problem) {
        assertThatThrownBy(() -> Template.compile(text, DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Hello {customer}. => unknown slot {customer}, expected one of {name}, {product}, {issue}, {duration}, {agent}, {time-frame}
            """)
    void anUnknownSlotIsRejectedEvenInsideAnOptionalSegment(String text, String problem) {
        assertThatThrownBy(() -> Template.compile("[" + text + "]", DEFAULTS)).hasMessage(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Thanks for waiting {duration}. => Thanks for waiting this long.
            """)
    void aFileWithoutDefaultsNeedsFallbacks(String text, String expected) {
        assertThatThrownBy(() -> Template.compile(text, Map.of()))
                .hasMessage("slot {duration} has no default in this file; write {duration|fallback} or put it inside an optional segment [...]");
        assertThat(Template.compile(text, DEFAULTS).render(new String[Slot.values().length])).isEqualTo(expected);
    }
}
