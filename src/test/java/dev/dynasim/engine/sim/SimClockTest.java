package dev.dynasim.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SimClockTest {

    @Test
    void newClock_default_startsAtZeroWithOneSecondTicks() {
        SimClock clock = new SimClock();
        assertThat(clock.now()).isZero();
        assertThat(clock.tickMillis()).isEqualTo(1_000L);
    }

    @Test
    void advance_threeTimes_movesThreeTicks() {
        SimClock clock = new SimClock(250L);
        clock.advance();
        clock.advance();
        assertThat(clock.advance()).isEqualTo(750L);
        assertThat(clock.tick()).isEqualTo(3L);
    }

    @Test
    void advanceBy_zero_freezesTime() {
        SimClock clock = new SimClock(5_000L, 1_000L);
        assertThat(clock.advanceBy(0)).isEqualTo(5_000L);
    }

    @Test
    void advanceTo_earlierTime_isRejected() {
        SimClock clock = new SimClock(5_000L, 1_000L);
        assertThatThrownBy(() -> clock.advanceTo(4_999L)).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.advanceTo(7_500L)).isEqualTo(7_500L);
    }

    @Test
    void newClock_nonPositiveTick_isRejected() {
        assertThatThrownBy(() -> new SimClock(0L)).isInstanceOf(IllegalArgumentException.class);
    }
}
