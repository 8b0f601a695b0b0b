package dev.dynasim.engine.table;

import dev.dynasim.engine.capacity.CapacityClaim;
import dev.dynasim.engine.capacity.OperationType;
import dev.dynasim.engine.partition.PartitionId;
import dev.dynasim.engine.partition.Token;
import java.util.List;

/** Units one request asks of one partition (of a table or GSI), with the gate claims that carry them. */
record Charge(Partitions partitions, PartitionId partition, Token token, OperationType operation, double units,
              List<CapacityClaim> claims) {
}
