package dev.dynasim.engine.partition;

import static dev.dynasim.engine.partition.Tokens.hex;
import static dev.dynasim.engine.partition.Tokens.range;
import static dev.dynasim.engine.partition.Tokens.t;
import static dev.dynasim.engine.partition.Tokens.toTop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-picked edges of the half-open, non-wrapping ranges (in the manner of Cassandra's RangeTest). */
class TokenRangeTest {
    private static final String QUARTER = "40000000000000000000000000000000";
    private static final String HALF = "80000000000000000000000000000000";
    private static final String HALF_MINUS_ONE = "7fffffffffffffffffffffffffffffff";
    private static final String THREE_QUARTERS = "c0000000000000000000000000000000";

    private record Case(TokenRange range, Token token, boolean contained) {
    }

    @Test
    void contains_boundaryTable_halfOpenNoWrap() {
        List<Case> cases = List.of(
                new Case(TokenRange.FULL, Token.MIN, true),
                new Case(TokenRange.FULL, Token.MAX, true),
                new Case(TokenRange.FULL, hex(HALF), true),
                new Case(range("0", HALF), Token.MIN, true),
                new Case(range("0", HALF), hex(HALF_MINUS_ONE), true),
                new Case(range("0", HALF), hex(HALF), false),
                new Case(range("0", HALF), Token.MAX, false),
                new Case(toTop(HALF), hex(HALF), true),
                new Case(toTop(HALF), hex(HALF_MINUS_ONE), false),
                new Case(toTop(HALF), Token.MAX, true),
                new Case(toTop(HALF), Token.MIN, false),
                new Case(range(QUARTER, THREE_QUARTERS), hex(QUARTER), true),
                new Case(range(QUARTER, THREE_QUARTERS), hex("3fffffffffffffffffffffffffffffff"), false),
                new Case(range(QUARTER, THREE_QUARTERS), hex("bfffffffffffffffffffffffffffffff"), true),
                new Case(range(QUARTER, THREE_QUARTERS), hex(THREE_QUARTERS), false),
                new Case(range("0", "1"), Token.MIN, true),
                new Case(range("0", "1"), t(1), false),
                new Case(TokenRange.fromStartToTop(Token.MAX), Token.MAX, true),
                new Case(TokenRange.fromStartToTop(Token.MAX), hex("fffffffffffffffffffffffffffffffe"), false),
                new Case(range("ffffffffffffffff", "10000000000000000"), hex("ffffffffffffffff"), true),
                new Case(range("ffffffffffffffff", "10000000000000000"), hex("10000000000000000"), false));
        for (Case c : cases) {
            assertThat(c.range().contains(c.token())).as("%s contains %s", c.range(), c.token()).isEqualTo(c.contained());
        }
    }

    @Test
    void constructor_emptyOrWrapping_isRejected() {
        assertThatThrownBy(() -> range(HALF, HALF)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> range(THREE_QUARTERS, QUARTER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenRange(Token.MAX, hex(HALF))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void endsAtTop_minAsEnd_meansTwoToThe128() {
        assertThat(TokenRange.FULL.isFull()).isTrue();
        assertThat(TokenRange.FULL.endsAtTop()).isTrue();
        assertThat(TokenRange.FULL.width()).isEqualTo(Token.SPACE);
        assertThat(toTop(HALF).endValue()).isEqualTo(Token.SPACE);
        assertThat(toTop(HALF).isFull()).isFalse();
        assertThat(range("0", HALF).endsAtTop()).isFalse();
    }

    @Test
    void width_edges_exact() {
        assertThat(range("0", "1").width()).isEqualTo(BigInteger.ONE);
        assertThat(TokenRange.fromStartToTop(Token.MAX).width()).isEqualTo(BigInteger.ONE);
        assertThat(toTop(HALF).width()).isEqualTo(BigInteger.ONE.shiftLeft(127));
        assertThat(range("ffffffffffffffff", "10000000000000001").width()).isEqualTo(BigInteger.TWO);
    }

    @Test
    void ownership_landmarks_exactShares() {
        assertThat(TokenRange.FULL.ownership()).isEqualTo(1.0);
        assertThat(range("0", HALF).ownership()).isEqualTo(0.5);
        assertThat(toTop(THREE_QUARTERS).ownership()).isEqualTo(0.25);
        assertThat(range(QUARTER, THREE_QUARTERS).ownership()).isEqualTo(0.5);
        assertThat(TokenRange.fromStartToTop(Token.MAX).ownership()).isEqualTo(Math.scalb(1.0, -128));
    }

    @Test
    void midpoint_edges_overflowSafe() {
        assertThat(TokenRange.FULL.midpoint()).isEqualTo(hex(HALF));
        assertThat(toTop(HALF).midpoint()).isEqualTo(hex(THREE_QUARTERS));
        assertThat(range("0", HALF).midpoint()).isEqualTo(hex(QUARTER));
        assertThat(range("0", "3").midpoint()).isEqualTo(t(1));
        assertThat(range("0", "2").midpoint()).isEqualTo(t(1));
        assertThat(range("0", "1").midpoint()).isEqualTo(Token.MIN);
        assertThat(TokenRange.fromStartToTop(hex("fffffffffffffffffffffffffffffffe")).midpoint()).isEqualTo(Token.MAX);
        assertThat(range("fffffffffffffffe", "10000000000000002").midpoint()).isEqualTo(hex("10000000000000000"));
    }

    @Test
    void canSplitAt_edges_onlyStrictlyInside() {
        assertThat(TokenRange.FULL.canSplitAt(Token.MIN)).isFalse();
        assertThat(TokenRange.FULL.canSplitAt(Token.MAX)).isTrue();
        assertThat(range("0", HALF).canSplitAt(hex(HALF))).isFalse();
        assertThat(range("0", HALF).canSplitAt(hex(HALF_MINUS_ONE))).isTrue();
        assertThat(range("0", "1").canSplitAt(range("0", "1").midpoint())).isFalse();
        assertThat(TokenRange.fromStartToTop(Token.MAX).canSplitAt(Token.MAX)).isFalse();
    }

    @Test
    void split_fullAtHalf_twoContiguousHalves() {
        assertThat(TokenRange.FULL.split(hex(HALF))).containsExactly(range("0", HALF), toTop(HALF));
        assertThat(TokenRange.FULL.split(Token.MAX)).containsExactly(new TokenRange(Token.MIN, Token.MAX),
                TokenRange.fromStartToTop(Token.MAX));
        assertThatThrownBy(() -> range("0", HALF).split(Token.MIN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void divide_fullIntoThree_contiguousAndWithinOneToken() {
        List<TokenRange> thirds = TokenRange.FULL.divide(3);
        assertThat(thirds).containsExactly(
                range("0", "55555555555555555555555555555556"),
                range("55555555555555555555555555555556", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"),
                toTop("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"));
        assertThat(thirds.get(0).width().subtract(thirds.get(2).width())).isEqualTo(BigInteger.ONE);
    }

    @Test
    void divide_fullIntoFour_quarters() {
        assertThat(TokenRange.FULL.divide(4)).containsExactly(range("0", QUARTER), range(QUARTER, HALF),
                range(HALF, THREE_QUARTERS), toTop(THREE_QUARTERS));
        assertThat(TokenRange.FULL.divide(1)).containsExactly(TokenRange.FULL);
        assertThatThrownBy(() -> range("0", "2").divide(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toString_fullAndShort_hexWithTop() {
        assertThat(toTop(HALF).toString()).isEqualTo("[80000000000000000000000000000000, 2^128)");
        assertThat(range("0", "55555555555555555555555555555556").toShortString()).isEqualTo("[00000000, 55555555…)");
    }
}
