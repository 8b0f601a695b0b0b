/**
 * The DynamoDB JSON 1.0 wire protocol over the engine's {@link dev.dynasim.engine.table.Database}:
 * AWS-shaped request bodies decoded to engine requests, results encoded to AWS's exact response
 * shapes, errors to wire error bodies, and a JSON Lines batch runner.
 */
package dev.dynasim.api;
