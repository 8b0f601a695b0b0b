package dev.dynasim.engine.billing;

import java.math.BigDecimal;

/**
 * One server size a MongoDB-style cluster can run on (facts M1: server software on instances you
 * size): its name (an EC2 type such as "m6i.large"), vCPUs, memory, on-demand price per hour, the
 * reads and writes per second one instance sustains, the local instance storage included in the price
 * (0: EBS only, the disk is billed separately), the {@code source} of the price and a {@code note}
 * saying what is sourced and what is a teaching assumption (the ops/s figures are).
 */
public record InstanceType(String name, int vCpus, double memoryGib, BigDecimal hourlyPrice, long readsPerSecond,
                           long writesPerSecond, long storageGb, String source, String note) {

    /** Checks the fields; every problem names the field. */
    public InstanceType {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("an instance type needs a name, e.g. \"m6i.large\"");
        String of = "instance type " + name + ": ";
        if (vCpus < 1) throw new IllegalArgumentException(of + "vCpus must be >= 1, not " + vCpus);
        if (!(memoryGib > 0) || Double.isInfinite(memoryGib)) throw new IllegalArgumentException(of + "memoryGib must be > 0");
        if (hourlyPrice == null || hourlyPrice.signum() < 0) throw new IllegalArgumentException(of + "hourlyPrice must be >= 0");
        if (readsPerSecond < 1) throw new IllegalArgumentException(of + "readsPerSecond must be >= 1, not " + readsPerSecond);
        if (writesPerSecond < 1) throw new IllegalArgumentException(of + "writesPerSecond must be >= 1, not " + writesPerSecond);
        if (storageGb < 0) throw new IllegalArgumentException(of + "storageGb must be >= 0, not " + storageGb);
        if (source == null || source.isBlank()) throw new IllegalArgumentException(of + "every price cites its source");
        if (note == null || note.isBlank()) throw new IllegalArgumentException(of + "the note says what is sourced and what is assumed");
    }
}
