package dev.dynasim.engine.iam;

import java.util.List;

/** One statement of a policy: its effect, the actions and resources it covers (wildcards allowed), and its conditions, all of which must hold. */
public record Statement(String sid, Effect effect, List<String> actions, List<String> resources, List<Condition> conditions) {
    /** Checks the fields and copies the lists. */
    public Statement {
        if (effect == null) throw new IllegalArgumentException("a statement needs an Effect");
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        if (actions.isEmpty()) throw new IllegalArgumentException("a statement needs an Action");
        if (resources.isEmpty()) throw new IllegalArgumentException("a statement needs a Resource");
    }
}
