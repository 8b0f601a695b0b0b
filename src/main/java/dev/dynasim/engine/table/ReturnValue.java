package dev.dynasim.engine.table;

/** Which item image a write returns. */
public enum ReturnValue { NONE, ALL_OLD, UPDATED_OLD, ALL_NEW, UPDATED_NEW }
