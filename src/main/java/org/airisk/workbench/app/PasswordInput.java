package org.airisk.workbench.app;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The password of a protected package on the command line: from the first line of a file, or typed at the console
 * without echo. Never an argument, which other users could read in the process list and the shell keeps in history.
 * The caller clears the chars it gets.
 */
final class PasswordInput {
    /**
     * The option naming a package's password file; not {@code --password-file}, which names the library's
     * (LibraryPassword) and is accepted before or after any command.
     */
    static final String OPTION = "--package-password-file";

    /** Shorter passwords are accepted but the user is told; the window says the same. */
    static final int ADVISED_LENGTH = 12;

    private PasswordInput() {}

    /**
     * @param file    the password file, or null to ask at the console
     * @param confirm ask twice at the console (for a new password)
     * @param why     what the password is for, for the message when there is no way to get it
     */
    static char[] read(Path file, boolean confirm, String why) {
        return read(file, confirm, why, OPTION);
    }

    /** As {@link #read(Path, boolean, String)}; {@code option} is the one to name when there is no console. */
    static char[] read(Path file, boolean confirm, String why, String option) {
        if (file != null) {
            return firstLine(file);
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException(why + " needs a password and there is no console to ask for it on; "
                    + "give " + option + " FILE with the password on its first line.");
        }
        char[] password = console.readPassword("Password: ");
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("No password was typed; nothing was done.");
        }
        if (confirm) {
            char[] again = console.readPassword("The same password again: ");
            boolean same = again != null && Arrays.equals(password, again);
            if (again != null) {
                Arrays.fill(again, '\0');
            }
            if (!same) {
                Arrays.fill(password, '\0');
                throw new IllegalArgumentException("The two passwords differ; nothing was done.");
            }
        }
        return password;
    }

    /**
     * The first line of a password file, without its line ending: for a package's password and for the library's
     * (LibraryPassword). The bytes read are cleared.
     */
    static char[] firstLine(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("There is no password file " + file + "; check its name and folder.");
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "The password file " + file + " cannot be read; check that it is a " + "file you may read.");
        }
        int end = 0;
        while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
            end++;
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, end));
            char[] password = new char[chars.remaining()];
            chars.get(password);
            Arrays.fill(chars.array(), '\0');
            if (password.length == 0) {
                throw new IllegalArgumentException(
                        "The password file " + file + " has no password on its first " + "line.");
            }
            return password;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The password file " + file + " is not UTF-8 text; save it as UTF-8.");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
