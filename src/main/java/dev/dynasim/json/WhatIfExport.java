package dev.dynasim.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.engine.sim.WhatIf;
import java.util.List;

/**
 * A what-if replay's outcomes as JSON: an array with, for each option, its label, the requests served,
 * throttled and failed, a word on it ({@code detail}, for the server cluster) and its bill in the
 * {@code dynasim-bill/1} format, with exact amounts.
 */
public final class WhatIfExport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WhatIfExport() {
    }

    /** The outcomes as pretty-printed JSON. */
    public static String json(List<WhatIf.Outcome> outcomes) {
        ArrayNode root = MAPPER.createArrayNode();
        try {
            for (WhatIf.Outcome o : outcomes) {
                ObjectNode n = root.addObject();
                n.put("option", o.option().label());
                n.put("served", o.served());
                n.put("throttled", o.throttled());
                n.put("failed", o.failed());
                if (!o.detail().isEmpty()) n.put("detail", o.detail());
                n.set("bill", MAPPER.readTree(BillExport.json(o.bill())));
            }
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a what-if replay always serialises", e);
        }
    }
}
