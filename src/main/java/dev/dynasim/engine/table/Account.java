package dev.dynasim.engine.table;

/**
 * Where a simulated database lives, for its ARNs. The default matches DynamoDB Local, whose
 * recorded answers the oracle holds ({@code arn:aws:dynamodb:ddblocal:000000000000:table/...}).
 */
public record Account(String region, String accountId) {
    /** DynamoDB Local's region and account. */
    public static final Account LOCAL = new Account("ddblocal", "000000000000");
    /**
     * The account and Region of simulations and the shell: us-east-1 (whose Availability Zones the
     * replicas live in) and AWS's documentation example account 123456789012, the account of the
     * shell's and scenarios' IAM users.
     */
    public static final Account EXAMPLE = new Account("us-east-1", "123456789012");

    /** The ARN of a table. */
    public String tableArn(String tableName) {
        return "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + tableName;
    }

    /** The ARN of an index of a table. */
    public String indexArn(String tableName, String indexName) {
        return tableArn(tableName) + "/index/" + indexName;
    }
}
