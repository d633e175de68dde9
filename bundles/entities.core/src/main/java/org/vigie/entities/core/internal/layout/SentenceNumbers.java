package org.vigie.entities.core.internal.layout;

import java.util.Arrays;
import java.util.List;

import org.apache.lucene.util.BytesRef;

/**
 * The sorted, distinct sentence numbers of an entity's mentions in one document, packed as
 * delta-coded variable-length integers in a binary doc value, so co-occurrence is counted
 * without reading stored documents.
 */
public final class SentenceNumbers {

    private SentenceNumbers() {
    }

    public static BytesRef pack(List<IndexFields.MarkData> mentions) {
        int[] numbers = mentions.stream().mapToInt(IndexFields.MarkData::sentence).sorted().distinct().toArray();
        byte[] bytes = new byte[5 * numbers.length + 5];
        int at = writeVInt(bytes, 0, numbers.length);
        int previous = 0;
        for (int n : numbers) {
            at = writeVInt(bytes, at, n - previous);
            previous = n;
        }
        return new BytesRef(bytes, 0, at);
    }

    public static int[] unpack(BytesRef packed) {
        int[] at = {packed.offset};
        int[] numbers = new int[readVInt(packed.bytes, at)];
        int previous = 0;
        for (int i = 0; i < numbers.length; i++) {
            previous += readVInt(packed.bytes, at);
            numbers[i] = previous;
        }
        return numbers;
    }

    private static int writeVInt(byte[] bytes, int at, int value) {
        while ((value & ~0x7F) != 0) {
            bytes[at++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[at++] = (byte) value;
        return at;
    }

    private static int readVInt(byte[] bytes, int[] at) {
        int value = 0;
        for (int shift = 0;; shift += 7) {
            byte b = bytes[at[0]++];
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    /** How many numbers two sorted arrays share. */
    public static int shared(int[] a, int[] b) {
        int count = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i] == b[j]) {
                count++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return count;
    }

    /** The sorted, distinct numbers of two sorted arrays. */
    public static int[] union(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).sorted().distinct().toArray();
    }

    public static boolean contains(int[] sorted, int n) {
        return Arrays.binarySearch(sorted, n) >= 0;
    }
}
