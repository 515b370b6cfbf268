package newsquiz.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import newsquiz.bank.Bank;
import newsquiz.bank.BankJson;

/**
 * A fingerprint of a bank's content: SHA-256 of the bank as newsquiz writes it. Hashing the
 * canonical form rather than the file's bytes means re-indenting or reordering keys in an editor
 * does not make a "new version", while any change to a question, choice or answer does.
 */
public final class BankHash {

    public static final String PREFIX = "sha256:";

    private BankHash() {
    }

    public static String of(Bank bank) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(BankJson.write(bank).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The first 8 hex digits, enough to tell versions apart in a report. */
    public static String shortForm(String hash) {
        String hex = hash.startsWith(PREFIX) ? hash.substring(PREFIX.length()) : hash;
        return hex.length() > 8 ? hex.substring(0, 8) : hex;
    }
}
