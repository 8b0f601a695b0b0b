package dev.dynasim.engine.table;

import dev.dynasim.engine.partition.PartitionId;
import java.util.random.RandomGenerator;
import dev.dynasim.engine.replication.ReplicationSettings;
import dev.dynasim.engine.replication.ReplicaView;
import dev.dynasim.engine.replication.ReplicaGroup;
import dev.dynasim.engine.replication.AvailabilityZone;
import dev.dynasim.engine.replication.Region;
import dev.dynasim.engine.capacity.OnDemandHotPartitionError;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.TableSpec;
import dev.dynasim.engine.partition.KeyHash;
import dev.dynasim.engine.partition.KeyPlacement;
import dev.dynasim.engine.partition.PartitionMap;
import dev.dynasim.engine.partition.TickUsage;
import dev.dynasim.engine.billing.TableClass;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import dev.dynasim.engine.iam.Principal;

/**
 * One simulated DynamoDB account in one Region: its tables and the operations on them, at the
 * current simulated time. Every operation validates its request as DynamoDB does and either
 * returns a result value or throws a {@link DynamoDbException} with DynamoDB's exception name
 * and message; a request that fails changes no stored data.
 */
public final class Database {
    private final LongSupplier clock;
    private final Account account;
    private final NavigableMap<String, Table> tables = new TreeMap<>();
    private final ItemOperations items = new ItemOperations(this);
    private final QueryOperations queries = new QueryOperations(this);
    private final BatchOperations batches = new BatchOperations(this);
    private final TransactionOperations transactions = new TransactionOperations(this);
    private final ControlPlane control = new ControlPlane(this);
    private SplitSettings splitSettings = SplitSettings.DEFAULTS;
    private OnDemandHotPartitionError onDemandHotPartitionError = OnDemandHotPartitionError.DEFAULT;
    private KeyHash keyHash = KeyHash.DEFAULT;
    /** The data-plane operation being served (set on entry; the database serves one request at a time). */
    private ApiOperation operation = ApiOperation.GET_ITEM;
    /** Replication across the Region's Availability Zones, shared by every table (F4.1-F4.6). */
    private final ReplicationContext replication;
    /** Whether partitions count served requests by operation (for RequestServed): off for long untraced runs. */
    private boolean operationDetail = true;
    /** Who calls are made as (IAM), if anyone. */
    final Authorizer authorizer = new Authorizer();
    /** Whether UpdateTable refuses decreases beyond the daily quota (P12); DynamoDB Local does not. */
    private boolean decreaseQuota;
    /** Each table's incarnation (see {@link #incarnation}), and how many tables were ever created. */
    private final java.util.Map<String, Long> incarnations = new java.util.HashMap<>();
    private long tablesCreated;
    /** Who is told before a table is updated or deleted. */
    private final List<Consumer<String>> tableChangeListeners = new ArrayList<>();
    /** Who is told after a table is created. */
    private final List<Consumer<String>> tableCreatedListeners = new ArrayList<>();
    /** Simulated time until which replica groups must be refreshed every tick (faults and repairs under way). */
    private long refreshUntil = -1;

    /** A database in the given account whose timestamps come from a simulated clock (milliseconds). */
    public Database(LongSupplier clock, Account account) {
        this.clock = clock;
        this.account = account;
        this.replication = new ReplicationContext(Region.US_EAST_1, clock);
        this.replication.operation = this::operation;
    }

    /** A database at simulated time zero in DynamoDB Local's account. */
    public Database() {
        this(() -> 0L, Account.LOCAL);
    }

    /** Creates a table (CreateTable). */
    public TableDescription createTable(CreateTableRequest request) {
        authorizeTable("CreateTable", request.tableName());
        TableDescription created = control.create(request);
        incarnations.put(request.tableName(), ++tablesCreated);
        for (Consumer<String> l : tableCreatedListeners) l.accept(request.tableName());
        return created;
    }

    /**
     * Which incarnation of the table named {@code tableName} exists now: a number that differs for a
     * table deleted and created again under the same name (a fresh table, with fresh usage counters).
     */
    public long incarnation(String tableName) {
        table(tableName);
        return incarnations.get(tableName);
    }

    /**
     * Calls {@code listener} with a table's name just before UpdateTable or DeleteTable changes it (once
     * the call is authorised and the table found), e.g. so that a meter bills what was used under the
     * old settings at the old prices.
     */
    public void beforeTableChange(Consumer<String> listener) {
        tableChangeListeners.add(listener);
    }

    /** Calls {@code listener} with a table's name just after CreateTable created it. */
    public void afterTableCreated(Consumer<String> listener) {
        tableCreatedListeners.add(listener);
    }

    private void tableChanging(String tableName) {
        if (tableName == null || !tables.containsKey(tableName)) return; // the call fails as it would anyway
        for (Consumer<String> l : tableChangeListeners) l.accept(tableName);
    }

    /** Describes a table (DescribeTable). */
    public TableDescription describeTable(String tableName) {
        if (tableName == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null");
        }
        authorizeTable("DescribeTable", tableName);
        Table t = tables.get(tableName);
        if (t == null) throw ServiceMessages.tableNotFound(tableName);
        return control.describe(t, "ACTIVE");
    }

    /** Lists table names in order, from after {@code exclusiveStartTableName}, at most {@code limit} (ListTables). */
    public ListTablesResult listTables(String exclusiveStartTableName, Integer limit) {
        authorizeTable("ListTables", null);
        return control.list(exclusiveStartTableName, limit);
    }

    /** Changes billing mode, throughput or GSIs (UpdateTable). */
    public TableDescription updateTable(UpdateTableRequest request) {
        authorizeTable("UpdateTable", request.tableName());
        tableChanging(request.tableName());
        return control.update(request);
    }

    /** Deletes a table (DeleteTable) and returns its last description. */
    public TableDescription deleteTable(String tableName) {
        authorizeTable("DeleteTable", tableName);
        Table t = table(tableName);
        if (!t.deletionProtection) tableChanging(tableName);
        if (t.deletionProtection) {
            throw DynamoDbException.validation("Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.");
        }
        tables.remove(tableName);
        return control.describe(t, "DELETING");
    }

    /**
     * Runs {@code call} as {@code principal}: every request it makes is authorised against the
     * principal's IAM policies (I4), and a denied one fails with AccessDeniedException (I5). Calls made
     * outside {@code as} are not authorised, as in DynamoDB Local.
     */
    public <T> T as(Principal principal, Supplier<T> call) {
        Principal previous = authorizer.callAs(principal);
        try {
            return call.get();
        } finally {
            authorizer.callAs(previous);
        }
    }

    /** Makes every following call as {@code principal} (null: stop authorising); returns the previous one. */
    public Principal callAs(Principal principal) {
        return authorizer.callAs(principal);
    }

    /** The principal calls are made as, or null when they are not authorised. */
    public Principal caller() {
        return authorizer.caller();
    }

    /** DescribeLimits: the account's capacity quotas, authorised on no particular resource ({@code *}, I1). */
    public AccountLimits describeLimits() {
        authorizer.check("DescribeLimits", "*", null, null, null, null);
        return AccountLimits.DEFAULTS;
    }

    /** Authorises a control-plane call on a table ({@code null}: on every table, as ListTables is) for the caller. */
    private void authorizeTable(String action, String tableName) {
        authorizer.check(action, tableName == null ? account.tableArn("*") : account.tableArn(tableName), null, null, null, null);
    }

    /**
     * Whether calls are being authorised: a data-plane call on a table or one of its indexes then is,
     * with the partition key values it touches and the attribute names it names (null or empty:
     * none), its Select and ReturnValues.
     */
    boolean authorizing() {
        return authorizer.caller() != null;
    }

    /** Authorises a data-plane call (see {@link #authorizing()}: callers skip building the context when nobody is calling). */
    void authorize(String action, String tableName, String indexName, Collection<AttributeValue> partitionKeys,
                   Collection<String> attributes, String select, String returnValues) {
        if (authorizer.caller() == null) return;
        String arn = indexName == null ? account.tableArn(tableName) : account.indexArn(tableName, indexName);
        authorizer.check(action, arn, partitionKeys, attributes, select, returnValues);
    }

    /**
     * Refuses a data-plane call on a table or index before anything else looks at it when the caller
     * could not be allowed it whatever the request holds (see {@link Authorizer#precheck}).
     */
    private void precheck(String action, String tableName, String indexName) {
        if (authorizer.caller() == null || tableName == null) return;
        authorizer.precheck(action, indexName == null ? account.tableArn(tableName) : account.indexArn(tableName, indexName));
    }

    /** PutItem. */
    public PutItemResult putItem(PutItemRequest request) {
        precheck("PutItem", request.tableName(), null);
        operation = ApiOperation.PUT_ITEM;
        return items.put(request);
    }

    /** GetItem. */
    public GetItemResult getItem(GetItemRequest request) {
        precheck("GetItem", request.tableName(), null);
        operation = ApiOperation.GET_ITEM;
        return items.get(request);
    }

    /** UpdateItem. */
    public UpdateItemResult updateItem(UpdateItemRequest request) {
        precheck("UpdateItem", request.tableName(), null);
        operation = ApiOperation.UPDATE_ITEM;
        return items.update(request);
    }

    /** DeleteItem. */
    public DeleteItemResult deleteItem(DeleteItemRequest request) {
        precheck("DeleteItem", request.tableName(), null);
        operation = ApiOperation.DELETE_ITEM;
        return items.delete(request);
    }

    /** Query. */
    public QueryResult query(QueryRequest request) {
        precheck("Query", request.tableName(), request.indexName());
        operation = ApiOperation.QUERY;
        return queries.query(request, "Query");
    }

    /**
     * A PartiQL SELECT (ExecuteStatement) that reads as {@code request}: served as a Query, authorised
     * as {@code dynamodb:PartiQLSelect} (I1).
     */
    public QueryResult executeStatement(QueryRequest request) {
        precheck("PartiQLSelect", request.tableName(), request.indexName());
        operation = ApiOperation.QUERY;
        return queries.query(request, "PartiQLSelect");
    }

    /** Scan. */
    public QueryResult scan(ScanRequest request) {
        precheck("Scan", request.tableName(), request.indexName());
        operation = ApiOperation.SCAN;
        return queries.scan(request);
    }

    /** BatchGetItem. */
    public BatchGetItemResult batchGetItem(BatchGetItemRequest request) {
        if (request.requestItems() != null) for (String t : request.requestItems().keySet()) precheck("BatchGetItem", t, null);
        operation = ApiOperation.BATCH_GET_ITEM;
        return batches.get(request);
    }

    /** BatchWriteItem. */
    public BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request) {
        if (request.requestItems() != null) for (String t : request.requestItems().keySet()) precheck("BatchWriteItem", t, null);
        operation = ApiOperation.BATCH_WRITE_ITEM;
        return batches.write(request);
    }

    /** TransactGetItems. */
    public TransactGetItemsResult transactGetItems(TransactGetItemsRequest request) {
        if (request.transactItems() != null) for (TransactGetItem i : request.transactItems()) if (i != null) precheck("GetItem", i.tableName(), null);
        operation = ApiOperation.TRANSACT_GET_ITEMS;
        return transactions.get(request);
    }

    /** TransactWriteItems. */
    public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request) {
        if (request.transactItems() != null) for (TransactWriteItem i : request.transactItems()) if (i != null && i.action() != null) precheck(TransactionOperations.actionName(i.action()), i.tableName(), null);
        operation = ApiOperation.TRANSACT_WRITE_ITEMS;
        return transactions.write(request);
    }

    /**
     * Ends the tick [{@code start}, {@code end}) for every table (in name order) and GSI: records
     * partition usage, applies adaptive capacity, completes due splits and starts new ones. The
     * simulation calls it once per tick, after serving the tick's traffic.
     */
    public TickResult endTick(long start, long end) {
        return endTick(start, end, true);
    }

    /** As {@link #endTick(long, long)}; without {@code partitionTicks} the result lists no partition figures (cheaper). */
    public TickResult endTick(long start, long end, boolean partitionTicks) {
        List<PartitionTick> ticks = partitionTicks ? new ArrayList<>() : null;
        List<SplitEvent> events = new ArrayList<>();
        for (Table t : tables.values()) t.endTick(start, end, splitSettings, ticks, events);
        replication.faultsActive = end < refreshUntil || !replication.health.down().isEmpty() || replication.faultySlots > 0;
        if (replication.faultsActive) refreshReplicas(end);
        for (Table t : tables.values()) t.replication.versions.prune(end);
        List<ReplicaChange> changes = drainReplicaChanges();
        List<ReplicationFigures> figures = new ArrayList<>();
        replication.tallies.forEach((table, tally) -> {
            if (!tally.isEmpty()) figures.add(tally.figures(table));
            tally.reset();
        });
        return new TickResult(ticks == null ? List.of() : ticks, events, changes, replication.drainFailures(), figures);
    }

    /**
     * Whether every table's partitions count served requests by operation, which per-partition
     * figures (RequestServed) need; turning it off makes long runs that do not trace them cheaper.
     */
    public void operationDetail(boolean on) {
        operationDetail = on;
        for (Table t : tables.values()) t.operationDetail(on);
    }

    /**
     * Whether UpdateTable refuses a capacity decrease beyond the table's daily quota (P12: 4 a UTC
     * day, then one an hour after the last) with LimitExceededException. Off by default, as in
     * DynamoDB Local (which the api mirrors); a {@code Simulation} turns it on.
     */
    public void enforceDecreaseQuota(boolean on) {
        decreaseQuota = on;
    }

    /** Whether UpdateTable enforces the daily decrease quota. */
    public boolean enforcesDecreaseQuota() {
        return decreaseQuota;
    }

    /** Whether partitions count served requests by operation. */
    boolean operationDetail() {
        return operationDetail;
    }

    /** The Region whose three Availability Zones hold every partition's replicas. */
    public Region region() {
        return replication.region();
    }

    /**
     * Whether replication is simulated (default: yes). Off, every read is served as the leader would
     * and no write lags, fails or is replicated: a baseline for measuring what replication costs.
     */
    public void replication(boolean on) {
        replication.enabled = on;
    }

    /** The replication timing every replica group uses (lag, lease, repairs). */
    public ReplicationSettings replicationSettings() {
        return replication.settings;
    }

    /** Changes the replication timing (for example {@link ReplicationSettings#NO_LAG} when time does not pass). */
    public void replicationSettings(ReplicationSettings settings) {
        if (settings == null) throw new IllegalArgumentException("settings are required");
        replication.settings = settings;
    }

    /**
     * Where replication's random streams come from, by name: each table created from now on draws its
     * follower lags from "replication-lag/TABLE" and the replica of each eventually consistent read
     * from "replica-reads/TABLE", so that one table's traffic never shifts another's draws.
     */
    public void replicationStreams(java.util.function.Function<String, RandomGenerator> streams) {
        if (streams == null) throw new IllegalArgumentException("streams are required");
        replication.streams = streams;
    }

    /** Serves the next requests as if at {@code instant} (within the current tick) for replication; -1: at the current time. */
    public void requestInstant(long instant) {
        replication.instant = instant;
    }

    /** What happened to replica groups since last asked (faults, elections, repairs), in order; then forgotten. */
    public List<ReplicaChange> drainReplicaChanges() {
        List<ReplicaChange> changes = List.copyOf(replication.changes);
        replication.changes.clear();
        return changes;
    }

    /** The Availability Zones that are down, in the order they went down. */
    public java.util.Set<AvailabilityZone> zonesDown() {
        return replication.health.down();
    }

    /** Takes an Availability Zone down: every replica in it becomes unreachable (F4.6). */
    public void takeZoneDown(String zoneId) {
        AvailabilityZone zone = zone(zoneId);
        refreshReplicas(now());
        if (replication.health.takeDown(zone)) faultChanged();
    }

    /** Brings an Availability Zone back: its replicas return and catch up. */
    public void bringZoneUp(String zoneId) {
        AvailabilityZone zone = zone(zoneId);
        refreshReplicas(now());
        if (replication.health.bringUp(zone)) faultChanged();
    }

    /** Fails (or, with {@code failed} false, restores) the replica in {@code zoneId} of one partition of a table or GSI. */
    public void failReplica(String tableName, String indexName, int partition, String zoneId, boolean failed) {
        ReplicaGroup g = group(tableName, indexName, partition);
        int before = g.faultySlots();
        g.failHome(replication.region().indexOf(zone(zoneId)), failed);
        replication.faultySlots += g.faultySlots() - before;
        faultChanged();
    }

    /** Slows the replica in {@code zoneId} of one partition: it applies writes {@code extraLagMillis} later (0 restores it). */
    public void slowReplica(String tableName, String indexName, int partition, String zoneId, long extraLagMillis) {
        if (extraLagMillis < 0 || extraLagMillis > ReplicationSettings.MAX_EXTRA_LAG_MILLIS) {
            throw DynamoDbException.validation("The extra lag must be between 0 and " + ReplicationSettings.MAX_EXTRA_LAG_MILLIS
                    + " ms (a day): " + extraLagMillis);
        }
        ReplicaGroup g = group(tableName, indexName, partition);
        int slot = replication.region().indexOf(zone(zoneId));
        int before = g.faultySlots();
        replication.record(tableName, indexName, partition, List.of(g.slow(slot, extraLagMillis, now())));
        replication.faultySlots += g.faultySlots() - before;
        replication.faultsActive = true;
    }

    /** The replicas of one partition of a table or GSI as they are now: zone, kind, leader, applied position and lag. */
    public List<ReplicaView> replicas(String tableName, String indexName, int partition) {
        return group(tableName, indexName, partition).view(replication.instant());
    }

    /** The zone with this id, or a ValidationException naming the zones there are. */
    private AvailabilityZone zone(String zoneId) {
        try {
            return replication.region().zone(zoneId);
        } catch (IllegalArgumentException e) {
            throw DynamoDbException.validation(e.getMessage());
        }
    }

    private ReplicaGroup group(String tableName, String indexName, int partition) {
        Table t = table(tableName);
        Partitions parts = indexName == null ? t.partitions : index(t, indexName).partitions;
        if (partition < 0 || !parts.map().contains(new PartitionId(partition))) {
            throw DynamoDbException.validation("No partition " + partition + " in " + (indexName == null ? "table " + tableName
                    : "index " + indexName) + "; live partitions: " + parts.map().partitions().stream()
                    .map(p -> String.valueOf(p.id().number())).collect(java.util.stream.Collectors.joining(", ")));
        }
        return parts.groupOf(new PartitionId(partition));
    }

    private static SecondaryIndex index(Table t, String indexName) {
        SecondaryIndex index = t.indexes.get(indexName);
        if (index == null || !index.spec.global()) {
            throw DynamoDbException.validation("The table does not have the specified index: " + indexName);
        }
        return index;
    }

    /** A fault changed at the current time: every group notices it now, and is refreshed each tick while repairs may be due. */
    private void faultChanged() {
        long now = now();
        ReplicationSettings s = replication.settings;
        refreshUntil = Math.max(refreshUntil, now + s.logReplicaMillis() + s.storageRebuildMillis() + s.lagMaxMillis() + 1);
        replication.faultsActive = true;
        refreshReplicas(now);
    }

    private void refreshReplicas(long now) {
        for (Table t : tables.values()) t.refreshReplicas(now);
    }

    /** The split policies every table and GSI of this database uses. */
    public SplitSettings splitSettings() {
        return splitSettings;
    }

    /** Changes the split policies (lessons lower the thresholds to show splits in minutes, not terabytes). */
    public void splitSettings(SplitSettings settings) {
        this.splitSettings = settings;
    }

    /** What a throttled request to an on-demand table's hot partition answers with (the sources disagree). */
    public OnDemandHotPartitionError onDemandHotPartitionError() {
        return onDemandHotPartitionError;
    }

    /** Chooses what an on-demand hot partition answers with, for every table now and later. */
    public void onDemandHotPartitionError(OnDemandHotPartitionError error) {
        if (error == null) throw new IllegalArgumentException("error is required");
        this.onDemandHotPartitionError = error;
    }

    /** Replication state shared by the tables. */
    ReplicationContext replication() {
        return replication;
    }

    /** The data-plane operation being served now, or the last one served. */
    ApiOperation operation() {
        return operation;
    }

    /** The hash that places the keys of tables created from now on. */
    public KeyHash keyHash() {
        return keyHash;
    }

    /** Chooses the key hash of tables created from now on (a table keeps the hash it was created with). */
    public void keyHash(KeyHash hash) {
        if (hash == null) throw new IllegalArgumentException("hash is required");
        this.keyHash = hash;
    }

    /**
     * Starts an empty table with {@code partitions} equal partitions, as if it had grown to that
     * size: simulations of large tables begin here instead of loading terabytes first.
     */
    public void presplit(String tableName, int partitions) {
        Table t = table(tableName);
        if (t.itemCount > 0) throw DynamoDbException.validation("Only an empty table can be pre-split: " + tableName);
        if (partitions < 1) throw DynamoDbException.validation("A table has at least one partition: " + partitions);
        t.partitions.presplit(partitions, now());
    }

    /** Serves one tick of aggregate traffic on a table at the current time (rate-level fidelity). */
    public RateOutcome serveAtRate(String tableName, RateTraffic traffic) {
        return table(tableName).serve(traffic, now());
    }

    /** The capacity a table has consumed so far. */
    public Usage usage(String tableName) {
        return table(tableName).usage;
    }

    /**
     * The read and write units a table's own partitions (not its GSIs') consumed in the newest tick
     * ended, or null before the first: what auto scaling of the table's capacity tracks.
     */
    public TickUsage lastTick(String tableName) {
        return table(tableName).partitions.lastTick();
    }

    /** A table's class (P6, P7): what its storage and requests are priced at. */
    public TableClass tableClass(String tableName) {
        return table(tableName).tableClass;
    }

    /** What a table's storage is billed on: items, index entries and their overheads. */
    public StorageSize storage(String tableName) {
        return table(tableName).storage();
    }

    /**
     * The partitions of a table, or of one of its GSIs when {@code indexName} is given (LSIs live in
     * the table's), as a snapshot: changing it does not change the table.
     */
    public PartitionMap partitions(String tableName, String indexName) {
        Table t = table(tableName);
        if (indexName == null) return t.partitions.map().snapshot();
        SecondaryIndex index = t.indexes.get(indexName);
        if (index == null) throw DynamoDbException.validation("The table does not have the specified index: " + indexName);
        return t.partitionsFor(index).map().snapshot();
    }

    /** How many partitions a table, or one of its GSIs, has now. */
    public int partitionCount(String tableName, String indexName) {
        Table t = table(tableName);
        if (indexName == null) return t.partitions.map().size();
        SecondaryIndex index = t.indexes.get(indexName);
        if (index == null) throw DynamoDbException.validation("The table does not have the specified index: " + indexName);
        return t.partitionsFor(index).map().size();
    }

    /** Where a partition key value lives in a table: its token, its partition and that partition's range. */
    public KeyPlacement placement(String tableName, AttributeValue partitionKey) {
        Table t = table(tableName);
        return t.partitions.map().describe(t.store.token(partitionKey));
    }

    /** The spec of a table. */
    public TableSpec spec(String tableName) {
        return table(tableName).spec;
    }

    /** The names of all tables, in order. */
    public List<String> tableNames() {
        return new ArrayList<>(tables.keySet());
    }

    /** The current simulated time in milliseconds. */
    public long now() {
        return clock.getAsLong();
    }

    /** The account and Region of this database. */
    public Account account() {
        return account;
    }

    /** The run-time table of a name, or ResourceNotFoundException as the data plane words it. */
    Table table(String name) {
        Table t = name == null ? null : tables.get(name);
        if (t == null) throw ServiceMessages.resourceNotFound();
        return t;
    }

    /** All run-time tables by name. */
    NavigableMap<String, Table> tables() {
        return tables;
    }
}
