package dev.dynasim.engine.table;

import dev.dynasim.engine.billing.TableClass;
import dev.dynasim.engine.capacity.CapacityUnits;
import dev.dynasim.engine.capacity.DecreaseQuota;
import dev.dynasim.engine.capacity.OnDemandHotPartitionError;
import dev.dynasim.engine.capacity.OperationType;
import dev.dynasim.engine.capacity.ResourceType;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import dev.dynasim.engine.model.IndexSpec;
import dev.dynasim.engine.model.KeySchema;
import dev.dynasim.engine.model.Limits;
import dev.dynasim.engine.model.TableSpec;
import dev.dynasim.engine.partition.KeyHash;
import dev.dynasim.engine.partition.KeySize;
import dev.dynasim.engine.partition.Partition;
import dev.dynasim.engine.partition.Token;
import dev.dynasim.engine.partition.TokenRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A table at run time: its spec, its items grouped by partition key, its secondary indexes kept
 * in step with every write, and the figures DescribeTable reports. Writes here are unconditional;
 * the operations check conditions and validate first.
 */
final class Table {
    /** Message of ItemCollectionSizeLimitExceededException (facts file 7.1). */
    static final String COLLECTION_SIZE_EXCEEDED = "Collection size exceeded.";

    /** The time of an event that has not happened, e.g. a provisioned table never switched to on-demand. */
    static final long NEVER = -1;

    TableSpec spec;
    final long createdAt;
    /** The hash that places this table's keys, and its GSIs', in the key space (chosen at creation). */
    final KeyHash hash;
    final SortedStore store;
    final Map<String, SecondaryIndex> indexes = new LinkedHashMap<>();
    long itemCount;
    /** The fraction of an item inserted at rate level and not yet counted in {@link #itemCount}. */
    private double rateItems;
    /** By partition position, the fraction of a byte inserted at rate level and not yet counted (reset when the layout changes). */
    private double[] rateBytes = new double[0];
    long sizeBytes;
    long lastIncreaseAt;
    long lastDecreaseAt;
    /** The daily limit on decreases of the table's capacity and the decreases made (P12). */
    final DecreaseQuota decreases = new DecreaseQuota();
    long lastUpdateToPayPerRequestAt;
    final Usage usage = new Usage();
    boolean deletionProtection;
    /** The table class (P6, P7) and when it was last set by CreateTable or UpdateTable (-1: never set, the default STANDARD). */
    TableClass tableClass = TableClass.STANDARD;
    long tableClassSetAt = -1;
    /** The item-collection cap of a table with an LSI; a field so that tests can lower it. */
    long itemCollectionLimit = Limits.MAX_ITEM_COLLECTION_BYTES;

    /** The table's partitions and the capacity they may use. */
    final Partitions partitions;
    private final Account account;
    /** What an on-demand hot partition answers with: the database's current setting. */
    private final Supplier<OnDemandHotPartitionError> hotPartitionError;
    /** Whether partitions count served requests by operation (RequestServed); see {@link Database#operationDetail(boolean)}. */
    private boolean operationDetail = true;
    /** Replication of this table's writes, and what replicas see (F4.1-F4.6). */
    final TableReplication replication;
    private final ReplicationContext replicationContext;
    /** The data-plane operation the database is serving, under which served capacity is counted. */
    private final Supplier<ApiOperation> operation;

    Table(TableSpec spec, long createdAt, Account account, Supplier<OnDemandHotPartitionError> hotPartitionError,
          Supplier<ApiOperation> operation, KeyHash hash, ReplicationContext replicationContext) {
        this.spec = spec;
        this.replicationContext = replicationContext;
        this.replication = new TableReplication(spec.name(), replicationContext);
        this.operation = operation;
        this.hash = hash;
        this.store = new SortedStore(SortedStore.BY_TOKEN, hash);
        this.createdAt = createdAt;
        this.account = account;
        this.hotPartitionError = hotPartitionError;
        this.lastUpdateToPayPerRequestAt = spec.billingMode() == BillingMode.PAY_PER_REQUEST ? createdAt : NEVER;
        this.partitions = Partitions.create(ResourceType.Table, account.tableArn(spec.name()), spec.name(), null, spec.billingMode(),
                spec.throughput(), createdAt, replicationContext);
        for (IndexSpec i : spec.localIndexes()) indexes.put(i.name(), new SecondaryIndex(i, spec.keySchema(), null, hash));
        for (IndexSpec i : spec.globalIndexes()) indexes.put(i.name(), newGlobalIndex(i, spec.billingMode(), createdAt));
    }

    private SecondaryIndex newGlobalIndex(IndexSpec index, BillingMode mode, long now) {
        SecondaryIndex gsi = new SecondaryIndex(index, spec.keySchema(), Partitions.create(ResourceType.Index,
                account.indexArn(spec.name(), index.name()), spec.name(), index.name(), mode, index.throughput(), now,
                replicationContext), hash);
        gsi.partitions.operationDetail(operationDetail);
        return gsi;
    }

    /** Applies a new mode and throughput to the table's and its GSIs' partitions (a GSI just added is already built for them). */
    void reprovision(BillingMode mode, ProvisionedThroughput throughput, List<IndexSpec> globals, SecondaryIndex added, long now) {
        partitions.reprovision(mode, throughput, now, range -> bytesIn(store, range));
        for (IndexSpec g : globals) {
            SecondaryIndex index = indexes.get(g.name());
            if (index == added) continue;
            index.partitions.reprovision(mode, g.throughput() == null ? ProvisionedThroughput.NONE : g.throughput(), now,
                    range -> bytesIn(index.store, range));
        }
    }

    /** The partitions that serve reads of an index (a GSI's own) or of the table (the table and its LSIs). */
    Partitions partitionsFor(SecondaryIndex index) {
        return index != null && index.spec.global() ? index.partitions : partitions;
    }

    /**
     * Admits a planned write at {@code now}: the table partition of its key for the table's and
     * its LSIs' units (LSIs share the table's capacity, F2.17), and each affected GSI's partition
     * for that GSI's units (F2.14-F2.15). Throws the throttling error, consuming nothing.
     */
    void admit(WritePlan plan, long now) {
        RequestAdmission admission = new RequestAdmission();
        addClaims(admission, plan);
        admit(admission, now);
    }

    /** Throws InternalServerError unless the partition of {@code token} can take a write now (checked before any condition). */
    void checkWritable(Token token) {
        replication.checkWrite(partitions, null, token);
    }

    /** Adds a planned write's claims: table (and LSI) units on the table partition, GSI units on each GSI's. */
    void addClaims(RequestAdmission admission, WritePlan plan) {
        replication.checkWrite(partitions, null, plan.token());
        double tableUnits = plan.outcome().tableUnits();
        for (IndexWrite w : plan.outcome().indexWrites()) if (!w.global()) tableUnits += w.units();
        admission.add(partitions, plan.token(), OperationType.Write, tableUnits);
        for (WritePlan.IndexChange c : plan.indexChanges()) {
            SecondaryIndex index = c.index();
            if (!index.spec.global()) continue;
            StoredItem entry = c.newEntry() != null ? c.newEntry() : c.oldEntry();
            double units = 0;
            for (IndexWrite w : plan.outcome().indexWrites()) if (w.indexName().equals(index.spec.name())) units += w.units();
            admission.add(index.partitions, index.store.token(entry.attributes().get(index.spec.keySchema().partitionKey().name())),
                    OperationType.Write, units);
        }
    }

    /** Admits a read of {@code units} on the partition of {@code partitionKey} (of an index or the table). */
    void admitRead(SecondaryIndex index, AttributeValue partitionKey, double units, long now) {
        SortedStore routed = index != null && index.spec.global() ? index.store : store;
        admitRead(index, routed.token(partitionKey), units, now);
    }

    /** Admits a read of {@code units} on the partition of a known token (of an index or the table). */
    void admitRead(SecondaryIndex index, Token token, double units, long now) {
        admit(new RequestAdmission().add(partitionsFor(index), token, OperationType.Read, units), now);
    }

    /** The item collection of a partition key value, or null. */
    ItemGroup group(AttributeValue partitionKey) {
        return store.group(partitionKey);
    }

    /** Admits a request's claims on this table's partitions, counting it in usage when throttled. */
    void admit(RequestAdmission admission, long now) {
        try {
            admission.admit(hotPartitionError.get(), operation.get(), now);
        } catch (DynamoDbException throttled) {
            usage.throttled();
            throw throttled;
        }
    }

    /** The table's name. */
    String name() {
        return spec.name();
    }

    /** The key schema. */
    KeySchema key() {
        return spec.keySchema();
    }

    /** True when the table has a local secondary index (item collections are then capped). */
    boolean hasLocalIndex() {
        return !spec.localIndexes().isEmpty();
    }

    /** The partition key value of an item or key map. */
    AttributeValue partitionKeyOf(Map<String, AttributeValue> item) {
        return item.get(key().partitionKey().name());
    }

    /** The sort position of an item or key map within its group. */
    SortKey sortKeyOf(Map<String, AttributeValue> item) {
        return key().sortKey() == null ? SortKey.NONE : SortKey.of(item.get(key().sortKey().name()));
    }

    /** The stored item with the key of the given map, or null. */
    StoredItem get(Map<String, AttributeValue> key) {
        return store.get(partitionKeyOf(key), sortKeyOf(key));
    }

    /** The secondary indexes. */
    Collection<SecondaryIndex> indexes() {
        return indexes.values();
    }

    /**
     * What replacing the item at {@code key} by {@code after} (null deletes) would change and
     * cost, without changing anything. Table units follow F2.9: the larger of the before and after
     * images; a delete of nothing costs one unit. Indexes follow F2.14. Throws
     * ItemCollectionSizeLimitExceededException when the write would grow a collection past the cap.
     */
    WritePlan plan(Map<String, AttributeValue> key, StoredItem after, boolean transactional) {
        AttributeValue pk = partitionKeyOf(key);
        SortKey sk = sortKeyOf(key);
        ItemGroup group = store.group(pk);
        StoredItem before = group == null ? null : group.entries.get(sk);
        Token token = group != null ? group.token : hash.token(pk);
        long collectionDelta = collectionDelta(before, after);
        checkCollection(pk, collectionDelta);
        List<WritePlan.IndexChange> changes = indexes.isEmpty() ? List.of() : new ArrayList<>(indexes.size());
        List<IndexWrite> indexWrites = indexes.isEmpty() ? List.of() : new ArrayList<>(indexes.size());
        if (!indexes.isEmpty()) for (SecondaryIndex index : indexes.values()) {
            StoredItem oldEntry = index.entryOf(before);
            StoredItem newEntry = index.entryOf(after);
            if (oldEntry != newEntry) changes.add(new WritePlan.IndexChange(index, oldEntry, newEntry));
            double units = indexUnits(index, oldEntry, newEntry, transactional);
            if (units > 0) indexWrites.add(new IndexWrite(index.spec.name(), index.spec.global(), units));
        }
        double tableUnits = CapacityUnits.writeUnits(Math.max(bytes(before), bytes(after)), transactional);
        return new WritePlan(pk, token, sk, collectionDelta, changes,
                new WriteOutcome(before, after, tableUnits, indexWrites));
    }

    /** Carries out a planned write, keeping indexes, counts and sizes in step, and returns its outcome. */
    WriteOutcome apply(WritePlan plan) {
        StoredItem before = plan.outcome().before();
        StoredItem after = plan.outcome().after();
        if (after == null) {
            if (before != null) {
                store.remove(plan.partitionKey(), plan.sortKey());
                itemCount--;
                sizeBytes -= before.bytes();
            }
            ItemGroup g = store.group(plan.partitionKey());
            if (g != null) g.collectionBytes += plan.collectionDelta();
        } else {
            ItemGroup target = store.groupFor(plan.partitionKey(), plan.token());
            target.entries.put(plan.sortKey(), after);
            target.collectionBytes += plan.collectionDelta();
            itemCount += before == null ? 1 : 0;
            sizeBytes += after.bytes() - bytes(before);
        }
        partitions.addStoredBytes(plan.token(), bytes(after) - bytes(before));
        if (before != null || after != null) {
            replication.replicate(partitions, plan.token(), new VersionLog.ItemKey(plan.partitionKey(), plan.sortKey()), before);
        }
        for (WritePlan.IndexChange c : plan.indexChanges()) {
            c.index().replace(before, c.oldEntry(), after, c.newEntry());
            if (c.index().spec.global()) {
                String pk = c.index().spec.keySchema().partitionKey().name();
                if (c.oldEntry() != null) {
                    c.index().partitions.addStoredBytes(c.index().store.token(c.oldEntry().attributes().get(pk)), -c.oldEntry().bytes());
                }
                if (c.newEntry() != null) {
                    c.index().partitions.addStoredBytes(c.index().store.token(c.newEntry().attributes().get(pk)), c.newEntry().bytes());
                }
            }
        }
        return plan.outcome();
    }

    /**
     * Checks, before any is applied, that a set of writes (at most one per item) keeps every
     * item collection within the cap, so that a batch or transaction fails whole (F3.6).
     */
    void checkCollections(List<Map<String, AttributeValue>> keys, List<StoredItem> afters) {
        if (!hasLocalIndex()) return;
        Map<AttributeValue, Long> growth = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            growth.merge(partitionKeyOf(keys.get(i)), collectionDelta(get(keys.get(i)), afters.get(i)), Long::sum);
        }
        growth.forEach(this::checkCollection);
    }

    /** How much a write changes its item collection: the item and its LSI entries (F3.6). */
    private long collectionDelta(StoredItem before, StoredItem after) {
        if (!hasLocalIndex()) return 0;
        long delta = bytes(after) - bytes(before);
        for (SecondaryIndex index : indexes.values()) {
            if (!index.spec.global()) delta += bytes(index.entryOf(after)) - bytes(index.entryOf(before));
        }
        return delta;
    }

    /** Rejects growth that takes a collection past the cap; shrinking writes always pass (F3.6). */
    private void checkCollection(AttributeValue partitionKey, long delta) {
        if (delta > 0 && collectionBytes(partitionKey) + delta > itemCollectionLimit) {
            throw new DynamoDbException(ErrorCode.ItemCollectionSizeLimitExceededException, COLLECTION_SIZE_EXCEEDED);
        }
    }

    private static long bytes(StoredItem item) {
        return item == null ? 0 : item.bytes();
    }

    /** Bytes of the item collection of a partition key value (table items plus LSI entries). */
    long collectionBytes(AttributeValue partitionKey) {
        ItemGroup g = store.group(partitionKey);
        return g == null ? 0 : g.collectionBytes;
    }

    private static double indexUnits(SecondaryIndex index, StoredItem oldEntry, StoredItem newEntry, boolean tx) {
        if (oldEntry == null && newEntry == null) return 0;
        if (oldEntry == null) return CapacityUnits.writeUnits(index.writeBytes(newEntry), tx);
        if (newEntry == null) return CapacityUnits.writeUnits(index.writeBytes(oldEntry), tx);
        if (!index.sameIndexKey(oldEntry, newEntry)) {
            return CapacityUnits.writeUnits(index.writeBytes(oldEntry), tx) + CapacityUnits.writeUnits(index.writeBytes(newEntry), tx);
        }
        if (sameAttributes(oldEntry, newEntry)) return 0;
        return CapacityUnits.writeUnits(Math.max(index.writeBytes(oldEntry), index.writeBytes(newEntry)), tx);
    }

    private static boolean sameAttributes(StoredItem a, StoredItem b) {
        return a == b || AttributeValues.sameMap(a.attributes(), b.attributes());
    }

    /**
     * A new GSI filled from the items already stored, those whose index key attributes fit it
     * (UpdateTable, create GSI); it joins the table when {@link #addIndex} is called.
     */
    SecondaryIndex backfilled(IndexSpec spec, BillingMode mode, long now) {
        SecondaryIndex index = newGlobalIndex(spec, mode, now);
        String pk = spec.keySchema().partitionKey().name();
        for (ItemGroup g : store.groupsInScanOrder()) {
            for (StoredItem item : g.entries.values()) {
                if (!ItemValidator.fitsIndex(spec, item.attributes())) continue;
                StoredItem entry = index.entryOf(item);
                index.replace(null, null, item, entry);
                index.partitions.addStoredBytes(index.store.token(entry.attributes().get(pk)), entry.bytes());
            }
        }
        return index;
    }

    /** Adds a built index to the ones kept in step with writes. */
    void addIndex(SecondaryIndex index) {
        indexes.put(index.spec.name(), index);
    }

    /** The bytes this table is billed for storing: items and index entries, each with 100 bytes of overhead (F1.24). */
    StorageSize storage() {
        long indexBytes = 0;
        long indexEntries = 0;
        for (SecondaryIndex index : indexes.values()) {
            indexBytes += index.entryBytes;
            indexEntries += index.itemCount;
        }
        return new StorageSize(sizeBytes, itemCount * Limits.STORAGE_OVERHEAD_BYTES,
                indexBytes, indexEntries * Limits.STORAGE_OVERHEAD_BYTES);
    }

    /**
     * Serves one tick of aggregate traffic (rate-level fidelity) through the same partition gates
     * as item-level requests; inserted bytes grow the partitions and the table without items.
     */
    RateOutcome serve(RateTraffic traffic, long now) {
        OperationType operation = traffic.write() ? OperationType.Write : OperationType.Read;
        double u = traffic.unitsPerRequest();
        double requested = traffic.tailRequests();
        for (double r : traffic.keyRequests()) requested += r;
        double share = partitions.onDemandShare(operation, requested * u, now);
        double served = 0;
        double failed = 0;
        RateReplication repl = replication.atRate(traffic, now);
        double[] keyInserted = new double[traffic.keyTokens().size()];
        for (int i = 0; i < keyInserted.length; i++) {
            Token token = traffic.keyTokens().get(i);
            int at = partitions.positionOf(token);
            double asked = traffic.keyRequests()[i];
            double refused = repl.refused(partitions, at, asked * share);
            failed += refused;
            double s = partitions.serveAggregateAt(at, token, operation, traffic.operations(), asked * share - refused, u, now);
            repl.served(partitions, at, s, traffic.reads() == null ? 0 : traffic.reads().keyWritesPerMilli()[i]);
            partitions.throttledAt(at, operation, asked * (1 - share), u);
            keyInserted[i] = Math.min(s * traffic.putShare(), traffic.keyInserts()[i]);
            insertAtRate(at, keyInserted[i], traffic.bytesPerInsert());
            served += s;
        }
        double tailServed = 0;
        if (traffic.tailRequests() > 0) {
            double[] shares = partitions.shares();
            for (int i = 0; i < shares.length; i++) {
                double asked = traffic.tailRequests() * shares[i];
                double refused = repl.refused(partitions, i, asked * share);
                failed += refused;
                double s = partitions.serveAggregateAt(i, null, operation, traffic.operations(), asked * share - refused, u, now);
                repl.served(partitions, i, s, traffic.reads() == null ? 0 : traffic.reads().tailKeyWritesPerMilli());
                partitions.throttledAt(i, operation, asked * (1 - share), u);
                insertAtRate(i, s * traffic.putShare() * traffic.tailNewShare(), traffic.bytesPerInsert());
                tailServed += s;
            }
        }
        served += tailServed;
        usage.rate(traffic.write(), served * u, served, requested - served - failed);
        return new RateOutcome(served, requested - served - failed, keyInserted, tailServed, failed);
    }

    /**
     * Counts {@code items} inserted at rate level into the partition at a position: whole items and
     * bytes only, the fractions carried (per partition for bytes) to the next insert.
     */
    private void insertAtRate(int at, double items, long bytesPerItem) {
        if (items <= 0 || bytesPerItem <= 0) return;
        rateItems += items;
        long whole = (long) Math.floor(rateItems);
        rateItems -= whole;
        itemCount += whole;
        if (rateBytes.length != partitions.map().size()) rateBytes = new double[partitions.map().size()];
        rateBytes[at] += items * bytesPerItem;
        long bytes = (long) Math.floor(rateBytes[at]);
        rateBytes[at] -= bytes;
        if (bytes > 0) {
            partitions.map().addStoredBytesAt(at, bytes);
            sizeBytes += bytes;
        }
    }

    /**
     * A point read of the item at {@code key} (held by the leader as {@code current}): a strongly
     * consistent read needs the leader (F4.3, F4.6), an eventually consistent one goes to a replica drawn
     * from the read stream and sees what it has applied; InternalServerError when the group cannot serve it.
     */
    VersionLog.Seen readItem(Token token, AttributeValue partitionKey, SortKey sortKey, StoredItem current, boolean strong) {
        if (strong) {
            replication.checkStrongRead(partitions, null, token);
            return new VersionLog.Seen(current, 0, 0);
        }
        int slot = replication.eventualReader(partitions, null, token);
        return replication.seenEventually(partitions, token, new VersionLog.ItemKey(partitionKey, sortKey), current, slot);
    }

    /**
     * What an eventually consistent Query or Scan page of the table sees of each item: a replica drawn
     * per partition (once per page) shows the version it has applied, or nothing for an item whose
     * insert it has not applied yet. An item deleted at the leader but not yet at the replica is not
     * shown (the page walks the leader's items). Null when replication is off: the items as they are.
     */
    java.util.function.UnaryOperator<StoredItem> replicaView() {
        if (!replicationContext.enabled) return null;
        Map<Integer, Integer> slots = new HashMap<>();
        return entry -> {
            AttributeValue pk = partitionKeyOf(entry.attributes());
            Token token = store.token(pk);
            int slot = slots.computeIfAbsent(partitions.positionOf(token), p -> replication.eventualReader(partitions, null, token));
            return replication.seenOnReplica(partitions, token, new VersionLog.ItemKey(pk, sortKeyOf(entry.attributes())), entry, slot);
        };
    }

    /** Checks that a Query or Scan page's partition can be read with this consistency now. */
    void checkPageRead(SecondaryIndex index, Token token, boolean strong) {
        Partitions parts = partitionsFor(index);
        String indexName = index != null && index.spec.global() ? index.spec.name() : null;
        if (strong) replication.checkStrongRead(parts, indexName, token);
        else replication.eventualReader(parts, indexName, token);
    }

    /** Whether this table's and its GSIs' partitions count served requests by operation. */
    void operationDetail(boolean on) {
        operationDetail = on;
        partitions.operationDetail(on);
        for (SecondaryIndex index : indexes.values()) if (index.spec.global()) index.partitions.operationDetail(on);
    }

    /** Refreshes the replica groups of the table's and its GSIs' partitions at {@code now}. */
    void refreshReplicas(long now) {
        partitions.refreshReplicas(now);
        for (SecondaryIndex index : indexes.values()) if (index.spec.global()) index.partitions.refreshReplicas(now);
    }

    /** Ends a tick for the table and each of its GSIs (see {@link Partitions#endTick}). */
    void endTick(long start, long end, SplitSettings settings, List<PartitionTick> ticks, List<SplitEvent> events) {
        partitions.endTick(name(), null, start, end, settings, range -> keySizes(store, range),
                range -> bytesIn(store, range), ticks, events);
        for (SecondaryIndex index : indexes.values()) {
            if (!index.spec.global()) continue;
            index.partitions.endTick(name(), index.spec.name(), start, end, settings, range -> keySizes(index.store, range),
                    range -> bytesIn(index.store, range), ticks, events);
        }
    }

    /** The (token, bytes) of every item collection of a store inside a token range, by token. */
    private static List<KeySize> keySizes(SortedStore store, TokenRange range) {
        List<KeySize> sizes = new ArrayList<>();
        for (ItemGroup g : store.groupsInScanOrder()) {
            if (!range.contains(g.token)) continue;
            long bytes = 0;
            for (StoredItem item : g.entries.values()) bytes += item.bytes();
            sizes.add(new KeySize(g.token, bytes));
        }
        sizes.sort((a, b) -> a.token().compareTo(b.token()));
        return sizes;
    }

    private static long bytesIn(SortedStore store, TokenRange range) {
        long bytes = 0;
        for (KeySize k : keySizes(store, range)) bytes += k.bytes();
        return bytes;
    }
}
