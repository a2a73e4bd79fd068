package fi.tyollisyystalo.base.ui;

import java.security.SecureRandom;

/** What a failure means for the user, and the short reference that ties the page to the log. */
public final class Failures {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private Failures() {
    }

    /** A short id a resident can read out on the phone, e.g. "K7QX-4M2P". */
    static String newReference() {
        var sb = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    /** True when the cause is a database (or another backing service) that cannot be reached. */
    public static boolean isServiceUnavailable(Throwable error) {
        return fi.tyollisyystalo.base.web.Unavailable.isCause(error);
    }
}
