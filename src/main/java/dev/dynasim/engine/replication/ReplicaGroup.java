package dev.dynasim.engine.replication;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The replica group of one partition (F4.1-F4.6): one replica slot per Availability Zone of the
 * Region, a leader that serves writes and strongly consistent reads, followers that apply each write
 * after a replication lag, and the failures and repairs between. Mutable and driven by explicit
 * times: call {@link #refresh} whenever zone health or replica faults change and once per tick, so
 * that failures are noticed, leaders elected and repairs made when they are due.
 * <p>
 * Rules: a write needs a serving leader and 2 of the 3 slots up (the leader and a follower, in
 * different zones); a leader lost while a quorum remains is replaced at once by the next slot in zone
 * order that is up and holds storage, but serves only when the old lease has expired; with fewer than
 * 2 slots up there is no leader; a slot down for {@code logReplicaMillis} is refilled by the leader
 * with a log replica in the first other zone that is up, which becomes a storage replica after
 * {@code storageRebuildMillis}; a failed replica that returns takes its slot back (the stand-in is
 * retired) and serves reads once it has caught up, {@code lagMaxMillis} later.
 */
public final class ReplicaGroup {
    private static final long NEVER = Long.MAX_VALUE;

    private final Region region;
    private final ZoneHealth health;
    private final Slot[] slots = new Slot[Region.REPLICAS];
    private int leader;
    /** Whether the group had a write quorum when last refreshed. */
    private boolean quorum = true;
    private long servesFrom;
    private long leaderLostAt = NEVER;
    private int lastLeader;
    private long lastLsn;
    /** Per slot, the earliest a follower can apply a write: when a returning or rebuilt replica has caught up. */
    private final long[] applyFloor = new long[Region.REPLICAS];
    /** Writes some up replica has not applied yet, oldest first. */
    private final ArrayDeque<WriteTicket> pending = new ArrayDeque<>();

    /** One replica position: its home replica, or a stand-in the leader placed elsewhere. */
    private static final class Slot {
        final AvailabilityZone home;
        boolean homeFailed;
        long extraLagMillis;
        AvailabilityZone standIn;
        long standInRebuiltAt = NEVER;
        boolean rebuiltAnnounced;
        long downSince = -1;
        long readableFrom;
        long caughtUpLsn;

        Slot(AvailabilityZone home) {
            this.home = home;
        }

        Slot copy() {
            Slot s = new Slot(home);
            s.homeFailed = homeFailed;
            s.extraLagMillis = extraLagMillis;
            s.standIn = standIn;
            s.standInRebuiltAt = standInRebuiltAt;
            s.rebuiltAnnounced = rebuiltAnnounced;
            s.downSince = downSince;
            s.readableFrom = readableFrom;
            s.caughtUpLsn = caughtUpLsn;
            return s;
        }
    }

    /** A healthy group with its leader in slot {@code leaderSlot} (spread leaders across zones, F4.1). */
    public ReplicaGroup(Region region, ZoneHealth health, int leaderSlot) {
        this.region = region;
        this.health = health;
        for (int i = 0; i < slots.length; i++) slots[i] = new Slot(region.zones().get(i));
        this.leader = Math.floorMod(leaderSlot, Region.REPLICAS);
        this.lastLeader = leader;
    }

    /** A copy of this group for a child partition after a split: same replicas, leader, faults and log position. */
    public ReplicaGroup copy() {
        ReplicaGroup g = new ReplicaGroup(region, health, leader < 0 ? lastLeader : leader);
        for (int i = 0; i < slots.length; i++) g.slots[i] = slots[i].copy();
        g.leader = leader;
        g.quorum = quorum;
        g.servesFrom = servesFrom;
        g.leaderLostAt = leaderLostAt;
        g.lastLeader = lastLeader;
        g.lastLsn = lastLsn;
        System.arraycopy(applyFloor, 0, g.applyFloor, 0, applyFloor.length);
        g.pending.addAll(pending);
        return g;
    }

    /** The leader's slot, or -1 when the group has none. */
    public int leader() {
        return leader;
    }

    /** The last log sequence number committed. */
    public long lastLsn() {
        return lastLsn;
    }

    /** Whether slot {@code s} has a replica that is up now (home or stand-in). */
    public boolean isUp(int s) {
        Slot slot = slots[s];
        if (homeHealthy(slot)) return true;
        return slot.standIn != null && health.isUp(slot.standIn);
    }

    /** Where slot {@code s}'s replica is now: its home zone, or the zone of its stand-in. */
    public AvailabilityZone zoneOf(int s) {
        Slot slot = slots[s];
        return homeHealthy(slot) || slot.standIn == null ? slot.home : slot.standIn;
    }

    /** What slot {@code s}'s replica holds at {@code now}. */
    public ReplicaKind kindOf(int s, long now) {
        Slot slot = slots[s];
        if (homeHealthy(slot) || slot.standIn == null) return ReplicaKind.STORAGE;
        return now >= slot.standInRebuiltAt ? ReplicaKind.STORAGE : ReplicaKind.LOG;
    }

    private boolean homeHealthy(Slot slot) {
        return !slot.homeFailed && health.isUp(slot.home);
    }

    private int upCount() {
        int n = 0;
        for (int i = 0; i < slots.length; i++) if (isUp(i)) n++;
        return n;
    }

    /** Whether 2 of the 3 replicas are up in different zones: a write quorum (F4.4). */
    public boolean hasQuorum() {
        AvailabilityZone first = null;
        for (int i = 0; i < slots.length; i++) {
            if (!isUp(i)) continue;
            AvailabilityZone z = zoneOf(i);
            if (first == null) first = z;
            else if (!first.equals(z)) return true;
        }
        return false;
    }

    /** Slots whose replica is failed or slowed (faults in force). */
    public int faultySlots() {
        int n = 0;
        for (Slot s : slots) if (s.homeFailed || s.extraLagMillis > 0) n++;
        return n;
    }

    /** Whether a write can be accepted at {@code now}, and if not, why. */
    public Availability writes(long now) {
        if (!hasQuorum()) return Availability.NO_QUORUM;
        if (leader < 0) return Availability.LEASE_WAIT;
        return now < servesFrom ? Availability.LEASE_WAIT : Availability.AVAILABLE;
    }

    /**
     * Makes a new group (a partition created now) fit the faults in force at {@code now}: replicas in
     * zones that are down are down from now, and if the intended leader is one of them the first up
     * replica in zone order leads, serving at once (there was no earlier lease); without a quorum there
     * is no leader.
     */
    public ReplicaGroup startedAt(long now) {
        for (int i = 0; i < slots.length; i++) if (!isUp(i)) slots[i].downSince = now;
        quorum = hasQuorum();
        if (!quorum) {
            leader = -1;
        } else if (!isUp(leader)) {
            for (int k = 1; k <= slots.length; k++) {
                int i = (leader + k) % slots.length;
                if (isUp(i)) {
                    leader = i;
                    break;
                }
            }
            lastLeader = leader;
        }
        servesFrom = Long.MIN_VALUE;
        return this;
    }

    /** Whether a strongly consistent read can be served at {@code now} (by the leader), and if not, why. */
    public Availability strongReads(long now) {
        return writes(now);
    }

    /** Whether slot {@code s} can serve an eventually consistent read at {@code now}: up, holding storage, caught up. */
    public boolean readable(int s, long now) {
        return isUp(s) && kindOf(s, now) == ReplicaKind.STORAGE && now >= slots[s].readableFrom;
    }

    /** The slot an eventually consistent read goes to, drawn from {@code rng} among the readable ones; -1 if none. */
    public int eventualReader(long now, RandomGenerator rng) {
        int n = 0;
        for (int i = 0; i < slots.length; i++) if (readable(i, now)) n++;
        if (n == 0) return -1;
        int pick = n == 1 ? 0 : rng.nextInt(n);
        for (int i = 0; i < slots.length; i++) {
            if (readable(i, now) && pick-- == 0) return i;
        }
        throw new IllegalStateException("unreachable");
    }

    /** Whether slot {@code s} has applied the write of {@code ticket} by {@code now}. */
    public boolean applied(int s, WriteTicket ticket, long now) {
        return s == leader || ticket.applyAtMillis()[s] <= now || ticket.lsn() <= slots[s].caughtUpLsn;
    }

    /**
     * Accepts a write at {@code now} (check {@link #writes} first): the leader applies it at once, each
     * follower that is up after its own lag, drawn from {@code lag}, plus the follower's extra lag (and
     * not before a catching-up replica has caught up). Each write's lag is its own: a long lag does not
     * hold up the writes behind it, which keeps item level and the rate level's formula in step.
     */
    public WriteTicket write(long now, ReplicationSettings settings, RandomGenerator lag) {
        long[] applyAt = new long[slots.length];
        for (int i = 0; i < slots.length; i++) {
            if (i == leader) {
                applyAt[i] = now;
            } else if (isUp(i)) {
                long at = now + settings.lag(lag.nextDouble()) + slots[i].extraLagMillis;
                applyAt[i] = Math.max(applyFloor[i], at);
            } else {
                applyAt[i] = NEVER;
            }
        }
        WriteTicket ticket = new WriteTicket(++lastLsn, now, applyAt);
        while (!pending.isEmpty() && appliedEverywhere(pending.peekFirst(), now)) pending.removeFirst();
        pending.addLast(ticket);
        return ticket;
    }

    /** Sets the extra replication lag of slot {@code s} (a slow replica; 0 restores it). */
    public ReplicationEvent slow(int s, long extraLagMillis, long now) {
        if (extraLagMillis < 0) throw new IllegalArgumentException("extra lag must not be negative");
        slots[s].extraLagMillis = extraLagMillis;
        return new ReplicationEvent(now, ReplicationEvent.Kind.REPLICA_SLOWED, s, zoneOf(s),
                extraLagMillis == 0 ? "replication lag back to normal" : "applies writes " + extraLagMillis + " ms later than normal");
    }

    /** Marks the home replica of slot {@code s} failed or repaired; call {@link #refresh} afterwards. */
    public void failHome(int s, boolean failed) {
        slots[s].homeFailed = failed;
    }

    /**
     * Notices what changed by {@code now}: replicas gone or back, quorum lost, leaders elected,
     * stand-ins added and rebuilt; drops writes every up replica has applied. Returns what happened.
     */
    public List<ReplicationEvent> refresh(long now, ReplicationSettings settings) {
        List<ReplicationEvent> events = null;
        for (int i = 0; i < slots.length; i++) {
            Slot slot = slots[i];
            boolean up = isUp(i);
            if (homeHealthy(slot) && slot.standIn != null) {
                AvailabilityZone retired = slot.standIn;
                slot.standIn = null;
                slot.standInRebuiltAt = NEVER;
                slot.rebuiltAnnounced = false;
                events = add(events, rejoin(i, now, settings, "back; it takes its place from the stand-in in " + retired));
            } else if (!up && slot.downSince < 0) {
                slot.downSince = now;
                events = add(events, new ReplicationEvent(now, ReplicationEvent.Kind.REPLICA_DOWN, i, zoneOf(i),
                        slot.homeFailed ? "the replica failed" : "its Availability Zone is down"));
                if (i == leader) {
                    lastLeader = leader;
                    leader = -1;
                    leaderLostAt = now;
                }
            } else if (up && slot.downSince >= 0) {
                events = add(events, rejoin(i, now, settings, "back"));
            }
        }
        boolean q = hasQuorum();
        if (quorum && !q) {
            if (leader >= 0) {
                lastLeader = leader;
                leader = -1;
                leaderLostAt = now;
            }
            events = add(events, new ReplicationEvent(now, ReplicationEvent.Kind.QUORUM_LOST, lastLeader, zoneOf(lastLeader),
                    "only " + upCount() + " of 3 replicas up" + (upCount() >= 2 ? ", in one zone" : "")
                            + ": no write quorum, no leader"));
        }
        quorum = q;
        if (leader < 0 && q) {
            int next = electable(now);
            if (next >= 0) {
                leader = next;
                lastLeader = next;
                servesFrom = Math.max(slots[next].readableFrom,
                        leaderLostAt == NEVER ? now : Math.max(now, leaderLostAt + settings.leaseMillis()));
                leaderLostAt = NEVER;
                events = add(events, new ReplicationEvent(now, ReplicationEvent.Kind.LEADER_ELECTED, next, zoneOf(next),
                        servesFrom > now ? "serves from " + servesFrom + " ms, when the old lease expires" : "serves at once"));
            }
        }
        if (leader >= 0) events = repair(now, settings, events);
        while (!pending.isEmpty() && appliedEverywhere(pending.peekFirst(), now)) pending.removeFirst();
        return events == null ? List.of() : events;
    }

    /** A replica back in slot {@code s}: it catches up on the log and serves reads once caught up. */
    private ReplicationEvent rejoin(int s, long now, ReplicationSettings settings, String what) {
        Slot slot = slots[s];
        slot.downSince = -1;
        slot.caughtUpLsn = lastLsn;
        slot.readableFrom = now + settings.lagMaxMillis();
        applyFloor[s] = slot.readableFrom;
        return new ReplicationEvent(now, ReplicationEvent.Kind.REPLICA_UP, s, zoneOf(s),
                what + "; serves reads after catching up, at " + slot.readableFrom + " ms");
    }

    /** The new leader: the next up storage replica in zone order after the last leader, caught-up ones first. */
    private int electable(long now) {
        int behind = -1;
        for (int k = 0; k < slots.length; k++) {
            int i = (lastLeader + 1 + k) % slots.length;
            if (!isUp(i) || kindOf(i, now) != ReplicaKind.STORAGE) continue;
            if (now >= slots[i].readableFrom) return i;
            if (behind < 0) behind = i;
        }
        return behind;
    }

    private List<ReplicationEvent> repair(long now, ReplicationSettings settings, List<ReplicationEvent> events) {
        for (int i = 0; i < slots.length; i++) {
            Slot slot = slots[i];
            if (slot.downSince >= 0 && now - slot.downSince >= settings.logReplicaMillis()) {
                AvailabilityZone zone = standInZone(slot);
                if (zone == null) continue;
                slot.standIn = zone;
                slot.standInRebuiltAt = now + settings.storageRebuildMillis();
                slot.rebuiltAnnounced = false;
                slot.downSince = -1;
                slot.caughtUpLsn = lastLsn;
                slot.readableFrom = slot.standInRebuiltAt;
                applyFloor[i] = now;
                events = add(events, new ReplicationEvent(now, ReplicationEvent.Kind.LOG_REPLICA_ADDED, i, zone,
                        "the leader replaced the " + slot.home + " replica with a log replica in " + zone));
            } else if (slot.standIn != null && !slot.rebuiltAnnounced && now >= slot.standInRebuiltAt) {
                slot.rebuiltAnnounced = true;
                events = add(events, new ReplicationEvent(now, ReplicationEvent.Kind.STORAGE_REPLICA_REBUILT, i, slot.standIn,
                        "the log replica in " + slot.standIn + " is now a full storage replica"));
            }
        }
        return events;
    }

    /**
     * Where a stand-in for a failed replica goes: its home zone when that is up (only the replica
     * failed), else an up zone other than the leader's, so that the leader and it can still form a
     * quorum in different zones (F4.4); none when there is no such zone.
     */
    private AvailabilityZone standInZone(Slot slot) {
        if (health.isUp(slot.home)) return slot.home;
        AvailabilityZone leaderZone = leader < 0 ? null : zoneOf(leader);
        for (AvailabilityZone z : region.zones()) {
            if (!z.equals(slot.home) && health.isUp(z) && !z.equals(leaderZone)) return z;
        }
        return null;
    }

    private boolean appliedEverywhere(WriteTicket t, long now) {
        for (int i = 0; i < slots.length; i++) {
            if (isUp(i) && !applied(i, t, now)) return false;
        }
        return true;
    }

    /** Each replica as a student sees it at {@code now}. */
    public List<ReplicaView> view(long now) {
        List<ReplicaView> out = new ArrayList<>(slots.length);
        for (int i = 0; i < slots.length; i++) {
            long applied = lastLsn;
            long oldestMissing = NEVER;
            for (WriteTicket t : pending) {
                if (!applied(i, t, now)) {
                    applied = Math.min(applied, t.lsn() - 1);
                    oldestMissing = Math.min(oldestMissing, t.committedMillis());
                }
            }
            boolean up = isUp(i);
            if (!up) applied = Math.min(applied, slots[i].caughtUpLsn);
            out.add(new ReplicaView(i, zoneOf(i), kindOf(i, now), up, i == leader, applied, lastLsn - applied,
                    oldestMissing == NEVER ? 0 : now - oldestMissing, slots[i].extraLagMillis));
        }
        return out;
    }

    /**
     * The share of the interval [{@code start}, {@code end}) during which the group cannot take writes or
     * serve strongly consistent reads (rate level): all of it without a quorum, the lease wait's overlap
     * while a new leader waits, none otherwise. For an empty interval, 1 or 0 by the state at {@code start}.
     */
    public double unavailableShare(long start, long end) {
        Availability a = writes(start);
        if (a == Availability.AVAILABLE) return 0;
        if (a == Availability.NO_QUORUM || leader < 0 || end <= start) return 1;
        return Math.min(1, Math.max(0, (double) (servesFrom - start) / (end - start)));
    }

    /** Whether some replica can serve an eventually consistent read at {@code now}. */
    public boolean readableAnywhere(long now) {
        for (int i = 0; i < slots.length; i++) if (readable(i, now)) return true;
        return false;
    }

    /**
     * The chance that an eventually consistent read at {@code now} of a key written {@code writesPerMilli}
     * times per millisecond (a Poisson stream) is stale (rate level): the read goes to one of the readable
     * replicas at random; a follower is stale when the key was written within its lag, exponential with
     * the settings' mean plus the follower's extra lag X, which happens with probability
     * 1 − e^(−wX) / (1 + w·mean) (the lag cap is ignored). 0 for a key never written.
     */
    public double staleProbability(long now, double writesPerMilli, ReplicationSettings settings) {
        if (writesPerMilli <= 0) return 0;
        int readable = 0;
        double stale = 0;
        double mean = settings.lagMaxMillis() == 0 ? 0 : settings.lagMeanMillis();
        for (int i = 0; i < slots.length; i++) {
            if (!readable(i, now)) continue;
            readable++;
            if (i == leader) continue;
            stale += 1 - Math.exp(-writesPerMilli * slots[i].extraLagMillis) / (1 + writesPerMilli * mean);
        }
        return readable == 0 ? 0 : stale / readable;
    }

    /** The instant the current leader serves from (meaningful while it has one). */
    public long servesFrom() {
        return servesFrom;
    }

    private static List<ReplicationEvent> add(List<ReplicationEvent> events, ReplicationEvent e) {
        List<ReplicationEvent> out = events == null ? new ArrayList<>(2) : events;
        out.add(e);
        return out;
    }

    @Override
    public String toString() {
        return "ReplicaGroup[leader=" + (leader < 0 ? "none" : zoneOf(leader)) + ", lsn=" + lastLsn + ", up="
                + Arrays.toString(new boolean[] {isUp(0), isUp(1), isUp(2)}) + "]";
    }
}
