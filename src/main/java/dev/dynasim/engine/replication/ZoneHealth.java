package dev.dynasim.engine.replication;

import java.util.LinkedHashSet;
import java.util.Set;

/** Which Availability Zones of a Region are down: shared by every replica group of the Region. */
public final class ZoneHealth {
    private final Region region;
    private final Set<AvailabilityZone> down = new LinkedHashSet<>();

    /** All zones of {@code region} up. */
    public ZoneHealth(Region region) {
        this.region = region;
    }

    /** The Region. */
    public Region region() {
        return region;
    }

    /** Whether the zone is up. */
    public boolean isUp(AvailabilityZone zone) {
        return down.isEmpty() || !down.contains(zone);
    }

    /** Takes a zone down; false if it already was. */
    public boolean takeDown(AvailabilityZone zone) {
        region.indexOf(zone);
        return down.add(zone);
    }

    /** Brings a zone back; false if it was up. */
    public boolean bringUp(AvailabilityZone zone) {
        region.indexOf(zone);
        return down.remove(zone);
    }

    /** The zones that are down, in the order they went down. */
    public Set<AvailabilityZone> down() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(down));
    }
}
