package dev.dynasim.shell;

import dev.dynasim.engine.iam.Policy;
import dev.dynasim.engine.iam.Principal;
import dev.dynasim.engine.table.Account;
import dev.dynasim.engine.table.Database;
import dev.dynasim.json.IamPolicies;
import dev.dynasim.json.ScenarioFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * The shell's IAM side: users with identity policies written in IAM's JSON policy language, and
 * the identity the session's calls are made as (I4, I5). Users live in an example account.
 */
final class Identities {
    /** The account the shell's users belong to: the simulation's own (AWS documentation's example number). */
    static final String ACCOUNT = Account.EXAMPLE.accountId();

    private Identities() {
    }

    /** A user named {@code name} ({@code ${aws:username}}; its {@code ${aws:userid}} is an AIDA... id), with the policies given as JSON. */
    static Principal user(String name, String... policies) {
        if (name == null || name.isBlank()) throw new ShellUsageException("a user needs a name, e.g. user(\"alice\", policy)");
        List<Policy> parsed = new ArrayList<>();
        for (int i = 0; i < policies.length; i++) {
            String arn = "arn:aws:iam::" + ACCOUNT + ":policy/" + name + "-policy-" + (i + 1);
            try {
                parsed.add(IamPolicies.parse(policies[i], arn));
            } catch (ScenarioFileException | IllegalArgumentException e) {
                throw new ShellUsageException("policy " + (i + 1) + " of " + name + ": " + e.getMessage());
            }
        }
        return Principal.user(ACCOUNT, name, parsed);
    }

    /** Who the session's calls are made as, in words. */
    static Text whoAmI(Database db) {
        Principal p = db.caller();
        if (p == null) {
            return new Text("No identity: calls are not authorised (as in DynamoDB Local). as(user(...)) makes them as an IAM user.");
        }
        StringBuilder sb = new StringBuilder("Calls are made as " + p.arn() + " (${aws:username} = " + p.userName() + ", ${aws:userid} = " + p.userId() + ")");
        for (Policy policy : p.policies()) sb.append("\n  policy ").append(policy.arn()).append(": ")
                .append(policy.statements().size()).append(policy.statements().size() == 1 ? " statement" : " statements");
        return new Text(sb.append("\nasAdmin() stops authorising calls.").toString());
    }
}
