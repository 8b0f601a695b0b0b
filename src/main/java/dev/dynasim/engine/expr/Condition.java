package dev.dynasim.engine.expr;

import dev.dynasim.engine.model.AttributeValue;
import java.util.Map;
import java.util.Set;

/** A compiled condition or filter expression. */
public interface Condition {

    /** Whether the item satisfies the condition; an empty map stands for "no item". */
    boolean test(Map<String, AttributeValue> item);

    /** The top-level attribute names the condition reads (placeholders resolved). */
    Set<String> topLevelNames();
}
