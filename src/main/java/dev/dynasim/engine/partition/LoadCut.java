package dev.dynasim.engine.partition;

import java.util.List;

/**
 * The best place to cut a partition's keys in two by weight (bytes or units): the cut, between two
 * adjacent distinct tokens, that leaves the heavier side lightest (the weighted median key). The upper
 * side starts at the key {@code at}. Ties go to the lower cut.
 */
record LoadCut(Token at, double lowerWeight, double upperWeight) {

    /** The heavier side's share of the total weight. */
    double heavierShare() {
        double total = lowerWeight + upperWeight;
        return total == 0 ? 0 : Math.max(lowerWeight, upperWeight) / total;
    }

    /** The best cut of distinct tokens sorted ascending with their weights; needs at least two tokens. */
    static LoadCut of(List<Token> tokens, double[] weights) {
        if (tokens.size() < 2) throw new IllegalArgumentException("a cut needs two keys");
        double total = 0;
        for (double w : weights) total += w;
        double prefix = weights[0];
        int best = 1;
        double bestHeavier = Math.max(prefix, total - prefix);
        for (int i = 2; i < tokens.size(); i++) {
            prefix += weights[i - 1];
            double heavier = Math.max(prefix, total - prefix);
            if (heavier < bestHeavier) {
                bestHeavier = heavier;
                best = i;
            }
        }
        double lower = 0;
        for (int i = 0; i < best; i++) lower += weights[i];
        return new LoadCut(tokens.get(best), lower, total - lower);
    }
}
