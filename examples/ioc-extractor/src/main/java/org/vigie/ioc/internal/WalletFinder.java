package org.vigie.ioc.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cryptocurrency addresses: Bitcoin P2PKH/P2SH ({@code 1...}, {@code 3...}) whose Base58Check
 * checksum holds, Bitcoin SegWit ({@code bc1...}) whose bech32 or bech32m checksum holds, and
 * Ethereum ({@code 0x} and 40 hex digits, whose EIP-55 checksum holds when written in mixed
 * case).
 */
final class WalletFinder implements IndicatorFinder {

    private static final String EDGE_BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String EDGE_AFTER = "(?![\\p{L}\\p{N}_])";
    private static final Pattern BASE58 = Pattern.compile(
            EDGE_BEFORE + "[13][1-9A-HJ-NP-Za-km-z]{25,34}" + EDGE_AFTER);
    private static final Pattern BECH32 = Pattern.compile(
            EDGE_BEFORE + "bc1[02-9ac-hj-np-z]{8,87}" + EDGE_AFTER, Pattern.CASE_INSENSITIVE);
    private static final Pattern ETHEREUM = Pattern.compile(
            EDGE_BEFORE + "0x[0-9a-f]{40}" + EDGE_AFTER, Pattern.CASE_INSENSITIVE);

    @Override
    public void find(String text, Tokens tokens, List<Indicator> found) {
        tokens.scan(BASE58, 26, c -> c == '1' || c == '3', m -> {
            if (Base58Check.isBitcoinAddress(m.group())) {
                found.add(new Indicator(m.start(), m.end(), IndicatorKind.BTC, m.group()));
            }
        });
        tokens.scan(BECH32, 11, c -> c == '1', m -> {
            if (Bech32.isSegwitAddress(m.group())) {
                found.add(new Indicator(m.start(), m.end(), IndicatorKind.BTC, m.group().toLowerCase(Locale.ROOT)));
            }
        });
        tokens.scan(ETHEREUM, 42, c -> c == 'x' || c == 'X', m -> {
            if (checksumHolds(m.group().substring(2))) {
                found.add(new Indicator(m.start(), m.end(), IndicatorKind.ETH, m.group().toLowerCase(Locale.ROOT)));
            }
        });
    }

    /**
     * EIP-55: an address in one case carries no checksum; in mixed case each letter is upper case
     * exactly when the matching hex digit of the Keccak-256 of the lower-case address is 8 or more.
     */
    static boolean checksumHolds(String hex) {
        String lower = hex.toLowerCase(Locale.ROOT);
        if (hex.equals(lower) || hex.equals(hex.toUpperCase(Locale.ROOT))) {
            return true;
        }
        byte[] hash = Keccak256.digest(lower);
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
            if (Character.isLetter(c) && Character.isUpperCase(c) != nibble >= 8) {
                return false;
            }
        }
        return true;
    }
}
