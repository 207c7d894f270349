package org.airisk.workbench.app;

import java.io.Console;
import java.nio.file.Path;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.store.DatabaseProtection;

/**
 * The password of a protected library on the command line (ADR 0014): the first line of a file given with
 * --password-file, else typed at the console without echo. Never an argument: it would show in the process list
 * and the shell's history.
 */
final class LibraryPassword {
    static final String OPTION = "--password-file";

    private LibraryPassword() {}

    /** The password to open the library in {@code dataFolder} with, or null when it is not protected. */
    static char[] forLibrary(Path dataFolder, Path passwordFile) {
        if (!DatabaseProtection.isProtected(dataFolder)) {
            return null;
        }
        if (passwordFile != null) {
            return PasswordInput.firstLine(passwordFile);
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
}
