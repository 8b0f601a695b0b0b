package dev.dynasim.engine.partition;

/** A position in the 128-bit hashed key space, compared as an unsigned number. */
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
