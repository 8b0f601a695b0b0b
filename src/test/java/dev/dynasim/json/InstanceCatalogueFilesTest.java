package dev.dynasim.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.billing.ClusterSpec;
import dev.dynasim.engine.billing.InstanceCatalogue;
import dev.dynasim.engine.billing.ServerCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in instance catalogue for the server cluster, and field-naming messages for bad catalogue files. */
class InstanceCatalogueFilesTest {
    private static final InstanceCatalogue BUILT_IN = InstanceCatalogueFiles.builtIn();

    private static final String TYPE = "{\"name\": \"t.small\", \"vCpus\": 2, \"memoryGib\": 8, \"hourlyPrice\": \"0.1\", \"readsPerSecond\": 10,"
            + " \"writesPerSecond\": 5, \"source\": \"s\", \"note\": \"n\"}";

    private static String file(String type) {
        return "{\"region\": \"x\", \"checked\": \"2026-11-24\", \"storage\": {\"name\": \"disk\", \"pricePerGbMonth\": \"0.08\", \"source\": \"s\"},"
                + " \"types\": [" + type + "]}";
    }

    private static void failsWith(String text, String message) {
        assertThatThrownBy(() -> InstanceCatalogueFiles.parse(text, "mine.json")).isInstanceOf(ScenarioFileException.class)
                .hasMessageStartingWith(message);
    }

    /** Protects the honesty rule: every shipped price cites a URL and every type says its ops/s are a teaching assumption. */
    @Test
    void builtIn_loads_andEveryTypeCitesItsSourceAndLabelsItsAssumptions() {
        assertThat(BUILT_IN.region()).isEqualTo("us-east-1");
        assertThat(BUILT_IN.types()).hasSizeBetween(4, 6);
        assertThat(BUILT_IN.types()).allSatisfy(t -> {
            assertThat(t.source()).contains("https://");
            assertThat(t.note()).contains("teaching assumption");
            assertThat(t.readsPerSecond() / t.vCpus()).isEqualTo(2_500);
            assertThat(t.writesPerSecond() / t.vCpus()).isEqualTo(1_000);
        });
        assertThat(BUILT_IN.storageName()).isEqualTo("EBS gp3");
        assertThat(BUILT_IN.storageSource()).contains("https://aws.amazon.com/ebs/pricing/");
        assertThat(BUILT_IN.type("m6i.large").hourlyPrice()).isEqualByComparingTo("0.096");
    }

    /** Protects the numbers a lesson quotes: an idle 3 x m6i.large replica set for a 720-hour month, disks included. */
    @Test
    void builtIn_idleReplicaSetOfM6iLargeForAMonth_costs231Dollars36() {
        ServerCluster c = new ServerCluster(BUILT_IN, ClusterSpec.replicaSet("m6i.large"));
        c.tick(0, 720 * 3_600_000L, 0, 0);
        // 3 x 720 h x $0.096 = $207.36; 3 x 100 GB x $0.08 = $24
        assertThat(c.bill(LocalDate.of(2026, 11, 24)).total()).isEqualByComparingTo("231.36");
    }

    /** Protects the lookup's hint: an unknown type lists the known ones. */
    @Test
    void unknownType_listsTheKnownNames() {
        assertThatThrownBy(() -> BUILT_IN.type("m5.large")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("known: m6i.large, m6i.xlarge");
    }

    /** Protects users' own files: each bad field is named, never a stack trace. */
    @Test
    void badFields_giveMessagesNamingTheField() {
        failsWith(file(TYPE.replace("\"0.1\"", "0.1")), "mine.json: types[0].hourlyPrice: must be a decimal number in a string");
        failsWith(file(TYPE.replace("\"0.1\"", "\"cheap\"")), "mine.json: types[0].hourlyPrice: must be a decimal number");
        failsWith(file(TYPE.replace("\"0.1\"", "\"-1\"")), "mine.json: types[0].hourlyPrice: must be >= 0");
        failsWith(file(TYPE.replace("\"vCpus\": 2", "\"vCpus\": 0")), "mine.json: types[0].vCpus: must be >= 1");
        failsWith(file(TYPE.replace("\"memoryGib\": 8", "\"memoryGib\": \"8\"")), "mine.json: types[0].memoryGib: must be a number");
        failsWith(file(TYPE.replace("\"readsPerSecond\": 10", "\"readsPerSecond\": 0")), "mine.json: types[0].readsPerSecond: must be >= 1");
        failsWith(file(TYPE.replace(", \"source\": \"s\"", "")), "mine.json: types[0].source: is required");
        failsWith(file(TYPE.replace("\"note\"", "\"notes\"")), "mine.json: types[0].notes: unknown field");
        failsWith(file(TYPE + ", " + TYPE), "mine.json: types: instance type t.small is listed twice");
        failsWith(file(""), "mine.json: types: must list at least one");
        failsWith(file(TYPE).replace("\"0.08\"", "0.08"), "mine.json: storage.pricePerGbMonth: must be a decimal number in a string");
        failsWith(file(TYPE).replace("2026-11-24", "yesterday"), "mine.json: checked: must be a date");
        failsWith("{", "mine.json: line 1, column 2: not valid JSON");
    }

    /** Protects reading from disk: a good file loads, a missing one says so. */
    @Test
    void read_loadsAFile_andAMissingFileIsNamed(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("servers.json");
        Files.writeString(good, file(TYPE));
        assertThat(InstanceCatalogueFiles.read(good).names()).containsExactly("t.small");
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> InstanceCatalogueFiles.read(missing)).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("missing.json: cannot read the file");
    }
}
