package org.airisk.workbench.ui.shell;

import org.airisk.workbench.assessment.UserFacingProblem;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.airisk.workbench.changes.AssessmentChanges;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.exchangedata.PackageFile;
import org.airisk.workbench.exchangedata.PackageFormat;
import org.airisk.workbench.reportfiles.ReportFiles;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.changes.ChangesDialog;
import org.airisk.workbench.ui.changes.ChangesViewModel;

/**
 * File › Compare with package file: what changed from a version in a package (an approved one sent back, say) to
 * the open or selected assessment as saved now. The file is read and both are scored in the background.
 */
final class CompareActions {
    private final Stage stage;
    private final BackgroundWork background;
    private final ReportFiles reports;
    private final FileFolders folders;
    private final Supplier<Optional<Map.Entry<UUID, String>>> currentAssessment;

    CompareActions(Stage stage, BackgroundWork background, ReportFiles reports, FileFolders folders,
                   Supplier<Optional<Map.Entry<UUID, String>>> currentAssessment) {
        this.stage = stage;
        this.background = background;
        this.reports = reports;
        this.folders = folders;
        this.currentAssessment = currentAssessment;
    }

    /** File › Compare with package file…, for the open or selected assessment. */
    javafx.scene.control.MenuItem menuItem() {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem("Compare with package file\u2026");
        item.setId("menu-compare");
        item.setOnAction(e -> chooseAndCompare());
        return item;
    }

    void chooseAndCompare() {
        if (target().isEmpty()) {
            return;
        }
        FileChooser chooser = FileDialogs.chooser(folders, "Compare with package file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Assessment package (*"
                + PackageFormat.EXTENSION + ")", "*" + PackageFormat.EXTENSION, "*.json"));
        java.io.File file = FileDialogs.open(chooser, stage, folders);
        if (file != null) {
            compareWith(file.toPath());
        }
    }

    /** Compares the open or selected assessment with the version of it in this package, and shows the changes. */
    void compareWith(Path file) {
        target().ifPresent(target -> background.longWork().submit(() -> changes(file, target.getKey()),
                changes -> new ChangesDialog(stage, new ChangesViewModel(changes, file.getFileName().toString(),
                        "\u201c" + target.getValue() + "\u201d as saved now")).show(),
                failure -> Dialogs.error(stage, "Cannot compare with " + file.getFileName(),
                        org.airisk.workbench.ui.UserMessages.describe(failure))));
    }

    private AssessmentChanges changes(Path file, UUID id) {
        PackageFormat.Read read = PackageFile.read(file);
        if (!read.ok()) {
            throw new UserFacingProblem(file.getFileName() + " is not a valid assessment package: "
                    + read.problems().get(0).message());
        }
        boolean holdsThisOne = read.assessments().stream().anyMatch(p -> p.assessment().id().equals(id));
        PackagedAssessment older = PackageFile.one(file, read, holdsThisOne ? id : null,
                "none of them is this assessment, so export the version to compare with on its own");
        return reports.changesSince(older, id);
    }

    private Optional<Map.Entry<UUID, String>> target() {
        Optional<Map.Entry<UUID, String>> target = currentAssessment.get();
        if (target.isEmpty()) {
            Dialogs.error(stage, "Nothing to compare", "Open an assessment, or select one in the library, then "
                    + "compare it with a package file.");
        }
        return target;
    }
}
