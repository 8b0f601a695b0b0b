package dev.dynasim.engine.partition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void duration_landmarks_readable() {
        assertThat(Format.duration(0)).isEqualTo("0 s");
        assertThat(Format.duration(1_500)).isEqualTo("1.500 s");
        assertThat(Format.duration(300_000)).isEqualTo("5 min");
        assertThat(Format.duration(250_000)).isEqualTo("4 min 10 s");
        assertThat(Format.duration(3_720_000)).isEqualTo("1 h 2 min");
        assertThat(Format.duration(7_200_000)).isEqualTo("2 h");
    }

    @Test
    void bytes_binaryUnits_twoDecimals() {
        assertThat(Format.bytes(1_023)).isEqualTo("1023 B");
        assertThat(Format.bytes(1_536)).isEqualTo("1.50 KB");
        assertThat(Format.bytes(10L * 1024 * 1024 * 1024)).isEqualTo("10.00 GB");
    }

    @Test
    void units_wholeAndFractional_groupedDigits() {
        assertThat(Format.units(1_250)).isEqualTo("1,250");
        assertThat(Format.units(1.25)).isEqualTo("1.25");
        assertThat(new Throughput(625, 250).toString()).isEqualTo("625 read / 250 write units/s");
    }

    @Test
    void splitPlan_toString_namesPartitionTokenCauseAndTimes() {
        SplitPlan plan = new SplitPlan(new PartitionId(7), Tokens.hex("80000000000000000000000000000000"), SplitCause.SIZE,
                3_600_000, 3_900_000, "stores 10.00 GB");
        assertThat(plan.toString()).isEqualTo("split P7 at 80000000 for SIZE, decided at 1 h, completes at 1 h 5 min: stores 10.00 GB");
    }
}
