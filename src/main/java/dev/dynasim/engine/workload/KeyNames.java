package dev.dynasim.engine.workload;

/** Keys named by a prefix and a 0-based index ("key-0", "key-1", ...), and the way back. */
final class KeyNames {
    /** The default key prefix. */
    static final String DEFAULT_PREFIX = "key-";

    private KeyNames() {
    }

    /** The key of index {@code i}. */
    static String of(String prefix, long i) {
        return prefix + i;
    }

    /** The index of {@code key} among {@code n} keys named with {@code prefix}, or -1 if it is not one of them. */
    static long indexOf(String prefix, long n, String key) {
        if (key == null || !key.startsWith(prefix) || key.length() == prefix.length()) return -1;
        String digits = key.substring(prefix.length());
        if (digits.length() > 18 || (digits.length() > 1 && digits.charAt(0) == '0')) return -1;
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v < n ? v : -1;
    }

    /** Rejects a negative heavy-hitter count. */
    static void checkK(int k) {
        if (k < 0) throw new IllegalArgumentException("k must not be negative: " + k);
    }

    /** Rejects a null prefix. */
    static void checkPrefix(String prefix) {
        if (prefix == null) throw new IllegalArgumentException("prefix is required");
    }
}
