package dev.dynasim.engine.replication;

import java.util.List;

/**
 * A Region and the three Availability Zones its tables replicate across (F4.1: three replicas in three
 * AZs). Every replica group puts one replica in each zone, in this order.
 */
public record Region(String name, List<AvailabilityZone> zones) {
    /** Replicas per partition, one per zone (F4.1). */
    public static final int REPLICAS = 3;
    /** The default Region: us-east-1 with zone ids use1-az1, use1-az2 and use1-az3. */
    public static final Region US_EAST_1 = new Region("us-east-1", List.of(new AvailabilityZone("use1-az1"),
            new AvailabilityZone("use1-az2"), new AvailabilityZone("use1-az3")));

    /** Checks that there are exactly three distinct zones. */
    public Region {
        zones = List.copyOf(zones);
        if (zones.size() != REPLICAS || zones.stream().distinct().count() != REPLICAS) {
            throw new IllegalArgumentException("a Region here has exactly " + REPLICAS + " distinct Availability Zones");
        }
    }

    /** The zone with this id. */
    public AvailabilityZone zone(String id) {
        for (AvailabilityZone z : zones) if (z.id().equals(id)) return z;
        throw new IllegalArgumentException("no Availability Zone " + id + " in " + name + "; zones: "
                + String.join(", ", zones.stream().map(AvailabilityZone::id).toList()));
    }

    /** The position of a zone in the Region (its replica slot in every group). */
    public int indexOf(AvailabilityZone zone) {
        int i = zones.indexOf(zone);
        if (i < 0) throw new IllegalArgumentException("no Availability Zone " + zone + " in " + name);
        return i;
    }
}
