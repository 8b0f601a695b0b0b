package dev.dynasim.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dynasim.engine.billing.ClusterSpec;
import dev.dynasim.engine.billing.InstanceCatalogue;
import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.Limits;
import dev.dynasim.engine.sim.Scenario;
import dev.dynasim.engine.sim.WhatIf;
import java.util.List;

/**
 * What-if replays as the commands, the shell and the api run them: a scenario by name or file, a price
 * sheet and an instance catalogue, and optionally the server cluster to compare with.
 */
public final class WhatIfRuns {
    private WhatIfRuns() {
    }

    /** The replay of {@code scenario} on {@code instanceType} x {@code shards} (nulls: the scenario's cluster or one sized for it). */
    public static List<WhatIf.Outcome> run(String scenario, PriceSheet prices, InstanceCatalogue servers, String instanceType, Integer shards) {
        Scenario s = ScenarioFiles.resolve(scenario);
        ClusterSpec cluster = null;
        if (servers != null && (instanceType != null || shards != null)) {
            String type = instanceType != null ? instanceType : servers.types().get(0).name();
            servers.type(type);
            cluster = shards == null || shards == 1 ? ClusterSpec.replicaSet(type) : ClusterSpec.sharded(type, shards);
        }
        try {
            return WhatIf.compare(s, prices, prices.current(), Limits.TABLE_MAX_CAPACITY_UNITS, servers, cluster);
        } catch (DynamoDbException e) {
            throw new IllegalArgumentException(scenario + ": " + e.code() + ": " + e.getMessage());
        }
    }

    /** A replay asked for as {@code {"Scenario", "InstanceType"?, "Shards"?}}, at the shipped prices and catalogue, as JSON (the api's DynasimWhatIf). */
    public static String json(JsonNode call) {
        JsonNode type = call.get("InstanceType");
        JsonNode shards = call.get("Shards");
        return WhatIfExport.json(run(call.get("Scenario").asText(), PriceSheetFiles.shipped("us-east-1"), InstanceCatalogueFiles.builtIn(),
                type == null ? null : type.asText(), shards == null ? null : shards.asInt()));
    }
}
