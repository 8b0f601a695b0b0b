package dev.dynasim.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OracleMatcherTest {
    private static JsonNode json(String text) {
        return WireJson.parse(text);
    }

    private static String diff(String expected, String actual) {
        return OracleMatcher.diff(json(expected), json(actual), "$", null);
    }

    @Test
    void diff_volatileValue_matchesAnything() {
        assertThat(diff("{\"a\": \"<volatile>\"}", "{\"a\": 1.7e9}")).isNull();
        assertThat(diff("{\"a\": \"<volatile>\"}", "{\"a\": {\"x\": [1]}}")).isNull();
    }

    @Test
    void diff_keyOrder_isIgnored() {
        assertThat(diff("{\"a\": 1, \"b\": \"x\"}", "{\"b\": \"x\", \"a\": 1}")).isNull();
    }

    @Test
    void diff_numbers_compareByDecimalValue() {
        assertThat(diff("{\"c\": 1.0}", "{\"c\": 1}")).isNull();
        assertThat(diff("{\"c\": 0.5}", "{\"c\": 0.50}")).isNull();
        assertThat(diff("{\"c\": 1.0}", "{\"c\": 1.5}")).isEqualTo("$.c: expected 1.0, got 1.5");
    }

    @Test
    void diff_numberAgainstString_differs() {
        assertThat(diff("{\"c\": 1}", "{\"c\": \"1\"}")).isEqualTo("$.c: expected 1, got \"1\"");
    }

    @Test
    void diff_setMembers_areUnordered() {
        assertThat(diff("{\"SS\": [\"a\", \"b\"]}", "{\"SS\": [\"b\", \"a\"]}")).isNull();
        assertThat(diff("{\"NS\": [\"1\", \"10\"]}", "{\"NS\": [\"10\", \"1\"]}")).isNull();
        assertThat(diff("{\"BS\": [\"AQ==\", \"Ag==\"]}", "{\"BS\": [\"Ag==\", \"AQ==\"]}")).isNull();
    }

    @Test
    void diff_listOrder_matters() {
        assertThat(diff("{\"L\": [{\"S\": \"a\"}, {\"S\": \"b\"}]}", "{\"L\": [{\"S\": \"b\"}, {\"S\": \"a\"}]}"))
                .isEqualTo("$.L[0].S: expected \"a\", got \"b\"");
    }

    @Test
    void diff_setMembersDiffer_reportsSet() {
        assertThat(diff("{\"SS\": [\"a\", \"b\"]}", "{\"SS\": [\"a\", \"c\"]}"))
                .startsWith("$.SS: set members differ");
    }

    @Test
    void diff_missingAndUnexpectedKeys_areReported() {
        assertThat(diff("{\"a\": 1, \"b\": 2}", "{\"a\": 1}")).isEqualTo("$.b: missing");
        assertThat(diff("{\"a\": 1}", "{\"a\": 1, \"Attributes\": {}}")).isEqualTo("$.Attributes: unexpected {}");
    }

    @Test
    void diff_booleanAndNull_compareExactly() {
        assertThat(diff("{\"a\": true}", "{\"a\": true}")).isNull();
        assertThat(diff("{\"a\": false}", "{\"a\": true}")).isEqualTo("$.a: expected false, got true");
        assertThat(diff("{\"a\": null}", "{\"a\": false}")).isEqualTo("$.a: expected null, got false");
    }

    @Test
    void match_wholeVolatileResponse_matchesAnySuccess() {
        assertThat(OracleMatcher.match(json("{\"response\": \"<volatile>\"}"), json("{\"response\": {\"x\": 1}}"))).isNull();
        assertThat(OracleMatcher.match(json("{\"response\": \"<volatile>\"}"),
                json("{\"error\": {\"__type\": \"t\", \"message\": \"m\"}}"))).startsWith("expected a response, got error");
    }

    @Test
    void match_errors_compareTypeAndMessageOnly() {
        JsonNode expect = json("{\"error\": {\"__type\": \"T\", \"message\": \"m\", \"Item\": {\"a\": {\"S\": \"x\"}}}}");
        assertThat(OracleMatcher.match(expect, json("{\"error\": {\"__type\": \"T\", \"message\": \"m\"}}"))).isNull();
        assertThat(OracleMatcher.match(expect, json("{\"error\": {\"__type\": \"T\", \"message\": \"other\"}}")))
                .isEqualTo("$.error.message: expected \"m\", got \"other\"");
        assertThat(OracleMatcher.match(expect, json("{\"error\": {\"__type\": \"U\", \"message\": \"m\"}}")))
                .startsWith("$.error.__type: expected T, got U");
    }

    @Test
    void check_documentedPresent_documentedWins() {
        JsonNode expect = json("{\"error\": {\"__type\": \"T\", \"message\": \"local\"},"
                + " \"documented\": {\"error\": {\"__type\": \"T\", \"message\": \"service\"}}}");
        assertThat(OracleMatcher.check(expect, json("{\"error\": {\"__type\": \"T\", \"message\": \"service\"}}"))).isNull();
        assertThat(OracleMatcher.check(expect, json("{\"error\": {\"__type\": \"T\", \"message\": \"local\"}}")))
                .endsWith("(the answer is DynamoDB Local's, not the documented one)");
    }

    @Test
    void expand_long_repeatsUnitToCodePoints() {
        JsonNode expanded = OracleMatcher.expand(json("{\"S\": {\"$long\": {\"length\": 5, \"repeat\": \"ab\"}}}"));
        assertThat(expanded.get("S").textValue()).isEqualTo("ababa");
    }

    @Test
    void expand_longWithSupplementaryCharacters_countsCodePoints() {
        String text = OracleMatcher.expand(json("{\"$long\": {\"length\": 3, \"repeat\": \"\uD83D\uDE00x\"}}")).textValue();
        assertThat(text).isEqualTo("\uD83D\uDE00x\uD83D\uDE00");
        assertThat(text.codePointCount(0, text.length())).isEqualTo(3);
    }

    @Test
    void expand_nestedInRequest_expandsEverywhere() {
        JsonNode expanded = OracleMatcher.expand(json(
                "{\"Item\": {\"p\": {\"L\": [{\"S\": {\"$long\": {\"length\": 2, \"repeat\": \"\u20ac\"}}}]}}}"));
        assertThat(WireJson.write(expanded)).isEqualTo("{\"Item\":{\"p\":{\"L\":[{\"S\":\"\u20ac\u20ac\"}]}}}");
    }
}
