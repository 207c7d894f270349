package org.airisk.workbench.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.airisk.workbench.changes.AssessmentChanges;
import org.airisk.workbench.exchange.PackageExchange;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.report.ReportWriter;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;
import org.airisk.workbench.ui.changes.ChangesDialog;
import org.airisk.workbench.ui.changes.ChangesViewModel;

/**
 * File › Compare with package file: what changed from a version in a package (an approved one sent back, say) to
 * the open or selected assessment as saved now. The file is read and both are scored in the background.
 */
final class CompareActions {
    private final Stage stage;
    private final BackgroundWork background;
    private final PackageExchange packages;
    private final ReportWriter reports;
    private final FileFolders folders;
    private final Supplier<Optional<Map.Entry<UUID, String>>> currentAssessment;

    CompareActions(
            Stage stage,
            BackgroundWork background,
            PackageExchange packages,
            ReportWriter reports,
            FileFolders folders,
            Supplier<Optional<Map.Entry<UUID, String>>> currentAssessment) {
        this.stage = stage;
        this.background = background;
        this.packages = packages;
        this.reports = reports;
        this.folders = folders;
        this.currentAssessment = currentAssessment;
    }

    /** File › Compare with package file…, for the open or selected assessment. */
    MenuItem menuItem() {
        MenuItem item = new MenuItem("Compare with package file\u2026");
        item.setId("menu-compare");
        item.setOnAction(e -> chooseAndCompare());
        return item;
    }

    void chooseAndCompare() {
        if (target().isEmpty()) {
            return;
        }
        FileChooser chooser = FileDialogs.chooser(folders, "Compare with package file");
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        "Assessment package (*" + PackageExchange.EXTENSION + ")",
                        "*" + PackageExchange.EXTENSION,
                        "*.json"));
        File file = FileDialogs.open(chooser, stage, folders);
        if (file != null) {
            compareWith(file.toPath());
        }
    }

    /** Compares the open or selected assessment with the version of it in this package, and shows the changes. */
    void compareWith(Path file) {
        target().ifPresent(target -> background
                .longWork()
                .submit(
                        () -> changes(file, target.getKey()),
                        changes -> new ChangesDialog(
                                        stage,
                                        new ChangesViewModel(
                                                changes,
                                                file.getFileName().toString(),
                                                "\u201c" + target.getValue() + "\u201d as saved now"))
                                .show(),
                        failure -> Dialogs.error(
                                stage, "Cannot compare with " + file.getFileName(), UserMessages.describe(failure))));
    }

    private AssessmentChanges changes(Path file, UUID id) {
        PackagedAssessment older = packages.versionIn(
                file, id, "none of them is this assessment, so export the version to compare with on its own");
        return reports.changesSince(older, id);
    }

    private Optional<Map.Entry<UUID, String>> target() {
        Optional<Map.Entry<UUID, String>> target = currentAssessment.get();
        if (target.isEmpty()) {
            Dialogs.error(
                    stage,
                    "Nothing to compare",
                    "Open an assessment, or select one in the library, then " + "compare it with a package file.");
        }
        return target;
    }
}
