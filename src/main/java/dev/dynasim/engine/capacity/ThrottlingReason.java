package dev.dynasim.engine.capacity;

/**
 * The 16 throttling reasons DynamoDB reports in {@code ThrottlingReasons}: ResourceType + OperationType +
 * LimitType (F3.31, API_ThrottlingReason.html). The constant names are the wire values.
 */
public enum ThrottlingReason {
    TableReadKeyRangeThroughputExceeded(ResourceType.Table, OperationType.Read, LimitType.KeyRangeThroughputExceeded),
    TableReadProvisionedThroughputExceeded(ResourceType.Table, OperationType.Read, LimitType.ProvisionedThroughputExceeded),
    TableReadAccountLimitExceeded(ResourceType.Table, OperationType.Read, LimitType.AccountLimitExceeded),
    TableReadMaxOnDemandThroughputExceeded(ResourceType.Table, OperationType.Read, LimitType.MaxOnDemandThroughputExceeded),
    TableWriteKeyRangeThroughputExceeded(ResourceType.Table, OperationType.Write, LimitType.KeyRangeThroughputExceeded),
    TableWriteProvisionedThroughputExceeded(ResourceType.Table, OperationType.Write, LimitType.ProvisionedThroughputExceeded),
    TableWriteAccountLimitExceeded(ResourceType.Table, OperationType.Write, LimitType.AccountLimitExceeded),
    TableWriteMaxOnDemandThroughputExceeded(ResourceType.Table, OperationType.Write, LimitType.MaxOnDemandThroughputExceeded),
    IndexReadKeyRangeThroughputExceeded(ResourceType.Index, OperationType.Read, LimitType.KeyRangeThroughputExceeded),
    IndexReadProvisionedThroughputExceeded(ResourceType.Index, OperationType.Read, LimitType.ProvisionedThroughputExceeded),
    IndexReadAccountLimitExceeded(ResourceType.Index, OperationType.Read, LimitType.AccountLimitExceeded),
    IndexReadMaxOnDemandThroughputExceeded(ResourceType.Index, OperationType.Read, LimitType.MaxOnDemandThroughputExceeded),
    IndexWriteKeyRangeThroughputExceeded(ResourceType.Index, OperationType.Write, LimitType.KeyRangeThroughputExceeded),
    IndexWriteProvisionedThroughputExceeded(ResourceType.Index, OperationType.Write, LimitType.ProvisionedThroughputExceeded),
    IndexWriteAccountLimitExceeded(ResourceType.Index, OperationType.Write, LimitType.AccountLimitExceeded),
    IndexWriteMaxOnDemandThroughputExceeded(ResourceType.Index, OperationType.Write, LimitType.MaxOnDemandThroughputExceeded);

    private final ResourceType resourceType;
    private final OperationType operationType;
    private final LimitType limitType;

    ThrottlingReason(ResourceType resourceType, OperationType operationType, LimitType limitType) {
        this.resourceType = resourceType;
        this.operationType = operationType;
        this.limitType = limitType;
    }

    /** The reason for a resource, an operation and a limit. */
    public static ThrottlingReason of(ResourceType resourceType, OperationType operationType, LimitType limitType) {
        return values()[(resourceType.ordinal() * OperationType.values().length + operationType.ordinal())
                * LimitType.values().length + limitType.ordinal()];
    }

    /** Table or Index. */
    public ResourceType resourceType() {
        return resourceType;
    }

    /** Read or Write. */
    public OperationType operationType() {
        return operationType;
    }

    /** Why the request was throttled. */
    public LimitType limitType() {
        return limitType;
    }
}
