package dev.dynasim.api;

/**
 * The Region and account that ARNs are written in. The default matches DynamoDB Local, the oracle:
 * {@code arn:aws:dynamodb:ddblocal:000000000000:table/<name>}.
 */
public record ArnScope(String region, String account) {
    /** DynamoDB Local's Region and account. */
    public static final ArnScope DYNAMODB_LOCAL = new ArnScope("ddblocal", "000000000000");

    /** The ARN of a table. */
    public String tableArn(String tableName) {
        return "arn:aws:dynamodb:" + region + ":" + account + ":table/" + tableName;
    }

    /** The ARN of a secondary index. */
    public String indexArn(String tableName, String indexName) {
        return tableArn(tableName) + "/index/" + indexName;
    }
}
