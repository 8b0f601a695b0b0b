package dev.dynasim.engine.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RateShapeTest {
    private static final long HOUR = 3_600_000L;

    @Test
    void constant_anyTime_isTheRate() {
        assertThat(RateShape.constant(250).perSecond(123_456_789L)).isEqualTo(250.0);
        assertThat(RateShape.constant(250).expectedRequests(0, 100)).isEqualTo(25.0);
    }

    @Test
    void ramp_midway_isLinear() {
        RateShape r = RateShape.ramp(100, 500, 10_000, 40_000);
        assertThat(r.perSecond(0)).isEqualTo(100.0);
        assertThat(r.perSecond(20_000)).isEqualTo(200.0);
        assertThat(r.perSecond(50_000)).isEqualTo(500.0);
        assertThat(r.perSecond(90_000)).isEqualTo(500.0);
    }

    @Test
    void diurnal_peakAndTrough_areMeanPlusAndMinusAmplitude() {
        RateShape d = RateShape.diurnal(1000, 400, 14 * HOUR);
        assertThat(d.perSecond(14 * HOUR)).isEqualTo(1400.0);
        assertThat(d.perSecond(2 * HOUR)).isCloseTo(600.0, within(1e-9));
        assertThat(d.perSecond(20 * HOUR)).isCloseTo(1000.0, within(1e-9));
        assertThat(d.perSecond(38 * HOUR)).isEqualTo(1400.0);
        assertThat(RateShape.diurnal(100, 300, 0).perSecond(12 * HOUR)).isZero();
    }

    @Test
    void spike_window_isHalfOpen() {
        RateShape s = RateShape.spike(100, 5000, 60_000, 30_000);
        assertThat(s.perSecond(59_999)).isEqualTo(100.0);
        assertThat(s.perSecond(60_000)).isEqualTo(5000.0);
        assertThat(s.perSecond(89_999)).isEqualTo(5000.0);
        assertThat(s.perSecond(90_000)).isEqualTo(100.0);
    }

    @Test
    void phases_eachShape_isTimedFromItsOwnStart() {
        RateShape p = RateShape.phases(List.of(
                new PhasedRate.Phase(1000, RateShape.constant(10)),
                new PhasedRate.Phase(5000, RateShape.ramp(0, 100, 0, 10_000))));
        assertThat(p.perSecond(999)).isZero();
        assertThat(p.perSecond(1000)).isEqualTo(10.0);
        assertThat(p.perSecond(4999)).isEqualTo(10.0);
        assertThat(p.perSecond(10_000)).isEqualTo(50.0);
    }

    @Test
    void phases_outOfOrder_isRejected() {
        assertThatThrownBy(() -> RateShape.phases(List.of(
                new PhasedRate.Phase(5, RateShape.constant(1)), new PhasedRate.Phase(5, RateShape.constant(2)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateShape.constant(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
