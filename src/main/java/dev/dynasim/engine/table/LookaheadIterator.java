package dev.dynasim.engine.table;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/** An iterator over what a supplier yields until it yields null, read one element ahead. */
final class LookaheadIterator<T> implements Iterator<T> {
    private final Supplier<T> source;
    private T next;

    LookaheadIterator(Supplier<T> source) {
        this.source = source;
        this.next = source.get();
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public T next() {
        if (next == null) throw new NoSuchElementException();
        T n = next;
        next = source.get();
        return n;
    }
}
