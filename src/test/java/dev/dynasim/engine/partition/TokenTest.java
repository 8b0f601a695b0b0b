package dev.dynasim.engine.partition;

import static dev.dynasim.engine.partition.Tokens.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class TokenTest {

    @Test
    void of_maxValue_roundTripsThroughBigInteger() {
        BigInteger max = Token.SPACE.subtract(BigInteger.ONE);
        assertThat(Token.of(max)).isEqualTo(Token.MAX);
        assertThat(Token.MAX.toBigInteger()).isEqualTo(max);
        assertThat(Token.MIN.toBigInteger()).isZero();
    }

    @Test
    void of_outsideTheSpace_isRejected() {
        assertThatThrownBy(() -> Token.of(Token.SPACE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Token.of(BigInteger.ONE.negate())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void compareTo_highBitSet_ordersUnsigned() {
        assertThat(hex("80000000000000000000000000000000")).isGreaterThan(hex("7fffffffffffffffffffffffffffffff"));
        assertThat(hex("00000000000000008000000000000000")).isGreaterThan(hex("00000000000000007fffffffffffffff"));
        assertThat(Token.MAX).isGreaterThan(Token.MIN);
    }

    @Test
    void fraction_landmarks_exactShares() {
        assertThat(Token.MIN.fraction()).isEqualTo(0.0);
        assertThat(hex("40000000000000000000000000000000").fraction()).isEqualTo(0.25);
        assertThat(hex("80000000000000000000000000000000").fraction()).isEqualTo(0.5);
        assertThat(hex("c0000000000000000000000000000000").fraction()).isEqualTo(0.75);
        assertThat(Token.MAX.fraction()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void toShortString_trailingZerosOrNot_marksTruncation() {
        assertThat(hex("40000000000000000000000000000000").toShortString()).isEqualTo("40000000");
        assertThat(hex("55555555555555555555555555555555").toShortString()).isEqualTo("55555555…");
        assertThat(Token.MAX.toString()).isEqualTo("ffffffffffffffffffffffffffffffff");
    }

    @Test
    void next_carriesIntoTheHighWordAndWrapsAtTheTop() {
        assertThat(new Token(0, 5).next()).isEqualTo(new Token(0, 6));
        assertThat(new Token(3, -1L).next()).isEqualTo(new Token(4, 0));
        assertThat(Token.MAX.next()).isEqualTo(Token.MIN);
    }
}
