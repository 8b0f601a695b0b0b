package dev.dynasim.engine.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * The append-only record of a simulation: events in the order they happened (time never goes
 * backwards), filterable by type and time, exportable as JSON Lines.
 */
public final class Trace {
    private final List<TraceEvent> events = new ArrayList<>();
    private final List<TraceEvent> view = Collections.unmodifiableList(events);

    /** Appends an event no earlier than the last one. */
    public void append(TraceEvent event) {
        if (event == null) throw new IllegalArgumentException("event is required");
        if (!events.isEmpty() && event.time() < lastTime()) {
            throw new IllegalArgumentException("trace time does not go backwards: " + event.time() + " < " + lastTime());
        }
        events.add(event);
    }

    /** All events, in order, as a read-only live view. */
    public List<TraceEvent> events() {
        return view;
    }

    /** How many events there are. */
    public int size() {
        return events.size();
    }

    /** The time of the last event, or 0 when empty. */
    public long lastTime() {
        return events.isEmpty() ? 0L : events.get(events.size() - 1).time();
    }

    /** The events of one type, in order. */
    public <T extends TraceEvent> List<T> ofType(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (TraceEvent e : events) if (type.isInstance(e)) out.add(type.cast(e));
        return out;
    }

    /** The events with {@code from <= time < to}, in order. */
    public List<TraceEvent> between(long from, long to) {
        return List.copyOf(events.subList(firstAtOrAfter(from), firstAtOrAfter(to < from ? from : to)));
    }

    /** The events of one type with {@code from <= time < to}, in order. */
    public <T extends TraceEvent> List<T> ofType(Class<T> type, long from, long to) {
        List<T> out = new ArrayList<>();
        for (TraceEvent e : between(from, to)) if (type.isInstance(e)) out.add(type.cast(e));
        return out;
    }

    /** The events that match {@code filter}, in order. */
    public List<TraceEvent> where(Predicate<? super TraceEvent> filter) {
        List<TraceEvent> out = new ArrayList<>();
        for (TraceEvent e : events) if (filter.test(e)) out.add(e);
        return out;
    }

    /** Writes every event as one JSON line ending in "\n". */
    public void writeJsonLines(Appendable out) {
        try {
            for (TraceEvent e : events) out.append(TraceJson.line(e)).append('\n');
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The whole trace as JSON Lines text. */
    public String toJsonLines() {
        StringBuilder sb = new StringBuilder(events.size() * 160);
        writeJsonLines(sb);
        return sb.toString();
    }

    private int firstAtOrAfter(long time) {
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).time() < time) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    @Override
    public String toString() {
        return "Trace[" + events.size() + " events, last at " + lastTime() + " ms]";
    }
}
