package dev.dynasim.engine.partition;

import static dev.dynasim.engine.partition.Tokens.hex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.model.AttributeValue;
import org.junit.jupiter.api.Test;

/** The two key hashes: MD5 (the course's stand-in, F3.4) and DynamoDB Local's salted SHA-1. */
class KeyHashTest {

    @Test
    void md5_isTheDefault_andHashesTheKeysUtf8Bytes() {
        assertThat(KeyHash.DEFAULT).isEqualTo(KeyHash.MD5);
        // md5("key-0") = b4428b7e85e1fa85481af6307d7f3cf7, all 128 bits
        assertThat(KeyHash.MD5.token(AttributeValue.s("key-0"))).isEqualTo(hex("b4428b7e85e1fa85481af6307d7f3cf7"));
    }

    @Test
    void md5_binaryKeys_hashTheirRawBytes() {
        assertThat(KeyHash.MD5.token(AttributeValue.b(new byte[] {1, 2, 3}))).isEqualTo(hex("5289df737df57326fcdd22597afb1fac"));
    }

    @Test
    void bothHashes_equalNumbersHashAlike() {
        for (KeyHash h : KeyHash.values()) {
            assertThat(h.token(AttributeValue.n("1.0"))).isEqualTo(h.token(AttributeValue.n("1")));
            assertThat(h.token(AttributeValue.n("2"))).isNotEqualTo(h.token(AttributeValue.n("1")));
        }
    }

    @Test
    void dynamoDbLocal_isTheSaltedSha1Token() {
        AttributeValue key = AttributeValue.s("key-0");
        // sha1("LocalDdb" + "key-0") = c6f13b353e33296acb743a1666e125dd dd809942, first 128 bits
        assertThat(KeyHash.DYNAMODB_LOCAL.token(key)).isEqualTo(hex("c6f13b353e33296acb743a1666e125dd"))
                .isNotEqualTo(KeyHash.MD5.token(key));
    }
}
