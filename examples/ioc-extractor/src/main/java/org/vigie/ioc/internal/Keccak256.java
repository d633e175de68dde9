package org.vigie.ioc.internal;

import java.nio.charset.StandardCharsets;

/**
 * Keccak-256 as Ethereum uses it (the original Keccak padding, not SHA3-256's), which the JDK
 * does not offer; needed for EIP-55 address checksums.
 */
final class Keccak256 {

    private static final int RATE = 136;
    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
        0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
        0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};
    /** Rotation of lane (x, y), at index x + 5y. */
    private static final int[] ROTATIONS = {
        0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

    private Keccak256() {
    }

    /** The 32-byte digest of an ASCII text. */
    static byte[] digest(String ascii) {
        byte[] message = ascii.getBytes(StandardCharsets.US_ASCII);
        int blocks = message.length / RATE + 1;
        byte[] padded = new byte[blocks * RATE];
        System.arraycopy(message, 0, padded, 0, message.length);
        padded[message.length] ^= 0x01;
        padded[padded.length - 1] ^= (byte) 0x80;
        long[] state = new long[25];
        for (int block = 0; block < blocks; block++) {
            for (int lane = 0; lane < RATE / 8; lane++) {
                state[lane] ^= littleEndian(padded, block * RATE + lane * 8);
            }
            permute(state);
        }
        byte[] digest = new byte[32];
        for (int i = 0; i < 32; i++) {
            digest[i] = (byte) (state[i / 8] >>> (8 * (i % 8)));
        }
        return digest;
    }

    private static long littleEndian(byte[] bytes, int offset) {
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = value << 8 | (bytes[offset + i] & 0xffL);
        }
        return value;
    }

    /** Keccak-f[1600]: theta, rho and pi, chi, iota, 24 rounds. */
    private static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (long roundConstant : ROUND_CONSTANTS) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROTATIONS[x + 5 * y]);
                }
            }
            for (int i = 0; i < 25; i++) {
                int x = i % 5;
                int row = i - x;
                a[i] = b[i] ^ (~b[row + (x + 1) % 5] & b[row + (x + 2) % 5]);
            }
            a[0] ^= roundConstant;
        }
    }
}
