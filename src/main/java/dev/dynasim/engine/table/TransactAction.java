package dev.dynasim.engine.table;

/** The kinds of action in a TransactWriteItems call. */
public enum TransactAction { PUT, UPDATE, DELETE, CONDITION_CHECK }
