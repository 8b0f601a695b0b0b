package dev.dynasim.shell;

import static dev.dynasim.shell.Shell.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.iam.Principal;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** IAM users and the bill from the JShell prompt: what lessons 6 and 7 will type. */
class ShellSecurityAndBillTest {
    private static final String OWN_ITEMS = """
            {"Version": "2012-10-17",
             "Statement": [{"Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:PutItem"],
                            "Resource": "arn:aws:dynamodb:*:*:table/Music",
                            "Condition": {"ForAllValues:StringEquals": {"dynamodb:LeadingKeys": ["${aws:username}"]}}}]}
            """;

    @BeforeEach
    void freshDatabase() {
        reset();
        asAdmin();
    }

    @Test
    void userWithALeadingKeysPolicy_readsOwnItems_isDeniedAnotherUsers() {
        var music = createTable("Music", partitionKey("Artist", S));
        music.put(item("Artist", "Bob"));
        var alice = user("alice", OWN_ITEMS);
        assertThat(as(alice).toString()).isEqualTo("Calls are made as arn:aws:iam::123456789012:user/alice (${aws:username} = alice, ${aws:userid} = "
                + Principal.syntheticUserId("arn:aws:iam::123456789012:user/alice") + ")\n"
                + "  policy arn:aws:iam::123456789012:policy/alice-policy-1: 1 statement\n"
                + "asAdmin() stops authorising calls.");
        music.put(item("Artist", "alice", "Song", "Sol"));
        assertThatThrownBy(() -> music.get(key("Artist", "Bob"))).isInstanceOfSatisfying(DynamoDbException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.AccessDeniedException);
            assertThat(e.getMessage()).isEqualTo("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: "
                    + "dynamodb:GetItem on resource: " + tableArn("Music") + " because no identity-based policy allows the dynamodb:GetItem action");
        });
        // the simulation's own traffic is not hers: stepping works while she is the caller
        step();
        asAdmin();
        assertThat(music.get(key("Artist", "alice")).toString()).startsWith("Artist  Song");
    }

    @Test
    void badPolicy_isAUsageErrorNamingThePolicy() {
        assertThatThrownBy(() -> user("eve", "{\"Statement\": {\"Effect\": \"Maybe\", \"Action\": \"*\", \"Resource\": \"*\"}}")).isInstanceOf(ShellUsageException.class)
                .hasMessageStartingWith("policy 1 of eve: ");
    }

    @Test
    void bill_countsDirectCallsMadeSinceTheLastTick() {
        var music = createTable("Music", partitionKey("Artist", S));
        for (int i = 0; i < 4; i++) music.put(item("Artist", "a" + i));
        // four 1-WRU writes, billed at $0.625 per million WRU, with no step taken
        assertThat(bill().lines().get(0).what()).isEqualTo("On-demand writes");
        assertThat(bill().lines().get(0).quantity()).isEqualByComparingTo("0.000004");
        assertThat(bill().lines().get(0).amount()).isEqualByComparingTo("0.0000025");
    }

    @Test
    void terms_andWhatIf_printTheServerContrast() {
        assertThat(terms().toString()).contains("collection").contains("table").contains("16 MB").contains("400 KB");
        String comparison = whatIf("write-sharding").toString();
        assertThat(comparison).startsWith("Scenario write-sharding: the same traffic under each option, at the prices of 2024-11-01\n")
                .contains("  on-demand").contains("  auto scaling").contains("  server cluster: 3 x m6i.xlarge replica set");
        assertThat(servers().toString()).contains("m6i.large");
    }

    @Test
    void whatIf_unknownScenario_isAUsageErrorListingTheShippedOnes_withoutAStackTrace() {
        assertThatThrownBy(() -> whatIf("nope")).isInstanceOfSatisfying(ShellUsageException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("no shipped scenario named \"nope\"; shipped: hot-key, write-sharding, growing-table,"
                    + " on-demand-spike, daily-peak, burst-and-adaptive, az-loss, two-az-loss, slow-replica, strong-vs-eventual, least-privilege");
            assertThat(e.getStackTrace()).isEmpty();
        });
    }

    @Test
    void whatIf_unknownInstanceTypeOrNoShards_isAUsageErrorListingTheKnownTypes_withoutAStackTrace() {
        assertThatThrownBy(() -> whatIf("write-sharding", "m9.huge")).isInstanceOfSatisfying(ShellUsageException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("unknown instance type \"m9.huge\"; known: m6i.large, m6i.xlarge, m6i.2xlarge,"
                    + " r6i.large, r6i.xlarge (servers() lists them with their prices)");
            assertThat(e.getStackTrace()).isEmpty();
        });
        assertThatThrownBy(() -> whatIf("write-sharding", "m6i.large", 0)).isInstanceOf(ShellUsageException.class)
                .hasMessage("shards must be at least 1, not 0 (1: a replica set)");
    }

    @Test
    void whatIf_withAChosenCluster_shardsIt() {
        assertThat(whatIf("write-sharding", "m6i.xlarge", 2).toString())
                .contains("  server cluster: 2 shards of 3 x m6i.xlarge (sharded); latency mean 2.0 ms, max 2 ms;");
    }

    @Test
    void mongod_oneBadFirewallRule_exposesEverything() {
        var server = mongod("10.0.1.5", "10.0.0.0/16");
        assertThat(server.connect("203.0.113.9", null).connected()).isFalse();
        var exposed = server.allow("0.0.0.0/0");
        assertThat(exposed.connect("203.0.113.9", null).toString()).contains("with full access: authorization is disabled");
        assertThatThrownBy(() -> mongod("10.0.1.5", "10.0.0.1/16")).isInstanceOf(ShellUsageException.class)
                .hasMessageContaining("did you mean 10.0.0.0/16?");
    }
}
