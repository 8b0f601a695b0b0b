/**
 * Capacity unit arithmetic: how many read and write units a request consumes, by DynamoDB's
 * rounding rules (facts file section 2).
 */
package dev.dynasim.engine.capacity;
