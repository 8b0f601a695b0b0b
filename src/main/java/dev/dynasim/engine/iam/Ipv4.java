package dev.dynasim.engine.iam;

/** Dotted-quad IPv4 addresses as unsigned 32-bit numbers (held in a {@code long}). */
final class Ipv4 {
    private Ipv4() {
    }

    /** The address {@code text} (e.g. {@code 10.0.1.5}) as a number, or -1 when it is not one. */
    static long parse(String text) {
        if (text == null) return -1;
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) return -1;
        long address = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) return -1;
            int octet = Integer.parseInt(p);
            if (octet > 255) return -1;
            address = address << 8 | octet;
        }
        return address;
    }

    /** The address {@code text} as a number; fails with a message naming {@code what} otherwise. */
    static long require(String text, String what) {
        long address = parse(text);
        if (address < 0) {
            throw new IllegalArgumentException(what + " \"" + text + "\" is not an IPv4 address (four numbers from 0 to 255"
                    + " separated by dots, e.g. 10.0.1.5)");
        }
        return address;
    }

    /** The dotted-quad text of {@code address}. */
    static String format(long address) {
        return (address >>> 24 & 255) + "." + (address >>> 16 & 255) + "." + (address >>> 8 & 255) + "." + (address & 255);
    }
}
