/**
 * Pay-per-use billing (facts file, section 5): prices as dated, sourced data ({@link
 * dev.dynasim.engine.billing.PriceSheet}), the usage a bill is made of, and the bill itself, line
 * by line, in exact money ({@link java.math.BigDecimal}, rounded only for display). For contrast, a
 * {@link dev.dynasim.engine.billing.ServerCluster} models MongoDB-style servers of a fixed size, billed
 * by the instance-hour busy or idle, with a queue in front of their capacity. Loading a price sheet or
 * an instance catalogue from its JSON file is the {@code json} package's job; this package depends on
 * the JDK only.
 */
package dev.dynasim.engine.billing;
