/**
 * Tables and indexes at run time: the data-plane and control-plane operations of DynamoDB, their
 * requests and results as values, validation with DynamoDB's messages, and consumed capacity.
 */
package dev.dynasim.engine.table;
