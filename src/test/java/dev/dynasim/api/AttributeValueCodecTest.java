package dev.dynasim.api;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttributeValueCodecTest {
    private static AttributeValue decode(String json) {
        return AttributeValueCodec.decode(WireJson.parse(json));
    }

    private static String roundTrip(String json) {
        return WireJson.write(AttributeValueCodec.encode(decode(json)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"S\":\"x\"}", "{\"S\":\"\"}", "{\"N\":\"1.5\"}", "{\"B\":\"AQID\"}", "{\"B\":\"\"}", "{\"BOOL\":true}",
        "{\"BOOL\":false}", "{\"NULL\":true}", "{\"M\":{\"a\":{\"S\":\"x\"},\"b\":{\"L\":[{\"N\":\"1\"},{\"NULL\":true}]}}}",
        "{\"L\":[]}", "{\"M\":{}}", "{\"SS\":[\"b\",\"a\"]}", "{\"NS\":[\"3\",\"10\"]}", "{\"BS\":[\"AQ==\",\"Ag==\"]}",
        "{\"S\":\"\u20ac\uD83D\uDE00\"}"
    })
    void roundTrip_normalisedValue_isUnchanged(String json) {
        assertThat(roundTrip(json)).isEqualTo(json);
    }

    @ParameterizedTest
    @CsvSource({
        "+5, 5", "1e+3, 1000", ".5, 0.5", "0010, 10", "-0, 0", "1.50, 1.5", "1E2, 100", "0.000, 0", "1.0E-5, 0.00001",
        "123456789012345678901234567890.12345678, 123456789012345678901234567890.12345678", "-12.30, -12.3"
    })
    void encode_number_goesOutNormalised(String sent, String returned) {
        assertThat(roundTrip("{\"N\":\"" + sent + "\"}")).isEqualTo("{\"N\":\"" + returned + "\"}");
    }

    @Test
    void encode_numberSet_normalisesMembers() {
        assertThat(roundTrip("{\"NS\":[\"1.0\",\"0010\"]}")).isEqualTo("{\"NS\":[\"1\",\"10\"]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NaN", "abc", "1..2", "Infinity", " "})
    void decode_unparsableNumber_isValidationError(String text) {
        assertThatThrownBy(() -> decode("{\"N\":\"" + text + "\"}"))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ValidationException);
                    assertThat(e.getMessage()).isEqualTo("A value provided cannot be converted into a number");
                });
    }

    @Test
    void decode_unparsableNumberInSet_isValidationError() {
        assertThatThrownBy(() -> decode("{\"NS\":[\"1\",\"NaN\"]}"))
                .hasMessage("A value provided cannot be converted into a number");
    }

    @Test
    void decode_emptyValue_isDynamoDbsEmptyMessage() {
        assertThatThrownBy(() -> decode("{}")).isInstanceOfSatisfying(DynamoDbException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.ValidationException);
            assertThat(e.getMessage()).isEqualTo(
                    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        });
    }

    @Test
    void decode_twoTypes_isDynamoDbsMoreThanOneMessage() {
        assertThatThrownBy(() -> decode("{\"S\":\"x\",\"N\":\"1\"}")).hasMessage(
                "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
    }

    @Test
    void decode_nestedEmptyValue_isRejected() {
        assertThatThrownBy(() -> decode("{\"M\":{\"a\":{}}}")).hasMessage(AttributeValueCodec.EMPTY);
        assertThatThrownBy(() -> decode("{\"L\":[{\"S\":\"x\",\"BOOL\":true}]}")).hasMessage(AttributeValueCodec.TWO_TYPES);
    }

    @Test
    void decode_nullFalse_keepsWhatWasSent() {
        assertThat(decode("{\"NULL\":false}")).isEqualTo(new AttributeValue.Null(false));
    }

    @Test
    void decode_stringOfWrongJsonType_isSerializationError() {
        assertThatThrownBy(() -> decode("{\"S\":5}")).isInstanceOfSatisfying(DynamoDbException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.SerializationException));
    }

    @Test
    void decode_invalidBase64_isSerializationError() {
        assertThatThrownBy(() -> decode("{\"B\":\"***\"}")).isInstanceOfSatisfying(DynamoDbException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.SerializationException));
    }

    @Test
    void decode_binary_decodesBase64() {
        assertThat(decode("{\"B\":\"AQID\"}")).isEqualTo(AttributeValue.b(new byte[]{1, 2, 3}));
    }

    @Test
    void decodeMap_item_keepsOrderAndTypes() {
        Map<String, AttributeValue> item = AttributeValueCodec.decodeMap(
                WireJson.parse("{\"pk\":{\"S\":\"a\"},\"n\":{\"N\":\"2\"},\"s\":{\"SS\":[\"x\"]}}"));
        assertThat(item).containsExactly(Map.entry("pk", AttributeValue.s("a")), Map.entry("n", AttributeValue.n(2)),
                Map.entry("s", AttributeValue.ss("x")));
    }
}
