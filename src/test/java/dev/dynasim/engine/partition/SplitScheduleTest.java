package dev.dynasim.engine.partition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SplitScheduleTest {

    private static SplitPlan plan(int partition, long completes) {
        return new SplitPlan(new PartitionId(partition), Token.MAX, SplitCause.HEAT, 0, completes, "test");
    }

    @Test
    void begin_secondPlanForSamePartition_isRefused() {
        SplitSchedule schedule = new SplitSchedule();
        assertThat(schedule.begin(plan(1, 300_000))).isTrue();
        assertThat(schedule.begin(plan(1, 100_000))).isFalse();
        assertThat(schedule.isSplitting(new PartitionId(1))).isTrue();
        assertThat(schedule.pending()).containsExactly(plan(1, 300_000));
    }

    @Test
    void takeDue_mixedTimes_dueOnesByCompletionThenScheduleOrder() {
        SplitSchedule schedule = new SplitSchedule();
        schedule.begin(plan(1, 300_000));
        schedule.begin(plan(2, 200_000));
        schedule.begin(plan(3, 300_000));
        schedule.begin(plan(4, 400_000));
        assertThat(schedule.takeDue(299_999)).containsExactly(plan(2, 200_000));
        assertThat(schedule.takeDue(300_000)).containsExactly(plan(1, 300_000), plan(3, 300_000));
        assertThat(schedule.isSplitting(new PartitionId(1))).isFalse();
        assertThat(schedule.pending()).containsExactly(plan(4, 400_000));
    }

    @Test
    void takeDue_planForRetiredPartition_appliesAsNothing() {
        PartitionMap map = PartitionMap.provisioned(1_000, 1_000);
        Partition p = map.partitionAt(0);
        SplitSchedule schedule = new SplitSchedule();
        schedule.begin(new SplitPlan(p.id(), p.range().midpoint(), SplitCause.SIZE, 0, 300_000, "test"));
        map.doubleAll();
        assertThat(schedule.takeDue(300_000)).singleElement().satisfies(plan -> assertThat(map.apply(plan)).isEmpty());
    }
}
