package dev.dynasim.engine.partition;

import dev.dynasim.engine.model.AttributeValue;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The function that hashes a partition key value to its 128-bit token. DynamoDB's own hash is not
 * published (F3.2), so both choices are teaching stand-ins (F3.4), and sources disagree on which to
 * use: the course asks for MD5, the Dynamo 2007 choice ({@link #DEFAULT}); DynamoDB Local uses a
 * salted SHA-1, the only one whose Scan order and parallel-scan segments match the recorded oracle,
 * which is why {@code ./dynasim api} hashes with {@link #DYNAMODB_LOCAL}. A key's bytes are its UTF-8
 * text (S), its raw bytes (B) or its canonical number encoding (N, {@link NumberEncoding}), so equal
 * numbers hash alike.
 */
public enum KeyHash {
    /** MD5 of the key's bytes, all 128 bits: the Dynamo paper's ring (F3.4). */
    MD5,
    /** DynamoDB Local's: SHA-1 of "LocalDdb" and the key's bytes, first 128 bits ({@link KeyHasher}). */
    DYNAMODB_LOCAL;

    /** The hash of simulations and the JShell API unless set otherwise: MD5, as the course asks (F3.4). */
    public static final KeyHash DEFAULT = MD5;

    private static final ThreadLocal<MessageDigest> MD5_DIGEST = ThreadLocal.withInitial(KeyHash::newMd5);

    /** The token of a partition key value (S, N or B). */
    public Token token(AttributeValue partitionKey) {
        if (this == DYNAMODB_LOCAL) return KeyHasher.token(partitionKey);
        byte[] d = MD5_DIGEST.get().digest(KeyHasher.bytes(partitionKey));
        return new Token(KeyHasher.toLong(d, 0), KeyHasher.toLong(d, 8));
    }

    private static MessageDigest newMd5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JDK", e);
        }
    }
}
