/**
 * JSON for dynasim: the one configured Jackson {@link com.fasterxml.jackson.databind.ObjectMapper}
 * shared by the wire protocol, traces, scenarios and price files.
 */
package dev.dynasim.json;
