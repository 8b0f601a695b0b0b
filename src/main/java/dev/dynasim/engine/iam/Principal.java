package dev.dynasim.engine.iam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Who makes a request: an IAM user or role by ARN, its unique user id (the value of
 * {@code ${aws:userid}}, e.g. {@code AIDA...} for a user), its name ({@code ${aws:username}}) and its
 * identity-based policies.
 */
public record Principal(String arn, String userId, String userName, List<Policy> policies) {
    /** Checks the fields and copies the policies. */
    public Principal {
        if (arn == null || arn.isBlank()) throw new IllegalArgumentException("a principal needs an ARN");
        policies = List.copyOf(policies);
    }

    /** An IAM user {@code name} of account {@code accountId}: its ARN, a user id made up for it ({@link #syntheticUserId}) and its name. */
    public static Principal user(String accountId, String name, List<Policy> policies) {
        String arn = "arn:aws:iam::" + accountId + ":user/" + name;
        return new Principal(arn, syntheticUserId(arn), name, policies);
    }

    /**
     * A user id shaped as IAM's for users ({@code AIDA} and 17 capitals and digits, the value of
     * {@code ${aws:userid}}), derived from the ARN so that it is the same in every run: IAM assigns
     * a unique id when it creates a user, which is not the user's name (use {@code ${aws:username}} for that).
     */
    public static String syntheticUserId(String arn) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(arn.getBytes(StandardCharsets.UTF_8));
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            StringBuilder id = new StringBuilder("AIDA");
            for (int i = 0; i < 17; i++) id.append(alphabet.charAt((digest[i] & 0xff) % 32));
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
