package dev.dynasim.chart;

import dev.dynasim.engine.billing.Bill;
import dev.dynasim.engine.sim.WhatIf;
import dev.dynasim.engine.trace.TraceEvent;
import java.util.List;

/**
 * What one run gives the charts: its name, its tick length, when it ended (simulated milliseconds),
 * its trace events in order, its bill
 * (null when not billed) and its what-if outcomes (empty when no what-if replay was made).
 */
public record ChartInput(String scenario, long tickMillis, long endMillis, List<TraceEvent> trace, Bill bill,
                         List<WhatIf.Outcome> whatIf) {
    /** Checks and copies the fields. */
    public ChartInput {
        if (scenario == null || scenario.isBlank()) throw new IllegalArgumentException("a chart input names its scenario");
        if (tickMillis <= 0) throw new IllegalArgumentException("a tick lasts a positive time");
        if (endMillis < 0) throw new IllegalArgumentException("a run ends at a time >= 0");
        trace = List.copyOf(trace);
        whatIf = whatIf == null ? List.of() : List.copyOf(whatIf);
    }

    /** The trace events of one type, in order. */
    public <T extends TraceEvent> List<T> ofType(Class<T> type) {
        return trace.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
