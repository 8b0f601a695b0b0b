package dev.dynasim.engine.billing;

/**
 * One kind of request's FIFO queue in a {@link ServerCluster}, as a fluid: over a stretch of time,
 * requests arrive at a steady rate and are served at the capacity; the queue's length moves linearly
 * through phases (over the limit, full, growing, draining, empty), so waits are exact integrals. A
 * request waits the queue ahead of it divided by the capacity; one that would wait longer than the
 * timeout fails on arrival, so the queue never holds more than capacity × timeout.
 */
final class FluidQueue {
    private double length;

    /** What the queue did over a stretch: requests admitted, served and failed, their summed wait in request-seconds, the longest wait (-1: nothing arrived). */
    record Flow(double admitted, double served, double failed, double waitSeconds, double maxWaitSeconds) {
        /** Nothing yet. */
        static final Flow NONE = new Flow(0, 0, 0, 0, -1);

        /** This stretch followed by {@code o}. */
        Flow plus(Flow o) {
            return new Flow(admitted + o.admitted, served + o.served, failed + o.failed, waitSeconds + o.waitSeconds,
                    Math.max(maxWaitSeconds, o.maxWaitSeconds));
        }
    }

    /** Requests waiting now. */
    double length() {
        return length;
    }

    /** Runs {@code seconds} with {@code in} arrivals and {@code out} services per second and the given timeout. */
    Flow run(double seconds, double in, double out, long timeoutMillis) {
        double limit = out * timeoutMillis / 1000.0;
        double admitted = 0;
        double served = 0;
        double failed = 0;
        double wait = 0;
        double maxWait = -1;
        double left = seconds;
        while (left > 0) {
            double q = length;
            double p;
            if (q > limit) {
                // the capacity shrank under the queue: arrivals would wait too long while it drains to the limit
                p = Math.min(left, (q - limit) / out);
                failed += in * p;
                served += out * p;
                length = p == left ? q - out * p : limit;
            } else if (in > out && q == limit) {
                // full: as many are admitted as leave, each waiting the timeout; the rest fail
                p = left;
                admitted += out * p;
                served += out * p;
                failed += (in - out) * p;
                wait += p * q;
                maxWait = Math.max(maxWait, q / out);
            } else if (in > out) {
                double toLimit = (limit - q) / (in - out);
                p = Math.min(left, toLimit);
                double end = p == toLimit ? limit : q + (in - out) * p;
                admitted += in * p;
                served += out * p;
                wait += in * p * (q + end) / 2 / out;
                maxWait = Math.max(maxWait, end / out);
                length = end;
            } else if (q > 0) {
                double toEmpty = in == out ? Double.POSITIVE_INFINITY : q / (out - in);
                p = Math.min(left, toEmpty);
                double end = p == toEmpty ? 0 : q - (out - in) * p;
                admitted += in * p;
                served += out * p;
                if (in > 0) {
                    wait += in * p * (q + end) / 2 / out;
                    maxWait = Math.max(maxWait, q / out);
                }
                length = end;
            } else {
                p = left;
                admitted += in * p;
                served += in * p;
                if (in > 0) maxWait = Math.max(maxWait, 0);
            }
            left -= p;
        }
        return new Flow(admitted, served, failed, wait, maxWait);
    }
}
