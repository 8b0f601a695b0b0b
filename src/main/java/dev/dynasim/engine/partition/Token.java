package dev.dynasim.engine.partition;

/** A position in the hashed key space (the first 128 bits of a key digest), compared unsigned. */
public record Token(long high, long low) implements Comparable<Token> {

    @Override
    public int compareTo(Token other) {
        int c = Long.compareUnsigned(high, other.high);
        return c != 0 ? c : Long.compareUnsigned(low, other.low);
    }

    @Override
    public String toString() {
        return String.format("%016x%016x", high, low);
    }
}
