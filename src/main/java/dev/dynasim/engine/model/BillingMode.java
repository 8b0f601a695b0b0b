package dev.dynasim.engine.model;

/** How a table pays for throughput: provisioned capacity units or per request (F2.1, F2.2). */
public enum BillingMode { PROVISIONED, PAY_PER_REQUEST }
