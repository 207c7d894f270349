package org.airisk.workbench.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.airisk.workbench.store.DatabaseProtection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Password protection of the library without a window (ADR 0014), as File › Protect with a password, Change
 * password and Remove password protection do: the library must be closed. Passwords come from files (first line)
 * or a hidden prompt, never from the command line itself.
 */
final class ProtectionCommands {
    static final String NEW_OPTION = "--new-password-file";

    private ProtectionCommands() {}

    abstract static class Base implements Callable<Integer> {
        @ParentCommand
        CommandLine root;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        void say(String text) {
            spec.commandLine().getOut().println(text);
        }
    }

    /** A command that sets a new password. */
    abstract static class SettingPassword extends Base {
        @Option(
                names = NEW_OPTION,
                paramLabel = "FILE",
                description = "The new password: the first line of FILE " + "(else asked twice at the console).")
        Path newPasswordFile;

        char[] newPassword() {
            return PasswordInput.read(newPasswordFile, true, "The new password", NEW_OPTION);
        }
    }

    @Command(
            name = "protect",
            description = "Protect the library with a password (AES file encryption, backups "
                    + "too). A lost password cannot be recovered.")
    static final class Protect extends SettingPassword {
        @Override
        public Integer call() {
            char[] password = newPassword();
            try {
                DatabaseProtection.protect(root.folder(), password);
            } finally {
                Arrays.fill(password, '\0');
            }
            say("The library in " + root.folder() + " is now protected with the password; keep it safe: a lost "
                    + "password cannot be recovered.");
            return 0;
        }
    }

    @Command(
            name = "change-password",
            description = "Change the library's password (the current one from " + "--password-file or the console).")
    static final class ChangePassword extends SettingPassword {
        @Override
        public Integer call() {
            char[] current = root.password();
            if (current == null) {
                throw new IllegalArgumentException("The library in " + root.folder() + " is not protected; use "
                        + "protect to give it a password.");
            }
            char[] replacement = newPassword();
            try {
                DatabaseProtection.changePassword(root.folder(), current, replacement);
            } finally {
                Arrays.fill(current, '\0');
                Arrays.fill(replacement, '\0');
            }
            say("The library's password was changed; the old one no longer opens it.");
            return 0;
        }
    }

    @Command(
            name = "unprotect",
            description = "Remove the library's password protection (the current password "
                    + "from --password-file or the console); the library is then stored in clear.")
    static final class Unprotect extends Base {
        @Override
        public Integer call() {
            char[] current = root.password();
            if (current == null) {
                throw new IllegalArgumentException("The library in " + root.folder() + " is not protected.");
            }
            try {
                DatabaseProtection.removeProtection(root.folder(), current);
            } finally {
                Arrays.fill(current, '\0');
            }
            say("The library in " + root.folder() + " is no longer protected with a password.");
            return 0;
        }
    }
}
