package org.vigie.ioc.internal;

import java.util.Locale;

/**
 * Bech32 (BIP 173) and bech32m (BIP 350), the encodings of SegWit Bitcoin addresses: human part
 * {@code bc}, separator {@code 1}, a witness version, the witness program in 5-bit groups and a
 * 6-character checksum. Version 0 uses bech32 with a 20- or 32-byte program; versions 1 to 16
 * use bech32m.
 */
final class Bech32 {

    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    private static final int BECH32 = 1;
    private static final int BECH32M = 0x2bc830a3;
    private static final String HUMAN_PART = "bc";

    private Bech32() {
    }

    /** Whether the text is a mainnet SegWit address with a valid checksum. */
    static boolean isSegwitAddress(String address) {
        if (address.length() > 90 || !address.equals(address.toLowerCase(Locale.ROOT))
                && !address.equals(address.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String lower = address.toLowerCase(Locale.ROOT);
        int[] data = new int[lower.length() - HUMAN_PART.length() - 1];
        for (int i = 0; i < data.length; i++) {
            data[i] = CHARSET.indexOf(lower.charAt(HUMAN_PART.length() + 1 + i));
            if (data[i] < 0) {
                return false;
            }
        }
        if (data.length < 7 || data[0] > 16) {
            return false;
        }
        int expected = data[0] == 0 ? BECH32 : BECH32M;
        return checksum(data) == expected && programFits(data);
    }

    private static int checksum(int[] data) {
        int check = 1;
        for (char c : HUMAN_PART.toCharArray()) {
            check = step(check, c >> 5);
        }
        check = step(check, 0);
        for (char c : HUMAN_PART.toCharArray()) {
            check = step(check, c & 31);
        }
        for (int value : data) {
            check = step(check, value);
        }
        return check;
    }

    private static int step(int check, int value) {
        int top = check >>> 25;
        int next = (check & 0x1ffffff) << 5 ^ value;
        for (int i = 0; i < 5; i++) {
            if ((top >>> i & 1) != 0) {
                next ^= GENERATOR[i];
            }
        }
        return next;
    }

    /** The program (between version and checksum) regrouped into bytes: 2 to 40, 20 or 32 for v0. */
    private static boolean programFits(int[] data) {
        int bits = (data.length - 7) * 5;
        int bytes = bits / 8;
        int leftover = bits % 8;
        boolean padding = leftover < 5 && (data[data.length - 7] & (1 << leftover) - 1) == 0;
        boolean sizes = data[0] == 0 ? bytes == 20 || bytes == 32 : bytes >= 2 && bytes <= 40;
        return padding && sizes;
    }
}
