package dev.dynasim.engine.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * The append-only record of a simulation: events in the order they happened (time never goes
 * backwards), filterable by type and time, exportable as JSON Lines. A streaming trace also
 * writes each event as a JSON line the moment it is appended and keeps in memory only the
 * events its filter selects, so long rate-level runs need not hold every tick's metrics.
 */
public final class Trace {
    private final List<TraceEvent> events = new ArrayList<>();
    private final List<TraceEvent> view = Collections.unmodifiableList(events);
    private final Appendable out;
    private final Predicate<? super TraceEvent> keep;
    private long lastTime;
    private long appended;

    /** An in-memory trace that keeps every event. */
    public Trace() {
        this(null, e -> true);
    }

    private Trace(Appendable out, Predicate<? super TraceEvent> keep) {
        this.out = out;
        this.keep = keep;
    }

    /** A trace that writes every event to {@code jsonLines} at once and keeps those {@code keep} selects. */
    public static Trace streaming(Appendable jsonLines, Predicate<? super TraceEvent> keep) {
        if (jsonLines == null || keep == null) throw new IllegalArgumentException("jsonLines and keep are required");
        return new Trace(jsonLines, keep);
    }

    /** Appends an event no earlier than the last one. */
    public void append(TraceEvent event) {
        if (event == null) throw new IllegalArgumentException("event is required");
        if (appended > 0 && event.time() < lastTime) {
            throw new IllegalArgumentException("trace time does not go backwards: " + event.time() + " < " + lastTime);
        }
        lastTime = event.time();
        appended++;
        if (out != null) write(out, event);
        if (keep.test(event)) events.add(event);
    }

    /** All events, in order, as a read-only live view. */
    public List<TraceEvent> events() {
        return view;
    }

    /** How many events are kept in memory. */
    public int size() {
        return events.size();
    }

    /** How many events were appended, kept or not. */
    public long appended() {
        return appended;
    }

    /** The time of the last event appended, or 0 when none was. */
    public long lastTime() {
        return lastTime;
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

    /** Writes every kept event as one JSON line ending in "\n". */
    public void writeJsonLines(Appendable out) {
        for (TraceEvent e : events) write(out, e);
    }

    /** The kept events as JSON Lines text. */
    public String toJsonLines() {
        StringBuilder sb = new StringBuilder(events.size() * 160);
        writeJsonLines(sb);
        return sb.toString();
    }

    private static void write(Appendable out, TraceEvent e) {
        try {
            out.append(TraceJson.line(e)).append('\n');
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
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
        return "Trace[" + events.size() + " events kept of " + appended + ", last at " + lastTime() + " ms]";
    }
}
