package org.airisk.workbench.ui.shell;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

/**
 * File › Protect with a password, Change password and Remove password protection. Each needs the library closed,
 * so the passwords typed go to {@code apply}, which closes the window and the library, makes the change and opens
 * the library again (ADR 0014).
 */
public final class ProtectionActions {
    private final boolean libraryProtected;
    private final int minLength;
    private final Consumer<PasswordDialog.Entered> apply;

    /**
     * @param apply receives the passwords: current null to protect, replacement null to remove the protection
     */
    public ProtectionActions(boolean libraryProtected, int minLength, Consumer<PasswordDialog.Entered> apply) {
        this.libraryProtected = libraryProtected;
        this.minLength = minLength;
        this.apply = apply;
    }

    List<MenuItem> items(Window owner) {
        if (!libraryProtected) {
            return List.of(
                    item("Protect with a password\u2026", "menu-protect", owner, PasswordDialog.Purpose.PROTECT));
        }
        return List.of(
                item("Change password\u2026", "menu-change-password", owner, PasswordDialog.Purpose.CHANGE),
                item("Remove password protection\u2026", "menu-unprotect", owner, PasswordDialog.Purpose.REMOVE));
    }

    private MenuItem item(String text, String id, Window owner, PasswordDialog.Purpose purpose) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> new PasswordDialog(
                        owner,
                        purpose,
                        purpose == PasswordDialog.Purpose.REMOVE
                                ? null
                                : "The workbench closes the library, converts it and its backups, and opens it again.",
                        minLength)
                .ask()
                .ifPresent(apply));
        return item;
    }
}
