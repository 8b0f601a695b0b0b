package dev.dynasim.engine.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The daily decrease limit (P12, example 44): 4 at any time, then one an hour, so 27 a day. */
class DecreaseQuotaTest {

    @Test
    void example44_asManyAsPossible_make27InADay() {
        DecreaseQuota quota = new DecreaseQuota();
        int made = 0;
        for (long t = 0; t < 86_400_000; t += 60_000) {
            if (quota.allows(t)) {
                quota.record(t);
                made++;
            }
        }
        assertThat(made).isEqualTo(27);
        assertThat(quota.madeOn(86_399_999)).isEqualTo(27);
    }

    @Test
    void fifthDecrease_waitsAnHourAfterTheFourth_andTheCountStartsAgainAtMidnight() {
        DecreaseQuota quota = new DecreaseQuota();
        for (int i = 0; i < 4; i++) quota.record(i * 1_000L);
        assertThat(quota.allows(3_600_000 + 2_999)).isFalse();
        assertThat(quota.allows(3_600_000 + 3_000)).isTrue();
        assertThat(quota.madeOn(86_400_000)).isZero();
    }
}
