package dev.empathy.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonObjectParserTest {

    @Test
    void parsesEveryKindOfValue() {
        Map<String, Object> object = JsonObjectParser.parseObject(
                " {\"s\":\"a\\tb\\u00e9\\/\", \"n\":-1.5e2, \"t\":true, \"f\":false, \"z\":null, \"a\":[1,{\"k\":[]}], \"o\":{}} ");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("s", "a\tb\u00e9/");
        expected.put("n", new BigDecimal("-1.5e2"));
        expected.put("t", true);
        expected.put("f", false);
        expected.put("z", null);
        expected.put("a", List.of(new BigDecimal("1"), Map.of("k", List.of())));
        expected.put("o", Map.of());
        assertThat(object).containsExactlyEntriesOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"a\":1,}                | expected '\"' to start a key at column 8, found '}'",
        "{'a':1}                   | expected '\"' to start a key at column 2, found '''",
        "{\"a\":1} x               | unexpected text after the object at column 9, found 'x'",
        "{\"a\":01}                | expected ',' or '}' at column 7, found '1'",
        "{\"a\":1, \"a\":2}        | duplicate key \"a\" at column 9",
        "{\"a\":\"x                | unterminated string at column 8, found the end of the line",
        "{\"a\":\"\\q\"}           | invalid escape '\\q' at column 8, found 'q'",
        "{\"a\":tru}               | expected a JSON value at column 6, found 't'",
        "{\"a\" 1}                 | expected ':' at column 6, found '1'",
        "{\"a\":1 /* c */}         | expected ',' or '}' at column 8, found '/'",
    })
    void rejectsMalformedJsonNamingTheColumn(String json, String message) {
        assertThatThrownBy(() -> JsonObjectParser.parseObject(json.strip()))
                .isInstanceOf(JsonObjectParser.JsonSyntaxException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsNestingDeeperThanThirtyTwoLevels() {
        String deep = "{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}";
        assertThatThrownBy(() -> JsonObjectParser.parseObject(deep)).hasMessageStartingWith("nested deeper than 32 levels");
    }
}
