package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void writesObjectsAndArraysCompactlyWithCommasBetweenMembers() {
        String json = new JsonText(64).beginObject().member("a", 1).name("b").beginArray().value("x").value(2.5)
                .beginObject().endObject().endArray().name("c").beginObject().member("d", (String) null).endObject()
                .endObject().toString();

        assertThat(json).isEqualTo("{\"a\":1,\"b\":[\"x\",2.5,{}],\"c\":{\"d\":null}}");
    }

    @Test
    void escapesEveryCharacterAsJacksonDoes() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            all.append(c);
        }
        all.append("\uD83D\uDE00 \uD800 \uDFFF \u2028\u2029");
        String text = all.toString();

        assertThat(new JsonText(16).value(text).toString()).isEqualTo(JsonOutput.write(JsonOutput.mapper().getNodeFactory().textNode(text)));
    }

    @Test
    void writesNumbersAsJacksonDoes() {
        SplittableRandom random = new SplittableRandom(7);
        ObjectNode expected = JsonOutput.object();
        JsonText actual = new JsonText(4096).beginObject();
        double[] special = {0, -0.0, 1, 0.1, 1e-5, 1e7, 123456789.125, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY};
        for (int i = 0; i < special.length; i++) {
            expected.put("s" + i, special[i]);
            actual.member("s" + i, special[i]);
        }
        for (int i = 0; i < 200; i++) {
            double d = JsonOutput.round(random.nextDouble(-3, 3));
            int n = random.nextInt();
            expected.put("d" + i, d).put("n" + i, n);
            actual.member("d" + i, d).member("n" + i, n);
        }

        assertThat(actual.endObject().toString()).isEqualTo(JsonOutput.write(expected));
    }

    @Test
    void writesEveryRoundedValueOfTheDigitWriterAsDoubleToStringWritesIt() {
        for (int k = -JsonText.ROUNDED_LIMIT; k <= JsonText.ROUNDED_LIMIT; k++) {
            String expected = Double.toString(k / 10_000d);
            String actual = new JsonText(4).rounded(k / 10_000d).toString();
            if (!actual.equals(expected)) { // the message is built only for a failure: 200,001 values are checked
                assertThat(actual).as("k = %d", k).isEqualTo(expected);
            }
        }
    }

    @Test
    void writesARoundedValueAsTheValueRoundedByJsonOutput() {
        SplittableRandom random = new SplittableRandom(16);
        double[] special = {0, -0.0, 0.00004, 0.00005, -0.00005, 0.00049, 9.99995, 10.00005, -10.00005, 123.456789, 1e9,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double value : special) {
            assertThat(new JsonText(4).rounded(value).toString()).as("%s", value)
                    .isEqualTo(new JsonText(4).value(JsonOutput.round(value)).toString());
        }
        for (int i = 0; i < 100_000; i++) {
            double value = random.nextDouble(-12, 12);
            assertThat(new JsonText(4).rounded(value).toString()).as("%s", value)
                    .isEqualTo(new JsonText(4).value(JsonOutput.round(value)).toString());
        }
    }

    @Test
    void namesAndValuesMadeOnceAreWrittenAsNameAndValueWriteThem() {
        String[] texts = {"emotion", "", "say \"hi\"", "tab\there", "\u0001", "caf\u00e9 \uD83D\uDE00"};
        for (String text : texts) {
            assertThat(new JsonText(4).beginObject().name(JsonText.nameChars(text)).raw(JsonText.valueChars(text))
                    .memberRounded(JsonText.nameChars(text), 0.5).member(JsonText.nameChars(text), 3)
                    .member(JsonText.nameChars(text), text).member(JsonText.nameChars(text), text, 0, text.length())
                    .endObject().toString())
                    .isEqualTo(new JsonText(4).beginObject().member(text, text).memberRounded(text, 0.5).member(text, 3)
                            .member(text, text).member(text, text).endObject().toString());
        }
    }

    @Test
    void matchesJacksonOnNestedArrays() {
        ObjectNode expected = JsonOutput.object();
        ArrayNode cues = expected.putArray("cues");
        cues.addObject().put("start", 0).putArray("modifiers").add("caps").add("elongated");
        cues.addObject().putArray("modifiers");
        expected.putObject("situation").put("id", "general").putArray("cues");

        String actual = new JsonText(64).beginObject().name("cues").beginArray()
                .beginObject().member("start", 0).name("modifiers").beginArray().value("caps").value("elongated").endArray().endObject()
                .beginObject().name("modifiers").beginArray().endArray().endObject()
                .endArray().name("situation").beginObject().member("id", "general").name("cues").beginArray().endArray().endObject()
                .endObject().toString();

        assertThat(actual).isEqualTo(JsonOutput.write(expected));
    }

    @Test
    void aResetStartsTheNextValueAfterTheOnesWrittenAndTruncateDropsTheTail() {
        JsonText json = new JsonText(4).beginObject().member("a", -12).endObject().append("\n").reset();
        int first = json.length();
        json.beginArray().value("x").value(Integer.MIN_VALUE).value(0).endArray().reset();
        assertThat(json.toString()).isEqualTo("{\"a\":-12}\n[\"x\",-2147483648,0]");
        json.truncate(first);
        json.beginObject().member("b", "c\"d", 1, 3).endObject();
        assertThat(json.toString()).isEqualTo("{\"a\":-12}\n{\"b\":\"\\\"d\"}");
        assertThat(new String(json.chars(), 0, json.length())).isEqualTo(json.toString());
    }

    @Test
    void aRangeOfATextIsWrittenAsItsSubstring() {
        String text = "say \"hi\"\tnow\u0001 \uD83D\uDE00 end";
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                assertThat(new JsonText(2).beginObject().member("t", text, from, to).endObject().toString())
                        .isEqualTo(new JsonText(2).beginObject().member("t", text.substring(from, to)).endObject().toString());
            }
        }
    }

    @Test
    void refusesToCloseWhatWasNotOpened() {
        assertThatThrownBy(() -> new JsonText(4).endObject()).isInstanceOf(IllegalStateException.class)
                .hasMessage("nothing to close");
    }
}
