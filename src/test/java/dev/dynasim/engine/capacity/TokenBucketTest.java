package dev.dynasim.engine.capacity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenBucketTest {
    @Test
    void tryConsume_enoughTokens_takesThemAndSaysSo() {
        TokenBucket bucket = TokenBucket.full(10, 10, 0);

        assertThat(bucket.tryConsume(4, 0)).isTrue();
        assertThat(bucket.available(0)).isEqualTo(6.0);
    }

    @Test
    void tryConsume_tooFewTokens_takesNothing() {
        TokenBucket bucket = TokenBucket.full(10, 10, 0);

        assertThat(bucket.tryConsume(10.5, 0)).isFalse();
        assertThat(bucket.available(0)).isEqualTo(10.0);
    }

    @Test
    void available_afterIdleTime_refillsAtTheRateLazily() {
        TokenBucket bucket = new TokenBucket(100, 1_000, 0, 0);

        assertThat(bucket.available(250)).isEqualTo(25.0);
        assertThat(bucket.available(3_000)).isEqualTo(300.0);
    }

    @Test
    void available_afterLongIdleTime_stopsAtCapacity() {
        TokenBucket bucket = new TokenBucket(40_000, 40_000, 0, 0);

        assertThat(bucket.available(Long.MAX_VALUE / 2)).isEqualTo(40_000.0);
    }

    @Test
    void tryConsume_halfUnits_areExact() {
        TokenBucket bucket = TokenBucket.full(3, 3, 0);

        for (int i = 0; i < 6; i++) {
            assertThat(bucket.tryConsume(0.5, 0)).isTrue();
        }
        assertThat(bucket.tryConsume(0.5, 0)).isFalse();
        assertThat(bucket.available(0)).isEqualTo(0.0);
    }

    @Test
    void setRate_keepsTokensEarnedAtTheOldRate() {
        TokenBucket bucket = new TokenBucket(10, 1_000, 0, 0);

        bucket.setRate(100, 1_000);

        assertThat(bucket.available(2_000)).isEqualTo(110.0);
    }

    @Test
    void setCapacity_lowered_dropsTokensAbove() {
        TokenBucket bucket = TokenBucket.full(10, 100, 0);

        bucket.setCapacity(40, 0);

        assertThat(bucket.available(0)).isEqualTo(40.0);
    }

    @Test
    void canConsume_takesNothing() {
        TokenBucket bucket = TokenBucket.full(10, 10, 0);

        assertThat(bucket.canConsume(10, 0)).isTrue();
        assertThat(bucket.available(0)).isEqualTo(10.0);
    }

    @Test
    void tryConsume_timeGoesBackwards_isRejected() {
        TokenBucket bucket = TokenBucket.full(10, 10, 5_000);

        assertThatThrownBy(() -> bucket.tryConsume(1, 4_999)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tryConsume_oneUnitPerTickAtRateOne_neverThrottlesInAnHour() {
        TokenBucket bucket = TokenBucket.full(1, 1, 0);
        long served = 0;

        for (long second = 0; second < 3_600; second++) {
            served += bucket.tryConsume(1, Ticks.at(second)) ? 1 : 0;
        }

        assertThat(served).isEqualTo(3_600);
    }
}
