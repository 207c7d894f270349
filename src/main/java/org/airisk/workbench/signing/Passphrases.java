package org.airisk.workbench.signing;

import java.util.Arrays;

/**
 * The rule for a new signing key's passphrase, the same in the window and on the command line. Longer than the
 * library's password minimum: whoever copies the key file can try passphrases offline, slowed only by Argon2id.
 */
public final class Passphrases {
    public static final int MIN_LENGTH = 12;
    /** From this length on the hint calls a passphrase strong. */
    public static final int STRONG_LENGTH = 20;

    private Passphrases() {}

    /** Empty when a new passphrase typed twice can be used, else one sentence saying what to change. */
    public static String problem(char[] typed, char[] again) {
        if (typed.length < MIN_LENGTH) {
            return "The passphrase needs at least " + MIN_LENGTH + " characters; a few unrelated words are easy to "
                    + "remember and hard to guess.";
        }
        if (!Arrays.equals(typed, again)) {
            return "The two passphrases differ: type the same one twice.";
        }
        return "";
    }

    /** A short word on a passphrase's strength, shown as it is typed. */
    public static String hint(int length) {
        if (length == 0) {
            return "At least " + MIN_LENGTH + " characters; a few unrelated words are easy to remember and hard to "
                    + "guess.";
        }
        if (length < MIN_LENGTH) {
            return "Too short: " + length + " of at least " + MIN_LENGTH + " characters.";
        }
        if (length < STRONG_LENGTH) {
            return "Acceptable: " + length + " characters. " + STRONG_LENGTH + " or more is stronger.";
        }
        return "Strong: " + length + " characters.";
    }
}
