package dev.dynasim.engine.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parser for projection expressions: a comma-separated list of distinct, non-overlapping document paths. */
final class ProjectionParser {
    private static final Problem[] ORDER = {Problem.RESERVED, Problem.UNDEFINED_NAME, Problem.OVERLAP,
        Problem.CONFLICT};

    private ProjectionParser() {
    }

    /** The keywords a projection keeps for itself (none). */
    static Set<String> keywords() {
        return Set.of();
    }

    /** Parses the paths of a projection. */
    static ParsedProjection parse(ParseState state) {
        List<Path> paths = new ArrayList<>();
        paths.add(state.parsePath());
        while (state.peek().is(",")) {
            state.next();
            paths.add(state.parsePath());
        }
        state.expectEnd();
        for (int i = 1; i < paths.size(); i++) {
            for (int j = 0; j < i; j++) {
                String relation = Path.relation(paths.get(j), paths.get(i));
                if (relation != null) {
                    Problem problem = relation.equals("overlap") ? Problem.OVERLAP : Problem.CONFLICT;
                    state.diagnostics.report(problem, "Two document paths " + relation + " with each other; must "
                            + "remove or rewrite one of these paths; path one: " + paths.get(j).describe()
                            + ", path two: " + paths.get(i).describe());
                    break;
                }
            }
        }
        return new ParsedProjection(List.copyOf(paths), state.diagnostics.firstOf(ORDER));
    }

    /** The parsed paths and the first static problem (or null). */
    record ParsedProjection(List<Path> paths, String problem) {
    }
}
