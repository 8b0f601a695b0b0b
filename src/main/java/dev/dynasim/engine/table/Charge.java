package dev.dynasim.engine.table;

import dev.dynasim.engine.capacity.CapacityClaim;
import dev.dynasim.engine.capacity.OperationType;
import dev.dynasim.engine.partition.Token;
import java.util.List;

/** Units one request asks of one partition (at a position of a table's or GSI's map), with the gate claims that carry them. */
record Charge(Partitions partitions, int position, Token token, OperationType operation, double units,
              List<CapacityClaim> claims) {
}
