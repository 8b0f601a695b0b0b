package dev.dynasim.engine.iam;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The network perimeter in front of a server: a list of allow rules, evaluated the way security
 * groups and IP access lists are (order does not matter; a connection is admitted when any rule
 * allows its source address and port, and dropped otherwise). This is the MongoDB side of the
 * security contrast (facts M2): whoever gets through the perimeter reaches the server's port, and
 * what they can then do depends on the server, not on the network.
 */
public record NetworkPerimeter(List<FirewallRule> rules) {
    /** Checks and copies the rules. */
    public NetworkPerimeter {
        if (rules == null) throw new IllegalArgumentException("a network perimeter needs a list of rules (it may be empty)");
        rules = List.copyOf(rules);
    }

    /** A perimeter with {@code rules}. */
    public static NetworkPerimeter of(FirewallRule... rules) {
        return new NetworkPerimeter(List.of(rules));
    }

    /** A perimeter with no rules: nothing gets in. */
    public static NetworkPerimeter closed() {
        return new NetworkPerimeter(List.of());
    }

    /** This perimeter with one more rule. */
    public NetworkPerimeter with(FirewallRule rule) {
        List<FirewallRule> more = new ArrayList<>(rules);
        more.add(rule);
        return new NetworkPerimeter(more);
    }

    /** This perimeter with a rule allowing {@code cidr} to reach {@code port}. */
    public NetworkPerimeter allow(String cidr, int port) {
        return with(FirewallRule.allow(cidr, port));
    }

    /** Whether a connection from {@code sourceIp} to {@code port} gets through. */
    public boolean reachable(String sourceIp, int port) {
        return admittedBy(sourceIp, port).isPresent();
    }

    /** The first rule admitting a connection from {@code sourceIp} to {@code port}, if any. */
    public Optional<FirewallRule> admittedBy(String sourceIp, int port) {
        Ipv4.require(sourceIp, "source address");
        return rules.stream().filter(r -> r.allows(sourceIp, port)).findFirst();
    }

    /** The rules, one a line, or a note that there are none. */
    @Override
    public String toString() {
        if (rules.isEmpty()) return "no rules: every connection is dropped";
        StringBuilder out = new StringBuilder();
        for (FirewallRule r : rules) out.append(out.length() == 0 ? "" : "\n").append(r);
        return out.toString();
    }
}
