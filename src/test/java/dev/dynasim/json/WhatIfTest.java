package dev.dynasim.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.sim.WhatIf;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The what-if replay: one scenario's traffic billed on demand, provisioned, and with auto scaling. */
class WhatIfTest {
    private static final PriceSheet PRICES = PriceSheetFiles.shipped("us-east-1");

    @Test
    void writeSharding_onDemandCostsItsWriteUnits_provisionedAtThePeakCostsLess_neitherThrottles() {
        List<WhatIf.Outcome> outcomes = WhatIf.compare(ScenarioFiles.readResource("write-sharding"), PRICES, PRICES.current(), 40_000);
        assertThat(outcomes).extracting(o -> o.option().label()).containsExactly("on-demand", "provisioned", "auto scaling");
        // 240,000 writes of 1 KB: 240,000 WRU at $0.625 per million; the storage is within the free tier
        assertThat(outcomes.get(0).bill().total()).isEqualByComparingTo("0.15");
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.served()).isEqualTo(240_000);
            assertThat(o.throttled()).isZero();
        });
        assertThat(outcomes.get(1).bill().total()).isLessThan(outcomes.get(0).bill().total());
    }

    @Test
    void dailyPeak_fixedCapacityThrottlesAtThePeak_autoScalingFollowsTheTraffic() {
        List<WhatIf.Outcome> outcomes = WhatIf.compare(ScenarioFiles.readResource("daily-peak"), PRICES, PRICES.current(), 40_000);
        assertThat(outcomes.get(0).throttled()).isZero();
        assertThat(outcomes.get(1).throttled()).isEqualTo(32_361_091);
        assertThat(outcomes.get(2).throttled()).isZero();
        assertThat(outcomes).extracting(o -> o.bill().total().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
                .containsExactly("20.52", "5.77", "9.27");
    }
}
