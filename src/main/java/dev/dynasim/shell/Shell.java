package dev.dynasim.shell;

import dev.dynasim.engine.billing.Bill;
import dev.dynasim.engine.billing.InstanceCatalogue;
import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.iam.MongoServer;
import dev.dynasim.engine.iam.NetworkPerimeter;
import dev.dynasim.engine.iam.Principal;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.MongoDbTerms;
import dev.dynasim.engine.model.KeyElement;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.model.ScalarType;
import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.sim.Scenario;
import dev.dynasim.engine.sim.Simulation;
import dev.dynasim.engine.sim.WhatIfComparison;
import dev.dynasim.engine.sim.StepReport;
import dev.dynasim.engine.table.Database;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.json.InstanceCatalogueFiles;
import dev.dynasim.json.PriceSheetFiles;
import dev.dynasim.json.ScenarioFileException;
import dev.dynasim.json.ScenarioFiles;
import dev.dynasim.json.WhatIfRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shell's entry points, meant for {@code import static dev.dynasim.shell.Shell.*;} in JShell:
 * one simulated database per session, {@code help()} to see what can be done and
 * {@code showTables()} to list tables (DynamoDB's answer to MongoDB's {@code show dbs}).
 */
public final class Shell {
    /** String key type. */
    public static final ScalarType S = ScalarType.S;
    /** Number key type. */
    public static final ScalarType N = ScalarType.N;
    /** Binary key type. */
    public static final ScalarType B = ScalarType.B;

    /** The seed of the session's simulation; {@link #reset(long)} picks another. */
    private static final long DEFAULT_SEED = 1;

    private static Simulation simulation = new Simulation(DEFAULT_SEED);

    private Shell() {
    }

    /** The session's database, on the simulation's clock. */
    public static Database database() {
        return simulation.database();
    }

    /** The session's simulation: its clock, workloads and trace. */
    public static Simulation sim() {
        return simulation;
    }

    /** Starts over with an empty database at simulated time zero. */
    public static void reset() {
        reset(DEFAULT_SEED);
    }

    /** Starts over with an empty database and a simulation with the given seed. */
    public static void reset(long seed) {
        simulation = new Simulation(seed);
    }

    /** Starts over with a shipped scenario's (or a scenario file's) seed, split settings, tables and workloads, at time zero; its scheduled events are not applied. */
    public static Text scenario(String name) {
        Scenario s;
        try {
            s = ScenarioFiles.resolve(name);
        } catch (ScenarioFileException | IllegalArgumentException e) {
            throw new ShellUsageException(e.getMessage());
        }
        if (s.tickMillis() != 1000) throw new ShellUsageException("the shell's tick is 1 s; " + s.name() + " ticks every " + s.tickMillis() + " ms");
        Simulation next = new Simulation(s.seed());
        next.database().splitSettings(s.split().settings());
        next.database().onDemandHotPartitionError(s.hotPartitionError());
        next.database().keyHash(s.keyHash());
        for (var t : s.tables()) {
            next.createTable(t.request());
            if (t.readScaling() != null || t.writeScaling() != null) next.autoScale(t.name(), t.readScaling(), t.writeScaling());
        }
        for (var w : s.workloads()) {
            if (w.rateLevel()) next.addRateWorkload(w.workload(), w.rateHeavyHitters());
            else next.addWorkload(w.workload(), w.principal());
        }
        simulation = next;
        String events = s.events().isEmpty() ? "" : "\n(its " + s.events().size() + " scheduled event(s) are not applied in the shell)";
        return new Text(s.name() + ": " + s.description() + "\ntables: " + String.join(", ", database().tableNames())
                + "; run(60) runs a minute of its traffic" + events);
    }

    /** Advances simulated time by one tick (one second), serving any workloads added with sim().addWorkload. */
    public static StepReport step() {
        return simulation.step();
    }

    /** Advances simulated time by {@code ticks} ticks. */
    public static StepReport run(long ticks) {
        return simulation.run(ticks);
    }

    /** A partition key definition, e.g. {@code partitionKey("Artist", S)}. */
    public static KeyElement partitionKey(String name, ScalarType type) {
        return new KeyElement(name, type);
    }

    /** A sort key definition, e.g. {@code sortKey("SongTitle", S)}. */
    public static KeyElement sortKey(String name, ScalarType type) {
        return new KeyElement(name, type);
    }

    /** Creates an on-demand (PAY_PER_REQUEST) table with a partition key and an optional sort key. */
    public static TableHandle createTable(String name, KeyElement partitionKey, KeyElement... sortKey) {
        return create(name, null, partitionKey, sortKey);
    }

    /** Creates a provisioned table with the given read and write capacity units per second. */
    public static TableHandle createTable(String name, long readCapacityUnits, long writeCapacityUnits,
                                          KeyElement partitionKey, KeyElement... sortKey) {
        return create(name, new ProvisionedThroughput(readCapacityUnits, writeCapacityUnits), partitionKey, sortKey);
    }

    /** An existing table by name. */
    public static TableHandle table(String name) {
        database().describeTable(name);
        return new TableHandle(database(), name);
    }

    /** An item from alternating attribute names and values: {@code item("Artist", "Arturo", "Year", 1999)}. */
    public static Map<String, AttributeValue> item(Object... namesAndValues) {
        return Values.map(namesAndValues);
    }

    /** A key, written like an item: {@code key("Artist", "Arturo", "SongTitle", "Sol")}. */
    public static Map<String, AttributeValue> key(Object... namesAndValues) {
        return Values.map(namesAndValues);
    }

    /** Lists the tables with their keys, mode and size. */
    public static Text showTables() {
        List<List<String>> rows = new ArrayList<>();
        for (String name : database().tableNames()) {
            var d = database().describeTable(name);
            rows.add(List.of(name, d.spec().keySchema().toString(), d.spec().billingMode().toString(),
                    String.valueOf(d.itemCount()), String.valueOf(d.tableSizeBytes())));
        }
        if (rows.isEmpty()) {
            return new Text("(no tables yet: try createTable(\"Music\", partitionKey(\"Artist\", S), sortKey(\"SongTitle\", S)))");
        }
        return new Text(TextTable.render(List.of("table", "key", "billing", "items", "bytes"), rows));
    }

    /** The Region's Availability Zones and whether each is up: every partition has a replica in each. */
    public static Text zones() {
        List<List<String>> rows = new ArrayList<>();
        var down = database().region().zones().stream().filter(z -> !isUp(z.id())).toList();
        for (var z : database().region().zones()) rows.add(List.of(z.id(), down.contains(z) ? "DOWN" : "up"));
        return new Text(database().region().name() + "\n" + TextTable.render(List.of("zone", "state"), rows).stripTrailing());
    }

    private static boolean isUp(String zone) {
        return database().zonesDown().stream().noneMatch(z -> z.id().equals(zone));
    }

    /** Takes an Availability Zone down now, e.g. {@code takeZoneDown("use1-az1")}: its replicas become unreachable. */
    public static Text takeZoneDown(String zone) {
        sim().takeZoneDown(zone);
        return zones();
    }

    /** Brings an Availability Zone back now: its replicas return and catch up. */
    public static Text bringZoneUp(String zone) {
        sim().bringZoneUp(zone);
        return zones();
    }

    /** Fails the replica in {@code zone} of one partition of a table. */
    public static Text failReplica(String table, int partition, String zone) {
        sim().failReplica(table, null, partition, zone, true);
        return table(table).replicas(partition);
    }

    /** Restores the replica in {@code zone} of one partition of a table. */
    public static Text restoreReplica(String table, int partition, String zone) {
        sim().failReplica(table, null, partition, zone, false);
        return table(table).replicas(partition);
    }

    /** Slows the replica in {@code zone} of one partition: it applies writes {@code extraLagMillis} late (0 restores it). */
    public static Text slowReplica(String table, int partition, String zone, long extraLagMillis) {
        sim().slowReplica(table, null, partition, zone, extraLagMillis);
        return table(table).replicas(partition);
    }

    /**
     * An IAM user with identity policies in IAM's JSON policy language (text blocks work well), e.g.
     * {@code user("alice", policy)}; its name is its {@code ${aws:username}}, its {@code ${aws:userid}} an IAM-shaped AIDA... id.
     */
    public static Principal user(String name, String... policies) {
        return Identities.user(name, policies);
    }

    /** Makes every following call as {@code user}: each is authorised against its policies; a denial is AccessDeniedException. */
    public static Text as(Principal user) {
        database().callAs(user);
        return Identities.whoAmI(database());
    }

    /** Stops authorising calls (the default, as in DynamoDB Local). */
    public static Text asAdmin() {
        database().callAs(null);
        return Identities.whoAmI(database());
    }

    /** Who calls are made as, and their policies. */
    public static Text whoAmI() {
        return Identities.whoAmI(database());
    }

    /**
     * The other side of the security contrast: a MongoDB-style server at {@code host} on port 27017,
     * with authorization disabled (mongod's default) and firewall rules letting each of
     * {@code allowedCidrs} reach it, e.g. {@code mongod("10.0.1.5", "10.0.0.0/16")}. Then
     * {@code connect(ip, user)}, {@code allow("0.0.0.0/0")}, {@code withAuthorization(true)}, {@code withUser(...)}.
     */
    public static MongoServer mongod(String host, String... allowedCidrs) {
        try {
            MongoServer server = MongoServer.at(host, NetworkPerimeter.closed());
            for (String cidr : allowedCidrs) server = server.allow(cidr);
            return server;
        } catch (IllegalArgumentException e) {
            throw new ShellUsageException(e.getMessage());
        }
    }

    /** A table's ARN, as a policy's Resource names it. */
    public static Text tableArn(String table) {
        return new Text(database().account().tableArn(table));
    }

    /** The bill of everything so far, at the shipped us-east-1 prices in force today (the free tier applied). */
    public static Bill bill() {
        PriceSheet prices = PriceSheetFiles.shipped("us-east-1");
        return sim().bill(prices, prices.current());
    }

    /**
     * A shipped scenario (or a scenario file) replayed on demand, provisioned, with auto scaling and on a
     * MongoDB-style server cluster sized for its peak, billed side by side (takes a few seconds).
     */
    public static WhatIfComparison whatIf(String scenario) {
        return compare(scenario, null, null);
    }

    /** As {@link #whatIf(String)}, with the server cluster a replica set of three {@code instanceType}, e.g. {@code whatIf("daily-peak", "m6i.xlarge")}. */
    public static WhatIfComparison whatIf(String scenario, String instanceType) {
        return whatIf(scenario, instanceType, 1);
    }

    /** As {@link #whatIf(String)}, with the server cluster {@code shards} replica sets of three {@code instanceType}. */
    public static WhatIfComparison whatIf(String scenario, String instanceType, int shards) {
        return compare(scenario, instanceType, shards);
    }

    /** The replay, every bad argument a usage error listing what is valid (null type and shards: a cluster sized for the peak). */
    private static WhatIfComparison compare(String scenario, String instanceType, Integer shards) {
        if (scenario == null || scenario.isBlank()) {
            throw new ShellUsageException("name a scenario, e.g. whatIf(\"daily-peak\"); shipped: " + String.join(", ", ScenarioFiles.SHIPPED));
        }
        Scenario s;
        try {
            s = ScenarioFiles.resolve(scenario);
        } catch (ScenarioFileException e) {
            throw new ShellUsageException(e.getMessage());
        }
        InstanceCatalogue servers = InstanceCatalogueFiles.builtIn();
        if (instanceType != null || shards != null) {
            if (instanceType == null || !servers.names().contains(instanceType)) {
                throw new ShellUsageException("unknown instance type " + (instanceType == null ? "null" : "\"" + instanceType + "\"")
                        + "; known: " + String.join(", ", servers.names()) + " (servers() lists them with their prices)");
            }
            if (shards != null && shards < 1) throw new ShellUsageException("shards must be at least 1, not " + shards + " (1: a replica set)");
        }
        PriceSheet prices = PriceSheetFiles.shipped("us-east-1");
        try {
            return new WhatIfComparison(s.name(), prices.current(), WhatIfRuns.run(scenario, prices, servers, instanceType, shards));
        } catch (ScenarioFileException | IllegalArgumentException e) {
            throw new ShellUsageException(e.getMessage());
        }
    }

    /** Saves chart {@code id} of the simulation so far (see {@link #charts()}) as a PNG under target/charts, e.g. {@code chart("partition-splits")}. */
    public static Text chart(String id) {
        return Charts.save(sim(), id, 1);
    }

    /** As {@link #chart(String)} at {@code scale} pixels per chart pixel (2 for print). */
    public static Text chart(String id, double scale) {
        return Charts.save(sim(), id, scale);
    }

    /** The charts {@link #chart(String)} can draw. */
    public static Text charts() {
        return new Text("Charts of this session (chart(\"id\") saves one under target/charts): "
                + String.join(", ", dev.dynasim.chart.CourseCharts.ids()));
    }

    /** The server sizes a MongoDB-style cluster is built from, with their hourly prices and (assumed) capacities. */
    public static Text servers() {
        return new Text(InstanceCatalogueFiles.builtIn().toString());
    }

    /** MongoDB's words and DynamoDB's side by side: collection and table, document and item, and more. */
    public static Text terms() {
        return new Text(MongoDbTerms.table());
    }

    /** What can be done, like the MongoDB shell's {@code help}. */
    public static Text help() {
        return new Text(String.join("\n",
                "dynasim shell: a simulated DynamoDB in this JShell session",
                "",
                "  createTable(\"Music\", partitionKey(\"Artist\", S), sortKey(\"SongTitle\", S))   on-demand table",
                "  createTable(\"Music\", 5, 5, partitionKey(\"Artist\", S))   provisioned: 5 RCU, 5 WCU",
                "  var music = table(\"Music\")                       a table you created",
                "  music.put(item(\"Artist\", \"Arturo\", \"SongTitle\", \"Sol\", \"Year\", 1999))",
                "  music.get(key(\"Artist\", \"Arturo\", \"SongTitle\", \"Sol\"))          eventually consistent",
                "  music.get(key(...), true)                          strongly consistent",
                "  music.update(key(...), \"SET Plays = Plays + :one\", \":one\", 1)",
                "  music.delete(key(...))",
                "  music.query(\"Artist = :a\", \":a\", \"Arturo\")",
                "  music.scan()   music.scan(\"Year > :y\", \":y\", 2000)",
                "  music.usage()                                      capacity consumed so far",
                "  music.provision(100, 50)                           UpdateTable: 100 RCU, 50 WCU provisioned",
                "  music.storage()                                    bytes billed for storage (+100 per item)",
                "  music.partitions()   music.whereIs(\"Arturo\")       the hashed key space and where a key lands",
                "  music.replicas(0)   music.replicasOf(\"Arturo\")     a partition's three replicas: zone, leader, lag",
                "  zones()   takeZoneDown(\"use1-az1\")   bringZoneUp(\"use1-az1\")   Availability Zone failures",
                "  slowReplica(\"Music\", 0, \"use1-az2\", 2000)   failReplica(...)   restoreReplica(...)",
                "  step()   run(60)                                   advance simulated time (capacity is per second)",
                "  scenario(\"hot-key\")                              start over with a shipped scenario's tables and traffic",
                "  bill()                                             what it all cost so far, line by line",
                "  whatIf(\"daily-peak\")   servers()                  on demand vs provisioned vs auto scaling vs a server cluster",
                "  whatIf(\"daily-peak\", \"m6i.xlarge\", 2)             ... on a cluster of your choice: type, shards",
                "  terms()                                            MongoDB's words next to DynamoDB's",
                "  charts()   chart(\"partition-splits\")               save a chart of this session as PNG (target/charts)",
                "  var alice = user(\"alice\", policyJson)   as(alice)   whoAmI()   asAdmin()   calls made as an IAM user",
                "  var db = mongod(\"10.0.1.5\", \"10.0.0.0/16\")   db.connect(\"203.0.113.9\", null)   the network-perimeter side",
                "  showTables()   reset()   database()   sim()        the whole API: database().putItem(...)",
                "",
                "Every call prints the units it consumed (RRU/WRU on demand, RCU/WCU provisioned); errors read as DynamoDB's own."));
    }

    private static TableHandle create(String name, ProvisionedThroughput throughput, KeyElement pk, KeyElement[] sk) {
        if (sk.length > 1) throw new ShellUsageException("a table has one partition key and at most one sort key");
        List<AttributeDefinition> defs = new ArrayList<>();
        List<KeySchemaElement> schema = new ArrayList<>();
        defs.add(new AttributeDefinition(pk.name(), pk.type().name()));
        schema.add(new KeySchemaElement(pk.name(), "HASH"));
        if (sk.length == 1) {
            defs.add(new AttributeDefinition(sk[0].name(), sk[0].type().name()));
            schema.add(new KeySchemaElement(sk[0].name(), "RANGE"));
        }
        sim().createTable(new CreateTableRequest(name, defs, schema, // through the simulation, so that the trace (and its charts) has it
                throughput == null ? "PAY_PER_REQUEST" : "PROVISIONED", throughput, null, null, null));
        return new TableHandle(database(), name);
    }
}
