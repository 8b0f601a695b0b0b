package dev.dynasim.engine.expr;

import dev.dynasim.engine.model.AttributeValue;
import java.util.Map;
import java.util.Set;

/** A compiled projection: the document paths to keep from an item. */
public interface ProjectionPaths {

    /** A new item holding only the listed paths; list elements are compacted in index order. */
    Map<String, AttributeValue> apply(Map<String, AttributeValue> item);

    /** The top-level attribute names the projection reads. */
    Set<String> topLevelNames();
}
