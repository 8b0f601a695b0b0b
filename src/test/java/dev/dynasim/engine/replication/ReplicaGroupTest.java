package dev.dynasim.engine.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** One partition's replica group: quorum, leases, elections and repairs, with the facts file's numbers (F4.4-F4.6, example 48). */
class ReplicaGroupTest {
    private static final Region REGION = Region.US_EAST_1;
    private static final ReplicationSettings S = ReplicationSettings.DEFAULTS;
    private static final AvailabilityZone AZ1 = REGION.zone("use1-az1");
    private static final AvailabilityZone AZ2 = REGION.zone("use1-az2");
    private static final AvailabilityZone AZ3 = REGION.zone("use1-az3");

    private final ZoneHealth health = new ZoneHealth(REGION);
    private final ReplicaGroup group = new ReplicaGroup(REGION, health, 0);

    @Test
    void defaults_areTheDocumentedTeachingValues() {
        assertThat(S).isEqualTo(new ReplicationSettings(50, 1_000, 2_000, 5_000, 600_000));
        assertThat(REGION.zones()).extracting(AvailabilityZone::id).containsExactly("use1-az1", "use1-az2", "use1-az3");
    }

    @Test
    void healthyGroup_writesAppliedAtOnceByLeaderAndWithinASecondByFollowers() {
        WriteTicket t = group.write(10_000, S, new SplittableRandom(3));
        assertThat(group.writes(10_000)).isEqualTo(Availability.AVAILABLE);
        assertThat(t.lsn()).isEqualTo(1);
        assertThat(t.applyAtMillis()[0]).isEqualTo(10_000);
        assertThat(t.applyAtMillis()[1]).isBetween(10_000L, 11_000L);
        assertThat(t.applyAtMillis()[2]).isBetween(10_000L, 11_000L);
        assertThat(group.applied(1, t, 11_000)).isTrue();
    }

    @Test
    void leaderZoneDown_newLeaderWaitsExactlyTheLeaseThenServes() {
        health.takeDown(AZ1);
        List<ReplicationEvent> events = group.refresh(5_000, S);
        assertThat(events).extracting(ReplicationEvent::kind, ReplicationEvent::zone).containsExactly(
                tuple(ReplicationEvent.Kind.REPLICA_DOWN, AZ1), tuple(ReplicationEvent.Kind.LEADER_ELECTED, AZ2));
        assertThat(group.leader()).isEqualTo(1);
        // writes and strongly consistent reads pause for exactly the 2 s lease (F4.6, example 48)
        assertThat(group.writes(5_000)).isEqualTo(Availability.LEASE_WAIT);
        assertThat(group.writes(6_999)).isEqualTo(Availability.LEASE_WAIT);
        assertThat(group.strongReads(6_999)).isEqualTo(Availability.LEASE_WAIT);
        assertThat(group.writes(7_000)).isEqualTo(Availability.AVAILABLE);
        // eventually consistent reads go on from the survivors
        assertThat(group.readable(1, 5_000)).isTrue();
        assertThat(group.readable(2, 5_000)).isTrue();
        assertThat(group.readable(0, 5_000)).isFalse();
    }

    @Test
    void followerZoneDown_writesContinueWithoutPause() {
        health.takeDown(AZ3);
        assertThat(group.refresh(5_000, S)).extracting(ReplicationEvent::kind).containsExactly(ReplicationEvent.Kind.REPLICA_DOWN);
        assertThat(group.writes(5_000)).isEqualTo(Availability.AVAILABLE);
        WriteTicket t = group.write(5_000, S, new SplittableRandom(1));
        assertThat(t.applyAtMillis()[2]).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void twoZonesDown_noQuorum_writesRefusedButTheSurvivorServesEventualReads() {
        health.takeDown(AZ1);
        health.takeDown(AZ2);
        group.refresh(5_000, S);
        assertThat(group.leader()).isEqualTo(-1);
        assertThat(group.writes(60_000)).isEqualTo(Availability.NO_QUORUM);
        assertThat(group.strongReads(60_000)).isEqualTo(Availability.NO_QUORUM);
        assertThat(group.eventualReader(5_000, new SplittableRandom(1))).isEqualTo(2);
        // no repair without a leader: the group waits for a replica to return
        assertThat(group.refresh(600_000, S)).isEmpty();
        health.bringUp(AZ2);
        List<ReplicationEvent> back = group.refresh(700_000, S);
        // quorum again: a leader at once (the old lease is long gone), who replaces the replica still down
        assertThat(back).extracting(ReplicationEvent::kind).containsExactly(ReplicationEvent.Kind.REPLICA_UP,
                ReplicationEvent.Kind.LEADER_ELECTED, ReplicationEvent.Kind.LOG_REPLICA_ADDED);
        assertThat(group.writes(700_000)).isEqualTo(Availability.AVAILABLE);
    }

    @Test
    void replicaDownForAFewSeconds_replacedByALogReplicaThenRebuiltInMinutes() {
        group.failHome(2, true);
        group.refresh(0, S);
        assertThat(group.refresh(4_999, S)).isEmpty();
        List<ReplicationEvent> added = group.refresh(5_000, S);
        // its zone is up (only the replica failed), so the stand-in goes there
        assertThat(added).extracting(ReplicationEvent::kind, ReplicationEvent::zone)
                .containsExactly(tuple(ReplicationEvent.Kind.LOG_REPLICA_ADDED, AZ3));
        assertThat(group.kindOf(2, 5_000)).isEqualTo(ReplicaKind.LOG);
        assertThat(group.isUp(2)).isTrue();
        assertThat(group.readable(2, 5_000)).isFalse();
        assertThat(group.refresh(604_999, S)).isEmpty();
        assertThat(group.refresh(605_000, S)).extracting(ReplicationEvent::kind)
                .containsExactly(ReplicationEvent.Kind.STORAGE_REPLICA_REBUILT);
        assertThat(group.readable(2, 605_000)).isTrue();
        // the failed replica returns and takes its slot back once caught up
        group.failHome(2, false);
        assertThat(group.refresh(700_000, S)).extracting(ReplicationEvent::kind).containsExactly(ReplicationEvent.Kind.REPLICA_UP);
        assertThat(group.zoneOf(2)).isEqualTo(AZ3);
        assertThat(group.readable(2, 700_999)).isFalse();
        assertThat(group.readable(2, 701_000)).isTrue();
    }

    @Test
    void slowReplica_appliesLater() {
        group.slow(2, 5_000, 0);
        WriteTicket t = group.write(1_000, S, new SplittableRandom(9));
        assertThat(t.applyAtMillis()[2]).isBetween(6_000L, 7_000L);
        assertThat(group.applied(2, t, 5_999)).isFalse();
        assertThat(group.view(2_000).get(2).behindEntries()).isEqualTo(1);
        assertThat(group.view(2_000).get(2).lagMillis()).isEqualTo(1_000);
    }

    @Test
    void lag_isExponentialCappedAtTheMaximum() {
        assertThat(S.lag(0)).isZero();
        assertThat(S.lag(0.5)).isEqualTo(35);          // -50 ln(0.5) = 34.7
        assertThat(S.lag(0.999999999)).isEqualTo(1_000);
        assertThat(ReplicationSettings.NO_LAG.lag(0.9)).isZero();
    }

    @Test
    void standIn_forAFailedReplicaInAnUpZone_goesHome_andAZoneLossLeavesAQuorum() {
        group.failHome(1, true);
        group.refresh(0, S);
        assertThat(group.refresh(5_000, S)).extracting(ReplicationEvent::kind, ReplicationEvent::zone)
                .containsExactly(tuple(ReplicationEvent.Kind.LOG_REPLICA_ADDED, AZ2));
        health.takeDown(AZ1);
        group.refresh(6_000, S);
        // the log replica in use1-az2 and the storage replica in use1-az3: a quorum in two zones, use1-az3 leads
        assertThat(group.leader()).isEqualTo(2);
        assertThat(group.writes(8_000)).isEqualTo(Availability.AVAILABLE);
    }

    @Test
    void twoReplicasInOneZone_areNoQuorum() {
        health.takeDown(AZ3);
        group.refresh(0, S);
        // use1-az3 is down: the stand-in goes to the zone that is up and not the leader's (use1-az2)
        assertThat(group.refresh(5_000, S)).extracting(ReplicationEvent::kind, ReplicationEvent::zone)
                .containsExactly(tuple(ReplicationEvent.Kind.LOG_REPLICA_ADDED, AZ2));
        health.takeDown(AZ1);
        List<ReplicationEvent> lost = group.refresh(6_000, S);
        // two replicas up, both in use1-az2: not 2 of 3 in different zones (F4.4)
        assertThat(lost).extracting(ReplicationEvent::kind).contains(ReplicationEvent.Kind.QUORUM_LOST);
        assertThat(group.writes(60_000)).isEqualTo(Availability.NO_QUORUM);
    }

    @Test
    void groupMadeWhileItsLeadersZoneIsDown_leadsFromAnUpZoneAtOnce() {
        health.takeDown(AZ1);
        ReplicaGroup fresh = new ReplicaGroup(REGION, health, 0).startedAt(9_000);
        assertThat(fresh.leader()).isEqualTo(1);
        assertThat(fresh.writes(9_000)).isEqualTo(Availability.AVAILABLE);
        assertThat(fresh.refresh(10_000, S)).isEmpty();
    }
}
