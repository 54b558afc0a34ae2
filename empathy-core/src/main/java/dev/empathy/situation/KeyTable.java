package dev.empathy.situation;

import java.util.List;

/**
 * A fixed set of strings, each with its index in the list it was built from as its id. An open-addressing table of
 * plain arrays: a look-up is a hash, a probe or two and one string comparison, with none of the code of
 * {@link java.util.HashMap} on the reading path (speed, issue 16). Immutable and thread-safe.
 */
final class KeyTable {

    /** The id of a string the table does not hold. */
    static final int ABSENT = -1;

    private final String[] keys; // by slot; null for an empty slot
    private final int[] hashes; // by slot: String.hashCode of keys[slot]
    private final int[] ids; // by slot: the index of keys[slot] in the list the table was built from
    private final int mask;

    /** A table of {@code keys}, distinct strings, the id of each being its index in the list. */
    KeyTable(List<String> keys) {
        int capacity = Integer.highestOneBit(Math.max(4, keys.size() * 3)) * 2; // load at most 1/3
        this.keys = new String[capacity];
        this.hashes = new int[capacity];
        this.ids = new int[capacity];
        this.mask = capacity - 1;
        for (int id = 0; id < keys.size(); id++) {
            String key = keys.get(id);
            int hash = key.hashCode();
            int slot = spread(hash) & mask;
            while (this.keys[slot] != null) {
                if (this.keys[slot].equals(key)) {
                    throw new IllegalArgumentException("key listed twice: " + key);
                }
                slot = (slot + 1) & mask;
            }
            this.keys[slot] = key;
            hashes[slot] = hash;
            ids[slot] = id;
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** {@return the id of {@code key}, or {@link #ABSENT}} */
    int id(String key) {
        int hash = key.hashCode();
        int slot = spread(hash) & mask;
        String held;
        while ((held = keys[slot]) != null) {
            if (hashes[slot] == hash && held.equals(key)) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        return ABSENT;
    }
}
