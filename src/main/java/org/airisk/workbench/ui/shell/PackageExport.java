package org.airisk.workbench.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.airisk.workbench.exchange.PackageExchange;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.Buttons;

/** Assessment packages out: asks whether to protect one with a password, then writes it in the background. */
final class PackageExport {
    private final Stage stage;
    private final BackgroundWork background;
    private final PackageExchange packages;
    private final FileFolders folders;

    PackageExport(Stage stage, BackgroundWork background, PackageExchange packages, FileFolders folders) {
        this.stage = stage;
        this.background = background;
        this.packages = packages;
        this.folders = folders;
    }

    /** Asks whether to protect the package and where to write it, then writes it. */
    void export(Map.Entry<UUID, String> target) {
        UUID id = target.getKey();
        String title = target.getValue();
        Optional<Boolean> protect = askProtect(title);
        if (protect.isEmpty()) {
            return;
        }
        FileChooser chooser = FileDialogs.chooser(folders, "Export assessment package");
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter("Assessment package (*.airisk.json)", "*.airisk.json"));
        chooser.setInitialFileName(title.replaceAll("[^\\p{L}\\p{N} ._-]+", "").strip() + PackageExchange.EXTENSION);
        File file = FileDialogs.save(chooser, stage, folders);
        if (file != null) {
            Path path = file.toPath().getFileName().toString().endsWith(".json")
                    ? file.toPath()
                    : file.toPath().resolveSibling(file.getName() + PackageExchange.EXTENSION);
            export(id, title, path, protect.get());
        }
    }

    /** Whether to protect the package with a password; empty when the user cancels. */
    private Optional<Boolean> askProtect(String title) {
        CheckBox protect = new CheckBox("Protect with a password");
        protect.setId("protect-package");
        Label why = new Label("Anyone who gets a package can read every answer and note in it, unless it is "
                + "protected with a password. Protected, it opens only with that password.");
        why.setWrapText(true);
        why.setMaxWidth(440);
        ButtonType next = new ButtonType("Choose the file\u2026", ButtonBar.ButtonData.OK_DONE);
        Alert ask = Buttons.alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(stage);
        ask.setTitle("Export assessment package");
        ask.setHeaderText("Export \u201c" + title + "\u201d as a package");
        ask.getDialogPane().setContent(new VBox(10, why, protect));
        ask.getButtonTypes().setAll(next, Buttons.CANCEL);
        return ask.showAndWait().filter(b -> b == next).map(b -> protect.isSelected());
    }

    /**
     * Writes the package in the background; protected, the password is asked first, and the key's derivation
     * (which takes a moment by design) is shown as work in progress.
     */
    void export(UUID id, String title, Path path, boolean protect) {
        char[] password = null;
        if (protect) {
            Optional<char[]> chosen = PasswordDialogs.choose(stage, title);
            if (chosen.isEmpty()) {
                return;
            }
            password = chosen.get();
        }
        char[] key = password;
        Alert working = key == null
                ? null
                : PasswordDialogs.working(stage, "Protecting the package with the " + "password\u2026");
        if (working != null) {
            working.show();
        }
        background
                .longWork()
                .submit(
                        () -> {
                            try {
                                return packages.export(List.of(id), path, key);
                            } finally {
                                if (key != null) {
                                    Arrays.fill(key, '\0');
                                }
                            }
                        },
                        n -> {
                            close(working);
                            Dialogs.info(
                                    stage,
                                    "Export finished",
                                    "\u201c" + title + "\u201d was saved to " + path + ". It holds "
                                            + "every answer, note, override and plan item"
                                            + (key == null ? "" : ", protected with the " + "password")
                                            + "; import it in another workbench with File \u203a Import assessment package.");
                        },
                        failure -> {
                            close(working);
                            Dialogs.failure(stage, failure);
                        });
    }

    private static void close(Alert working) {
        if (working != null) {
            working.close();
        }
    }
}
