package dev.dynasim.engine.iam;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A MongoDB server as the security lesson sees it (facts M2): a process listening on a TCP port
 * (27017 by default) behind a {@link NetworkPerimeter}, with authorization disabled by default, as
 * in a default {@code mongod} configuration, and database users with roles that are only enforced
 * once authorization is enabled. Whoever the perimeter lets in reaches the server; with
 * authorization off they can then read and write every collection. Contrast DynamoDB, where every
 * request is signed and checked against IAM policies wherever it comes from
 * ({@link PolicyEvaluator}). The model leaves out {@code bindIp} (localhost only by default since
 * MongoDB 3.6), TLS and passwords: a user either exists or does not.
 */
public record MongoServer(String host, int port, NetworkPerimeter firewall, boolean authorizationEnabled,
                          List<DatabaseUser> users) {
    /** MongoDB's default port. */
    public static final int DEFAULT_PORT = 27017;

    /** Checks the fields and copies the users; user names must be unique. */
    public MongoServer {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("a server needs a host, e.g. 10.0.1.5");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port " + port + " is not a TCP port (1 to 65535)");
        if (firewall == null) {
            throw new IllegalArgumentException("a server needs a network perimeter (NetworkPerimeter.closed() for no access)");
        }
        if (users == null) throw new IllegalArgumentException("a server needs a list of users (it may be empty)");
        users = List.copyOf(users);
        for (int i = 0; i < users.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (users.get(i).name().equals(users.get(j).name())) {
                    throw new IllegalArgumentException("user \"" + users.get(i).name() + "\" already exists");
                }
            }
        }
    }

    /** A server at {@code host} with a default configuration: port 27017, authorization disabled, no users. */
    public static MongoServer at(String host, NetworkPerimeter firewall) {
        return new MongoServer(host, DEFAULT_PORT, firewall, false, List.of());
    }

    /** This server behind another perimeter. */
    public MongoServer withFirewall(NetworkPerimeter perimeter) {
        return new MongoServer(host, port, perimeter, authorizationEnabled, users);
    }

    /** This server with one more firewall rule letting {@code cidr} reach its port, e.g. {@code allow("0.0.0.0/0")}. */
    public MongoServer allow(String cidr) {
        return withFirewall(firewall.allow(cidr, port));
    }

    /** This server with authorization enabled or disabled ({@code security.authorization} in mongod's configuration). */
    public MongoServer withAuthorization(boolean enabled) {
        return new MongoServer(host, port, firewall, enabled, users);
    }

    /** This server with one more user. */
    public MongoServer withUser(DatabaseUser user) {
        List<DatabaseUser> more = new ArrayList<>(users);
        more.add(user);
        return new MongoServer(host, port, firewall, authorizationEnabled, more);
    }

    /** The user named {@code name}, if the server has one. */
    public Optional<DatabaseUser> user(String name) {
        return users.stream().filter(u -> u.name().equals(name)).findFirst();
    }

    /** The outcome of connecting from {@code sourceIp}, as {@code user} or without credentials when {@code user} is null. */
    public ConnectionDecision connect(String sourceIp, String user) {
        String address = host + ":" + port;
        Optional<FirewallRule> rule = firewall.admittedBy(sourceIp, port);
        if (rule.isEmpty()) {
            return new ConnectionDecision(ConnectionDecision.Outcome.REFUSED, sourceIp, user, "connection to " + address
                    + " timed out: the firewall dropped it, because no rule allows " + sourceIp + " on port " + port
                    + " (rules: " + ruleList() + ")");
        }
        String from = "connected to " + address + " from " + sourceIp + " (admitted by " + rule.get() + ")";
        if (user != null && user(user).isEmpty()) {
            return new ConnectionDecision(ConnectionDecision.Outcome.AUTHENTICATION_FAILED, sourceIp, user,
                    "Authentication failed. (code 18: " + address + " has no user \"" + user + "\")");
        }
        if (!authorizationEnabled) {
            return new ConnectionDecision(ConnectionDecision.Outcome.FULL_ACCESS, sourceIp, user, from
                    + (user == null ? "" : " as " + user + ", whose roles are not enforced,") + " with full access: "
                    + openAccess());
        }
        if (user == null) {
            return new ConnectionDecision(ConnectionDecision.Outcome.UNAUTHENTICATED, sourceIp, null, from
                    + " without credentials: authorization is enabled, so every command fails until you authenticate");
        }
        return new ConnectionDecision(ConnectionDecision.Outcome.AS_USER, sourceIp, user, from + " as " + user
                + " with roles " + user(user).orElseThrow().roles());
    }

    /** Whether {@code command} ("find", "insert", "update" or "delete") on {@code database.collection} is allowed. */
    public OperationDecision operation(ConnectionDecision connection, String command, String database, String collection) {
        if (connection == null) throw new IllegalArgumentException("an operation needs a connection: use connect(sourceIp, user) first");
        MongoCommand cmd = MongoCommand.named(command);
        if (database == null || database.isBlank() || collection == null || collection.isBlank()) {
            throw new IllegalArgumentException("an operation needs a database and a collection,"
                    + " e.g. operation(c, \"find\", \"shop\", \"orders\")");
        }
        String target = cmd + " on " + database + "." + collection;
        if (!connection.connected()) return new OperationDecision(false, "not connected: " + connection.message());
        if (!authorizationEnabled) return new OperationDecision(true, target + " allowed: " + openAccess());
        // error 13 Unauthorized, as MongoDB words it: github.com/kbst/mongodb/issues/15, github.com/cayasso/mongo-oplog/issues/78
        if (connection.user() == null) return new OperationDecision(false, "command " + cmd + " requires authentication");
        Optional<MongoRole> role = user(connection.user()).flatMap(u -> u.roleAllowing(cmd, database));
        if (role.isPresent()) return new OperationDecision(true, target + " allowed by " + role.get());
        return new OperationDecision(false, "not authorized on " + database + " to execute command { " + cmd + ": \"" + collection
                + "\", $db: \"" + database + "\" }");
    }

    /** The server, its settings and its firewall, for JShell. */
    @Override
    public String toString() {
        return "mongod at " + host + ":" + port + ", authorization " + (authorizationEnabled ? "enabled" : "disabled") + ", users "
                + users + "\nfirewall:\n" + firewall;
    }

    private String ruleList() {
        if (firewall.rules().isEmpty()) return "none";
        return String.join("; ", firewall.rules().stream().map(FirewallRule::toString).toList());
    }

    private String openAccess() {
        return "authorization is disabled, so anyone who can reach port " + port + " can read and write every collection";
    }
}
