package dev.dynasim.engine.expr;

import dev.dynasim.engine.model.AttributeValue;
import java.util.Map;
import java.util.Set;

/** A compiled condition or filter: the parsed tree and the top-level names it reads. */
record CompiledCondition(CondNode root, Set<String> topLevelNames) implements Condition {

    @Override
    public boolean test(Map<String, AttributeValue> item) {
        return root.test(item);
    }
}
