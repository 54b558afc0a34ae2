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
