package dev.dynasim.engine.table;

import java.util.List;

/** What ListTables answers: a page of names and where to go on from. */
public record ListTablesResult(List<String> tableNames, String lastEvaluatedTableName) {
}
