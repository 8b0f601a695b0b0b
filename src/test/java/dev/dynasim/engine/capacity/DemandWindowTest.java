package dev.dynasim.engine.capacity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemandWindowTest {
    @Test
    void lastSecond_afterOneSecond_isWhatWasRequestedThen() {
        DemandWindow window = new DemandWindow(0);
        window.record(150, 0);
        window.record(0.5, 999);

        assertThat(window.thisSecond(999)).isEqualTo(150.5);
        assertThat(window.lastSecond(1_000)).isEqualTo(150.5);
        assertThat(window.thisSecond(1_000)).isEqualTo(0.0);
    }

    @Test
    void lastSecond_afterAnIdleSecond_isZero() {
        DemandWindow window = new DemandWindow(0);
        window.record(150, 0);

        assertThat(window.lastSecond(2_000)).isEqualTo(0.0);
    }
}
