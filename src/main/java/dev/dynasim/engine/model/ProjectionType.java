package dev.dynasim.engine.model;

/** Which attributes an index copies from the table. */
public enum ProjectionType { KEYS_ONLY, INCLUDE, ALL }
