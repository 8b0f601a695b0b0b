package dev.dynasim.engine.partition;

import dev.dynasim.engine.model.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * DynamoDB Local's key hash ({@link KeyHash#DYNAMODB_LOCAL}), also used for the digests that order
 * index entries with equal keys as DynamoDB Local does: SHA-1 of the salt "LocalDdb" followed by the key's bytes
 * (UTF-8 for S, raw for B, {@link NumberEncoding} for N). With it, Scan order and parallel-scan
 * segments come out exactly as DynamoDB Local's (oracle scan-order, scan-segments-*); like any
 * stand-in it is a teaching approximation of the real service's hash (F3.4).
 */
public final class KeyHasher {
    /** Bytes of a digest: SHA-1, 160 bits. */
    public static final int DIGEST_BYTES = 20;
    private static final byte[] SALT = "LocalDdb".getBytes(StandardCharsets.US_ASCII);
    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(KeyHasher::newDigest);

    private KeyHasher() {
    }

    /** The 160-bit digest of one key value (S, N or B). */
    public static byte[] digest(AttributeValue key) {
        MessageDigest md = SHA1.get();
        md.update(SALT);
        md.update(bytes(key));
        return md.digest();
    }

    /** The digest of several digests together, salted the same way (composite tie-breaks). */
    public static byte[] digest(byte[]... parts) {
        MessageDigest md = SHA1.get();
        md.update(SALT);
        for (byte[] p : parts) md.update(p);
        return md.digest();
    }

    /** The token of a partition key value: the first 128 bits of its digest. */
    public static Token token(AttributeValue partitionKey) {
        byte[] d = digest(partitionKey);
        return new Token(toLong(d, 0), toLong(d, 8));
    }

    /** A key value's bytes: UTF-8 for S, the number encoding for N, raw for B. */
    static byte[] bytes(AttributeValue key) {
        if (key instanceof AttributeValue.S s) return s.value().getBytes(StandardCharsets.UTF_8);
        if (key instanceof AttributeValue.N n) return NumberEncoding.encode(n.value());
        if (key instanceof AttributeValue.B b) return b.value();
        throw new IllegalArgumentException("not a key type: " + key.type());
    }

    /** The big-endian long at {@code from} in a digest. */
    static long toLong(byte[] d, int from) {
        long v = 0;
        for (int i = from; i < from + 8; i++) v = (v << 8) | (d[i] & 0xff);
        return v;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JDK", e);
        }
    }
}
