package dev.dynasim.engine.iam;

/** A statement's effect. */
public enum Effect {
    ALLOW, DENY
}
