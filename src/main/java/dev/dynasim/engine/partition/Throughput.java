package dev.dynasim.engine.partition;

/** Read and write throughput in units per second (RCU/WCU when provisioned, RRU/WRU on demand). */
public record Throughput(double readUnits, double writeUnits) {
    /** No throughput. */
    public static final Throughput ZERO = new Throughput(0, 0);

    /** Checks that both figures are finite and not negative. */
    public Throughput {
        if (!(readUnits >= 0) || !(writeUnits >= 0) || Double.isInfinite(readUnits) || Double.isInfinite(writeUnits)) {
            throw new IllegalArgumentException("throughput must be finite and not negative: " + readUnits + "/" + writeUnits);
        }
    }

    /** An even share of this throughput among {@code n} partitions. */
    public Throughput dividedBy(int n) {
        if (n < 1) throw new IllegalArgumentException("cannot divide among " + n);
        return new Throughput(readUnits / n, writeUnits / n);
    }

    /** Half of this throughput: what each child of a split for size inherits (F3.10). */
    public Throughput halved() {
        return dividedBy(2);
    }

    /** The sum of this and another throughput. */
    public Throughput plus(Throughput other) {
        return new Throughput(readUnits + other.readUnits, writeUnits + other.writeUnits);
    }

    @Override
    public String toString() {
        return Format.units(readUnits) + " read / " + Format.units(writeUnits) + " write units/s";
    }
}
