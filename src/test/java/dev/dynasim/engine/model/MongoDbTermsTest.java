package dev.dynasim.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The MongoDB-to-DynamoDB terminology of facts M3, as a lesson prints it. */
class MongoDbTermsTest {

    /** Protects the six pairs of facts M3 and the two shell commands ARCHITECTURE.md promises. */
    @Test
    void terms_containFactsM3_andTheShellCommands() {
        assertThat(MongoDbTerms.of("collection").dynamoDb()).isEqualTo("table");
        assertThat(MongoDbTerms.of("document").dynamoDb()).isEqualTo("item");
        assertThat(MongoDbTerms.of("field").dynamoDb()).isEqualTo("attribute");
        assertThat(MongoDbTerms.of("_id").dynamoDb()).isEqualTo("primary key");
        assertThat(MongoDbTerms.of("secondary index").dynamoDb()).isEqualTo("GSI or LSI");
        assertThat(MongoDbTerms.of("BSON document, max 16 MB").dynamoDb()).isEqualTo("item, max 400 KB");
        assertThat(MongoDbTerms.of("help").dynamoDb()).isEqualTo("help()");
        assertThat(MongoDbTerms.of("show dbs").dynamoDb()).isEqualTo("showTables()");
        assertThat(MongoDbTerms.all()).allSatisfy(t -> assertThat(t.note()).isNotBlank());
    }

    /** Protects the printed table: a header, one aligned line per term, no trailing spaces. */
    @Test
    void table_isAlignedWithAHeader() {
        String[] lines = MongoDbTerms.table().split("\n");
        assertThat(lines).hasSize(MongoDbTerms.all().size() + 1);
        assertThat(lines[0]).startsWith("MongoDB").contains("DynamoDB").endsWith("note");
        int column = lines[0].indexOf("DynamoDB");
        for (String line : lines) assertThat(line).doesNotEndWith(" ");
        assertThat(lines[3]).startsWith("collection").contains("  table  ");
        assertThat(lines[3].indexOf("table")).isEqualTo(column);
    }

    /** Protects the lookup's hint: an unknown term lists the known ones. */
    @Test
    void unknownTerm_listsTheKnownOnes() {
        assertThatThrownBy(() -> MongoDbTerms.of("aggregation")).hasMessageContaining("known: mongod servers you size, database, collection");
    }
}
