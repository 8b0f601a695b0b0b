/**
 * DynamoDB's data model: attribute values of the ten types, items, keys, table and index specs,
 * the byte rules for item sizes, the limits they are checked against, and the service's errors.
 * Imports nothing of dynasim's; every other package builds on it.
 */
package dev.dynasim.engine.model;
