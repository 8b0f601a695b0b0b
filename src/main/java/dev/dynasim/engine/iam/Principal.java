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
     * A unique id shaped as IAM's (the value of {@code ${aws:userid}}): {@code AIDA} and 17 capitals and
     * digits for a user, {@code AROA...} for a role, {@code AROA...:session} for an assumed-role
     * session; derived from the ARN so that it is the same in every run: IAM assigns
     * a unique id when it creates a user, which is not the user's name (use {@code ${aws:username}} for that).
     */
    public static String syntheticUserId(String arn) {
        try {
            // an assumed role's session is AROA...:session-name, a role's AROA..., a user's AIDA... (IAM unique id prefixes)
            int assumed = arn.indexOf(":assumed-role/");
            String identity = assumed < 0 ? arn : arn.substring(0, arn.lastIndexOf('/'));
            boolean role = assumed >= 0 || arn.contains(":role/");
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            StringBuilder id = new StringBuilder(role ? "AROA" : "AIDA");
            for (int i = 0; i < 17; i++) id.append(alphabet.charAt((digest[i] & 0xff) % 32));
            if (assumed >= 0) id.append(':').append(arn.substring(arn.lastIndexOf('/') + 1));
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
