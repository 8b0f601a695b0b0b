package dev.dynasim.engine.billing;

import java.math.BigDecimal;

/**
 * One line of a bill: the table it is for (null for the account, e.g. the free tier), what it is, the
 * quantity in its unit, the unit price, the amount (quantity × unit price, exact; negative for the
 * free tier) and the price's source.
 */
public record LineItem(String table, String what, BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal amount,
                       String source) {
}
