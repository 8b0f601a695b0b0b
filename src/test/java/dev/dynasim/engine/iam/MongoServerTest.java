package dev.dynasim.engine.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.iam.ConnectionDecision.Outcome;
import org.junit.jupiter.api.Test;

/** Connecting to a MongoDB-style server and running commands: the perimeter, authentication and roles (facts M2). */
class MongoServerTest {
    private static final NetworkPerimeter VPC = NetworkPerimeter.of(FirewallRule.allow("10.0.0.0/16", 27017));
    private static final MongoServer SECURED = MongoServer.at("10.0.1.5", VPC).withAuthorization(true)
            .withUser(DatabaseUser.of("analyst", MongoRole.read("shop")))
            .withUser(DatabaseUser.of("app", MongoRole.readWrite("shop")))
            .withUser(DatabaseUser.of("auditor", MongoRole.readAnyDatabase()));

    @Test
    void defaults_port27017_authorizationOff_noUsers() {
        MongoServer server = MongoServer.at("10.0.1.5", VPC);
        assertThat(server.port()).isEqualTo(27017);
        assertThat(server.authorizationEnabled()).isFalse();
        assertThat(server.users()).isEmpty();
        assertThat(server).hasToString("mongod at 10.0.1.5:27017, authorization disabled, users []\nfirewall:\n"
                + "allow 10.0.0.0/16 on port 27017");
    }

    @Test
    void connect_outsideThePerimeter_timesOut() {
        ConnectionDecision c = SECURED.connect("203.0.113.9", "analyst");
        assertThat(c.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(c.connected()).isFalse();
        assertThat(c.message()).isEqualTo("connection to 10.0.1.5:27017 timed out: the firewall dropped it, because no rule"
                + " allows 203.0.113.9 on port 27017 (rules: allow 10.0.0.0/16 on port 27017)");
        assertThat(SECURED.operation(c, "find", "shop", "orders").message()).isEqualTo("not connected: " + c.message());
    }

    @Test
    void connect_unknownUser_authenticationFails_evenWithAuthorizationOff() {
        for (MongoServer server : new MongoServer[] {SECURED, SECURED.withAuthorization(false)}) {
            ConnectionDecision c = server.connect("10.0.2.2", "mallory");
            assertThat(c.outcome()).isEqualTo(Outcome.AUTHENTICATION_FAILED);
            assertThat(c.message()).isEqualTo("Authentication failed. (code 18: 10.0.1.5:27017 has no user \"mallory\")");
            assertThat(server.operation(c, "find", "shop", "orders").allowed()).isFalse();
        }
    }

    @Test
    void connect_withoutCredentials_authorizationOn_everyCommandNeedsAuthentication() {
        ConnectionDecision c = SECURED.connect("10.0.2.2", null);
        assertThat(c.outcome()).isEqualTo(Outcome.UNAUTHENTICATED);
        assertThat(c.connected()).isTrue();
        assertThat(c.message()).isEqualTo("connected to 10.0.1.5:27017 from 10.0.2.2 (admitted by allow 10.0.0.0/16 on port 27017)"
                + " without credentials: authorization is enabled, so every command fails until you authenticate");
        assertThat(SECURED.operation(c, "find", "shop", "orders"))
                .isEqualTo(new OperationDecision(false, "command find requires authentication"));
    }

    @Test
    void readRole_findAllowed_insertNotAuthorized() {
        ConnectionDecision c = SECURED.connect("10.0.2.2", "analyst");
        assertThat(c.outcome()).isEqualTo(Outcome.AS_USER);
        assertThat(c.message()).isEqualTo("connected to 10.0.1.5:27017 from 10.0.2.2 (admitted by allow 10.0.0.0/16 on port 27017)"
                + " as analyst with roles [{ role: \"read\", db: \"shop\" }]");
        assertThat(SECURED.operation(c, "find", "shop", "orders"))
                .isEqualTo(new OperationDecision(true, "find on shop.orders allowed by { role: \"read\", db: \"shop\" }"));
        assertThat(SECURED.operation(c, "insert", "shop", "orders")).isEqualTo(new OperationDecision(false,
                "not authorized on shop to execute command { insert: \"orders\", $db: \"shop\" }"));
        assertThat(SECURED.operation(c, "find", "billing", "invoices")).isEqualTo(new OperationDecision(false,
                "not authorized on billing to execute command { find: \"invoices\", $db: \"billing\" }"));
    }

    @Test
    void readWriteAndAnyDatabaseRoles_coverWhatTheyName() {
        ConnectionDecision app = SECURED.connect("10.0.2.2", "app");
        assertThat(SECURED.operation(app, "insert", "shop", "orders").allowed()).isTrue();
        assertThat(SECURED.operation(app, "delete", "billing", "invoices").allowed()).isFalse();
        ConnectionDecision auditor = SECURED.connect("10.0.2.2", "auditor");
        assertThat(SECURED.operation(auditor, "find", "billing", "invoices").allowed()).isTrue();
        assertThat(SECURED.operation(auditor, "find", "local", "oplog.rs").allowed()).isFalse();
        assertThat(SECURED.operation(auditor, "update", "shop", "orders").allowed()).isFalse();
        MongoServer withRoot = SECURED.withUser(DatabaseUser.of("admin", MongoRole.root()));
        assertThat(withRoot.operation(withRoot.connect("10.0.2.2", "admin"), "delete", "local", "oplog.rs").allowed()).isTrue();
    }

    @Test
    void authorizationOff_aUsersRolesAreNotEnforced() {
        MongoServer open = SECURED.withAuthorization(false);
        ConnectionDecision c = open.connect("10.0.2.2", "analyst");
        assertThat(c.outcome()).isEqualTo(Outcome.FULL_ACCESS);
        assertThat(c.message()).isEqualTo("connected to 10.0.1.5:27017 from 10.0.2.2 (admitted by allow 10.0.0.0/16 on port 27017)"
                + " as analyst, whose roles are not enforced, with full access: authorization is disabled, so anyone who can reach"
                + " port 27017 can read and write every collection");
        assertThat(open.operation(c, "insert", "billing", "invoices").allowed()).isTrue();
    }

    @Test
    void badInput_rejectedWithAClearMessage() {
        ConnectionDecision c = SECURED.connect("10.0.2.2", "analyst");
        assertThatThrownBy(() -> SECURED.operation(c, "drop", "shop", "orders"))
                .hasMessage("unsupported command \"drop\"; dynasim models find, insert, update and delete");
        assertThatThrownBy(() -> SECURED.operation(c, "find", "shop", " "))
                .hasMessage("an operation needs a database and a collection, e.g. operation(c, \"find\", \"shop\", \"orders\")");
        assertThatThrownBy(() -> SECURED.withUser(DatabaseUser.of("app"))).hasMessage("user \"app\" already exists");
        assertThatThrownBy(() -> new MongoRole("readAnyDatabase", "shop"))
                .hasMessage("readAnyDatabase is defined on the admin database: { role: \"readAnyDatabase\", db: \"admin\" },"
                        + " not db \"shop\"");
        assertThatThrownBy(() -> new MongoRole("read", null))
                .hasMessage("read is granted on one database: name it, e.g. { role: \"read\", db: \"shop\" }");
        assertThatThrownBy(() -> new MongoRole("dbOwner", "shop"))
                .hasMessage("unsupported role \"dbOwner\"; dynasim models read, readWrite, readAnyDatabase, root");
        assertThatThrownBy(() -> SECURED.connect("my laptop", null))
                .hasMessage("source address \"my laptop\" is not an IPv4 address (four numbers from 0 to 255 separated by dots,"
                        + " e.g. 10.0.1.5)");
    }
}
