package dev.dynasim.engine.partition;

import dev.dynasim.engine.model.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Hashes a partition key value to a {@link Token} with MD5, the Dynamo 2007 choice; DynamoDB's
 * own hash function is not published, so this is a teaching approximation (F3.2, F3.4).
 * Numbers hash by their normalised text, so equal numbers land on the same token.
 */
public final class Md5Hasher {
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(Md5Hasher::newDigest);

    private Md5Hasher() {
    }

    /** The token of a partition key value (S, N or B). */
    public static Token token(AttributeValue partitionKey) {
        byte[] bytes;
        if (partitionKey instanceof AttributeValue.S s) bytes = s.value().getBytes(StandardCharsets.UTF_8);
        else if (partitionKey instanceof AttributeValue.N n) bytes = n.text().getBytes(StandardCharsets.US_ASCII);
        else if (partitionKey instanceof AttributeValue.B b) bytes = b.value();
        else throw new IllegalArgumentException("not a key type: " + partitionKey.type());
        byte[] d = MD5.get().digest(bytes);
        return new Token(toLong(d, 0), toLong(d, 8));
    }

    private static long toLong(byte[] d, int from) {
        long v = 0;
        for (int i = from; i < from + 8; i++) v = (v << 8) | (d[i] & 0xff);
        return v;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JDK", e);
        }
    }
}
