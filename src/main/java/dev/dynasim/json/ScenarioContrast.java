package dev.dynasim.json;

import dev.dynasim.engine.billing.ClusterSpec;
import dev.dynasim.engine.iam.Policy;
import dev.dynasim.engine.iam.Principal;
import dev.dynasim.engine.table.Account;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a scenario file that model the service-versus-server contrast (issue 5): the IAM users
 * its workloads may run as ({@code principals}) and the server cluster a what-if replay compares with
 * ({@code serverCluster}). Users belong to AWS's example account 123456789012.
 */
final class ScenarioContrast {
    /** The account the scenario's users belong to: the simulation's own. */
    static final String ACCOUNT = Account.EXAMPLE.accountId();

    private ScenarioContrast() {
    }

    /**
     * {@code "principals": {"alice": {"userId": "alice", "policies": [{IAM policy}, ...]}}}: each user by
     * name ({@code ${aws:username}}), its {@code ${aws:userid}} (default: an AIDA... id derived from its ARN) and its identity policies.
     */
    static Map<String, Principal> principals(Fields f) {
        Map<String, Principal> out = new LinkedHashMap<>();
        if (!f.has("principals")) return out;
        if (!f.raw("principals").isObject()) throw f.fail("principals", "must be an object of users by name");
        for (Iterator<String> names = f.raw("principals").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Fields p = f.object("principals").object(name).known("userId", "policies");
            List<Policy> policies = new ArrayList<>();
            List<Fields.Element> documents = p.array("policies");
            for (int i = 0; i < documents.size(); i++) {
                String arn = "arn:aws:iam::" + ACCOUNT + ":policy/" + name + "-policy-" + (i + 1);
                try {
                    policies.add(IamPolicies.parse(documents.get(i).node().toString(), arn));
                } catch (ScenarioFileException e) {
                    throw p.fail("policies[" + i + "]", e.getMessage());
                }
            }
            Principal user = Principal.user(ACCOUNT, name, policies);
            out.put(name, p.has("userId") ? new Principal(user.arn(), p.optString("userId", null), name, policies) : user);
        }
        return out;
    }

    /**
     * {@code "serverCluster": {"instanceType": "m6i.large", "shards": 1, "members": 3,
     * "readsFromSecondaries": false, "queueTimeout": "30s"}}, or null when absent. The instance type is
     * checked against the catalogue when the replay runs.
     */
    static ClusterSpec serverCluster(Fields f) {
        if (!f.has("serverCluster")) return null;
        Fields c = f.object("serverCluster").known("instanceType", "shards", "members", "readsFromSecondaries", "queueTimeout");
        String type = c.string("instanceType");
        long shards = c.optInteger("shards", 1, 1);
        ClusterSpec spec = shards == 1 ? ClusterSpec.replicaSet(type) : ClusterSpec.sharded(type, (int) Math.min(shards, Integer.MAX_VALUE));
        try {
            if (c.has("members")) spec = spec.withMembers((int) Math.min(c.optInteger("members", 1, ClusterSpec.DEFAULT_MEMBERS), Integer.MAX_VALUE));
            if (c.has("readsFromSecondaries")) {
                if (!c.raw("readsFromSecondaries").isBoolean()) throw c.fail("readsFromSecondaries", "must be true or false");
                spec = spec.withReadsFromSecondaries(c.raw("readsFromSecondaries").booleanValue());
            }
            if (c.has("queueTimeout")) spec = spec.withQueueTimeoutMillis(c.optDuration("queueTimeout", ClusterSpec.DEFAULT_QUEUE_TIMEOUT_MILLIS));
        } catch (IllegalArgumentException e) {
            throw c.fail(e.getMessage());
        }
        return spec;
    }
}
