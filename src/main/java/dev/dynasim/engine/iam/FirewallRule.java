package dev.dynasim.engine.iam;

/**
 * One inbound rule of a network perimeter (a security group, a host firewall, or an IP access list
 * in front of a database server): allow TCP connections from the IPv4 addresses of a CIDR block, such
 * as {@code 10.0.0.0/16} (65,536 addresses of a private network) or {@code 0.0.0.0/0} (every address
 * on the internet), to one port. A bare address such as {@code 203.0.113.7} means that one address
 * ({@code /32}). Perimeters only allow: whatever no rule admits is dropped.
 */
public record FirewallRule(String cidr, int port) {
    /** Checks and normalises the CIDR block ({@code a.b.c.d/n}, no host bits set) and the port. */
    public FirewallRule {
        if (cidr == null || cidr.isBlank()) {
            throw new IllegalArgumentException("a firewall rule needs a CIDR block such as 10.0.0.0/16");
        }
        cidr = cidr.strip();
        if (cidr.indexOf('/') < 0) cidr = cidr + "/32";
        String[] parts = cidr.split("/", -1);
        if (parts.length != 2 || Ipv4.parse(parts[0]) < 0) {
            throw new IllegalArgumentException("\"" + cidr + "\" is not a CIDR block: write an IPv4 address and a prefix length,"
                    + " like 10.0.0.0/16 or 0.0.0.0/0");
        }
        int prefix = prefixLength(parts[1]);
        if (prefix < 0) {
            throw new IllegalArgumentException("\"" + cidr + "\" is not a CIDR block: the prefix length after / must be a whole"
                    + " number from 0 to 32");
        }
        long address = Ipv4.parse(parts[0]);
        long network = address & mask(prefix);
        if (network != address) {
            throw new IllegalArgumentException("\"" + cidr + "\" is not a CIDR block: the address has bits set beyond the /" + prefix
                    + " prefix; did you mean " + Ipv4.format(network) + "/" + prefix + "?");
        }
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port " + port + " is not a TCP port (1 to 65535)");
    }

    /** A rule allowing {@code cidr} to reach {@code port}. */
    public static FirewallRule allow(String cidr, int port) {
        return new FirewallRule(cidr, port);
    }

    /** Whether this rule admits a connection from {@code sourceIp} to {@code port}. */
    public boolean allows(String sourceIp, int port) {
        long source = Ipv4.require(sourceIp, "source address");
        return port == this.port && (source & mask(prefix())) == Ipv4.parse(network());
    }

    /** The prefix length, e.g. 16 for {@code 10.0.0.0/16}. */
    public int prefix() {
        return Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
    }

    /** The network address, e.g. {@code 10.0.0.0}. */
    public String network() {
        return cidr.substring(0, cidr.indexOf('/'));
    }

    /** How many source addresses the rule admits: 2^(32 - prefix), 4,294,967,296 for {@code 0.0.0.0/0}. */
    public long addresses() {
        return 1L << (32 - prefix());
    }

    /** Whether the rule admits every address on the internet ({@code /0}). */
    public boolean opensToEveryone() {
        return prefix() == 0;
    }

    /** The rule as a firewall listing shows it, e.g. {@code allow 10.0.0.0/16 on port 27017}. */
    @Override
    public String toString() {
        return "allow " + cidr + " on port " + port;
    }

    private static int prefixLength(String text) {
        if (text.isEmpty() || text.length() > 2 || !text.chars().allMatch(Character::isDigit)) return -1;
        int n = Integer.parseInt(text);
        return n <= 32 ? n : -1;
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }
}
