package org.airisk.workbench.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.airisk.workbench.exchange.PackageExchange;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.Buttons;

/**
 * Assessment packages in: checks one, shows what it holds (and any problem), and imports it on consent, all or
 * nothing; a protected package asks for its password first.
 */
final class PackageImport {
    private final Stage stage;
    private final BackgroundWork background;
    private final PackageExchange packages;
    private final Runnable afterImport;
    private final FileFolders folders;

    PackageImport(
            Stage stage,
            BackgroundWork background,
            PackageExchange packages,
            Runnable afterImport,
            FileFolders folders) {
        this.stage = stage;
        this.background = background;
        this.packages = packages;
        this.afterImport = afterImport;
        this.folders = folders;
    }

    /** Asks for the package file, then imports it. */
    void choose() {
        FileChooser chooser = FileDialogs.chooser(folders, "Import assessment package");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Assessment package (*.airisk.json)", "*.airisk.json"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = FileDialogs.open(chooser, stage, folders);
        if (file != null) {
            open(file.toPath());
        }
    }

    /**
     * Checks a package, shows what it holds (and any problem), and imports it on consent, all or nothing. A
     * protected package asks for its password first, up to {@link #PASSWORD_TRIES} times.
     */
    void open(Path file) {
        background
                .longWork()
                .submit(
                        () -> packages.isProtected(file),
                        encrypted -> {
                            if (encrypted) {
                                openProtected(file, 1);
                            } else {
                                background
                                        .longWork()
                                        .submit(
                                                () -> packages.preview(file),
                                                preview -> show(file, preview),
                                                failure -> Dialogs.failure(stage, failure));
                            }
                        },
                        failure -> Dialogs.failure(stage, failure));
    }

    static final int PASSWORD_TRIES = 3;

    private void openProtected(Path file, int tryNumber) {
        Optional<char[]> password =
                PasswordDialogs.ask(stage, file.getFileName().toString(), tryNumber, PASSWORD_TRIES);
        if (password.isEmpty()) {
            return;
        }
        char[] typed = password.get();
        Alert working = PasswordDialogs.working(stage, "Opening " + file.getFileName() + " with the password\u2026");
        working.show();
        background
                .longWork()
                .submit(
                        () -> {
                            try {
                                return packages.preview(file, typed);
                            } finally {
                                Arrays.fill(typed, '\0');
                            }
                        },
                        preview -> {
                            working.close();
                            if (preview.refusedPassword() && tryNumber < PASSWORD_TRIES) {
                                openProtected(file, tryNumber + 1);
                            } else {
                                show(file, preview);
                            }
                        },
                        failure -> {
                            working.close();
                            Dialogs.failure(stage, failure);
                        });
    }

    private void show(Path file, PackageExchange.Preview preview) {
        if (!preview.ok()) {
            refuse(file, preview);
            return;
        }
        confirm(file, preview);
    }

    /** Says why nothing was imported: the first problems found, and how many more. */
    private void refuse(Path file, PackageExchange.Preview preview) {
        var problems = preview.problems();
        String shown = String.join(
                        "\n",
                        problems.subList(0, Math.min(12, problems.size())).stream()
                                .map(Object::toString)
                                .toList())
                + (problems.size() > 12 ? "\n\u2026 and " + (problems.size() - 12) + " more." : "");
        Dialogs.error(
                stage,
                "Nothing was imported from " + file.getFileName(),
                shown + "\n\nThe library is " + "unchanged and the file was left as it is.");
    }

    /** Shows what the package holds and imports it on consent: keeping both or replacing those already here. */
    private void confirm(Path file, PackageExchange.Preview preview) {
        StringBuilder text = new StringBuilder();
        preview.assessments()
                .forEach(p -> text.append("\u2022 ")
                        .append(p.assessment().title())
                        .append(" (")
                        .append(p.assessment().systemName())
                        .append(", ")
                        .append(p.answers().size())
                        .append(" answers and notes, ")
                        .append(p.plan().items().size())
                        .append(" plan items)\n"));
        preview.changes().forEach(c -> text.append('\n').append(c).append('\n'));
        ButtonType importButton = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        ButtonType keepBoth = new ButtonType("Keep both", ButtonBar.ButtonData.OK_DONE);
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OTHER);
        Alert confirm = Buttons.alert(Alert.AlertType.CONFIRMATION);
        confirm.initOwner(stage);
        confirm.setTitle("Import assessment package");
        if (preview.existing().isEmpty()) {
            confirm.setHeaderText(
                    "Import " + preview.assessments().size() + " assessment(s) from " + file.getFileName() + "?");
            confirm.getButtonTypes().setAll(importButton, Buttons.CANCEL);
        } else {
            confirm.setHeaderText(preview.existing().size() + " of these assessments are already in the "
                    + "library. Keep both (the imported one gets \u201c(imported)\u201d in its title), or "
                    + "replace the ones here with the package's? Replacing merges reviews, trails, comments and "
                    + "evidence, and keeps anything changed here since the package's version.");
            confirm.getButtonTypes().setAll(keepBoth, replace, Buttons.CANCEL);
        }
        TextArea area = new TextArea(text.toString());
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(8);
        confirm.getDialogPane().setContent(area);
        confirm.showAndWait().filter(b -> b != Buttons.CANCEL).ifPresent(b -> {
            var conflict = b == replace ? PackageStore.Conflict.REPLACE : PackageStore.Conflict.KEEP_BOTH;
            background.submit(
                    () -> packages.importing(preview, conflict),
                    imported -> {
                        afterImport.run();
                        Dialogs.info(
                                stage,
                                "Import finished",
                                "Imported " + imported.ids().size() + " assessment(s) from " + file.getFileName() + "."
                                        + ImportConflicts.said(imported.conflicts()));
                    },
                    failure -> Dialogs.failure(stage, failure));
        });
    }
}
