package org.sitrep.resolve.geo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Sorted ASCII keys, each with a list of entry numbers, held in four flat arrays so that loading
 * is a bulk copy and a look-up a binary search. Immutable, thread-safe.
 */
final class KeyTable {

    private final byte[] keys;
    private final int[] keyStart;
    private final int[] postStart;
    private final int[] postings;

    private KeyTable(byte[] keys, int[] keyStart, int[] postStart, int[] postings) {
        this.keys = keys;
        this.keyStart = keyStart;
        this.postStart = postStart;
        this.postings = postings;
    }

    /** A table of the given keys (ASCII) and their entries, in key order. */
    static KeyTable of(SortedMap<String, ? extends List<Integer>> map) {
        int n = map.size();
        int[] keyStart = new int[n + 1];
        int[] postStart = new int[n + 1];
        int total = 0;
        int bytes = 0;
        for (Map.Entry<String, ? extends List<Integer>> e : map.entrySet()) {
            total += e.getValue().size();
            bytes += e.getKey().length();
        }
        byte[] keys = new byte[bytes];
        int[] postings = new int[total];
        int i = 0;
        int k = 0;
        int p = 0;
        for (Map.Entry<String, ? extends List<Integer>> e : map.entrySet()) {
            keyStart[i] = k;
            postStart[i] = p;
            byte[] b = e.getKey().getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(b, 0, keys, k, b.length);
            k += b.length;
            for (int v : e.getValue()) {
                postings[p++] = v;
            }
            i++;
        }
        keyStart[n] = k;
        postStart[n] = p;
        return new KeyTable(keys, keyStart, postStart, postings);
    }

    int size() {
        return keyStart.length - 1;
    }

    /** The entries filed under a key, or an empty list. */
    List<Integer> get(String key) {
        if (key == null) {
            return List.of();
        }
        byte[] k = key.getBytes(StandardCharsets.US_ASCII);
        int lo = 0;
        int hi = size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, k);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                List<Integer> out = new ArrayList<>(postStart[mid + 1] - postStart[mid]);
                for (int i = postStart[mid]; i < postStart[mid + 1]; i++) {
                    out.add(postings[i]);
                }
                return out;
            }
        }
        return List.of();
    }

    private int compare(int index, byte[] key) {
        int a = keyStart[index];
        int aEnd = keyStart[index + 1];
        int b = 0;
        while (a < aEnd && b < key.length) {
            int c = Byte.compare(keys[a], key[b]);
            if (c != 0) {
                return c;
            }
            a++;
            b++;
        }
        return Integer.compare(aEnd - keyStart[index], key.length);
    }

    int byteSize() {
        return 4 + keys.length + 4 * (keyStart.length + postStart.length + 1 + postings.length) + 8;
    }

    void write(ByteBuffer out) {
        out.putInt(keys.length).put(keys);
        putInts(out, keyStart);
        putInts(out, postStart);
        putInts(out, postings);
    }

    static KeyTable read(ByteBuffer in) {
        byte[] keys = new byte[in.getInt()];
        in.get(keys);
        return new KeyTable(keys, getInts(in), getInts(in), getInts(in));
    }

    static void putInts(ByteBuffer out, int[] values) {
        out.putInt(values.length);
        out.asIntBuffer().put(values);
        out.position(out.position() + 4 * values.length);
    }

    static int[] getInts(ByteBuffer in) {
        int[] v = new int[in.getInt()];
        in.asIntBuffer().get(v);
        in.position(in.position() + 4 * v.length);
        return v;
    }
}
