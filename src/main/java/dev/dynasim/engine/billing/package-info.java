/**
 * Pay-per-use billing (facts file, section 5): prices as dated, sourced data ({@link
 * dev.dynasim.engine.billing.PriceSheet}), the usage a bill is made of, and the bill itself, line
 * by line, in exact money ({@link java.math.BigDecimal}, rounded only for display). Loading a price
 * sheet from its JSON file is the {@code json} package's job; this package depends on the JDK only.
 */
package dev.dynasim.engine.billing;
