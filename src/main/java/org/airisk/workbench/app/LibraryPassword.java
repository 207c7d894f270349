package org.airisk.workbench.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.store.DatabaseProtection;

/**
 * The password of a protected library on the command line (ADR 0014): the first line of a file given with
 * --password-file, else typed at the console without echo. Never an argument: it would show in the process list
 * and the shell's history.
 */
final class LibraryPassword {
    static final String OPTION = "--password-file";

    private LibraryPassword() {
    }

    /** The password to open the library in {@code dataFolder} with, or null when it is not protected. */
    static char[] forLibrary(Path dataFolder, Path passwordFile) {
        if (!DatabaseProtection.isProtected(dataFolder)) {
            return null;
        }
        if (passwordFile != null) {
            return firstLine(passwordFile);
        }
        Console console = System.console();
        if (console == null) {
            throw new StorageException("The library in " + dataFolder + " is protected with a password. Give it with "
                    + OPTION + " FILE (its first line), or run the command in a terminal to be asked for it.");
        }
        console.writer().print("Password for the library in " + dataFolder + ": ");
        console.flush();
        char[] typed = console.readPassword();
        if (typed == null || typed.length == 0) {
            throw new StorageException("No password was entered, so the protected library was not opened.");
        }
        return typed;
    }

    /** The first line of {@code file}, without its line ending. */
    static char[] firstLine(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buffer = new char[1024];
            int length = 0;
            for (int c = in.read(); c >= 0 && c != '\n' && c != '\r'; c = in.read()) {
                if (length == buffer.length) {
                    char[] old = buffer;
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                    Arrays.fill(old, '\0');
                }
                buffer[length++] = (char) c;
            }
            char[] password = Arrays.copyOf(buffer, length);
            Arrays.fill(buffer, '\0');
            if (length == 0) {
                throw new StorageException("The password file " + file + " has an empty first line. Put the "
                        + "password on its first line.");
            }
            return password;
        } catch (IOException e) {
            throw new StorageException("The password file " + file + " cannot be read (" + e.getMessage()
                    + "). Check that it exists and that you may read it.", e);
        }
    }
}
