package dev.dynasim.engine.partition;

/** Where one partition key value lives: its token and the partition whose range holds it. */
public record KeyPlacement(Token token, Partition partition) {

    @Override
    public String toString() {
        return "token " + token + " -> partition " + partition.id() + ", range " + partition.range().toShortString()
                + " (" + Format.percent(partition.range().ownership()) + " of the key space)";
    }
}
