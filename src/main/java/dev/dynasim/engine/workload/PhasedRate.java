package dev.dynasim.engine.workload;

import java.util.List;

/**
 * Piecewise rates: from each phase's start until the next phase's, the phase's shape applies,
 * evaluated at the time since the phase began; before the first phase the rate is 0.
 */
public record PhasedRate(List<Phase> phases) implements RateShape {

    /** One piece: {@code shape} from {@code startMillis}, timed from that start. */
    public record Phase(long startMillis, RateShape shape) {

        /** Checks the fields. */
        public Phase {
            if (startMillis < 0) throw new IllegalArgumentException("phase start must not be negative: " + startMillis);
            if (shape == null) throw new IllegalArgumentException("shape is required");
        }
    }

    /** Checks that phases start in strictly increasing order and copies them. */
    public PhasedRate {
        phases = List.copyOf(phases);
        if (phases.isEmpty()) throw new IllegalArgumentException("phases needs at least one phase");
        for (int i = 1; i < phases.size(); i++) {
            if (phases.get(i).startMillis() <= phases.get(i - 1).startMillis()) {
                throw new IllegalArgumentException("phases must start in increasing order");
            }
        }
    }

    @Override
    public double perSecond(long timeMillis) {
        for (int i = phases.size() - 1; i >= 0; i--) {
            Phase p = phases.get(i);
            if (timeMillis >= p.startMillis()) return p.shape().perSecond(timeMillis - p.startMillis());
        }
        return 0.0;
    }
}
