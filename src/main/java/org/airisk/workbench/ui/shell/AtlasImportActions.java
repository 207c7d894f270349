package org.airisk.workbench.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.airisk.workbench.catalog.AtlasImport;
import org.airisk.workbench.catalog.AtlasImportPlan;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.Buttons;

/** File › Import Risk Atlas file: shows what a knowledge-graph file would change in the catalog, then imports it. */
final class AtlasImportActions {
    private final Stage stage;
    private final FileFolders folders;
    private final BackgroundWork background;
    private final AtlasImport importer;
    private final Supplier<RiskCatalog> catalog;
    private final Consumer<RiskCatalog> imported;

    /** {@code imported} receives the catalog as the import left it. */
    AtlasImportActions(
            Stage stage,
            FileFolders folders,
            BackgroundWork background,
            AtlasImport importer,
            Supplier<RiskCatalog> catalog,
            Consumer<RiskCatalog> imported) {
        this.stage = stage;
        this.folders = folders;
        this.background = background;
        this.importer = importer;
        this.catalog = catalog;
        this.imported = imported;
    }

    MenuItem menuItem() {
        return WorkbenchMenus.item("Import Risk Atlas file…", null, this::importAtlasFile);
    }

    /** Asks for a Risk Atlas knowledge-graph YAML, shows what it would change, and imports it on consent. */
    void importAtlasFile() {
        FileChooser chooser = FileDialogs.chooser(folders, "Import a Risk Atlas knowledge-graph file");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Risk Atlas YAML (*.yaml, *.yml)", "*.yaml", "*.yml"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = FileDialogs.open(chooser, stage, folders);
        if (file != null) {
            importAtlasFile(file.toPath());
        }
    }

    void importAtlasFile(Path file) {
        RiskCatalog current = catalog.get();
        background
                .longWork()
                .submit(
                        () -> importer.preview(file, current),
                        preview -> {
                            if (!preview.ok()) {
                                showProblems(file, preview.problems());
                                return;
                            }
                            var plan = preview.plan();
                            if (plan.changesNothing()) {
                                Alert same = new Alert(
                                        Alert.AlertType.INFORMATION,
                                        "All " + plan.unchanged() + " risks in " + file.getFileName()
                                                + " are already in the catalog as the file states them.",
                                        Buttons.OK);
                                same.initOwner(stage);
                                same.setHeaderText("Nothing to change");
                                same.showAndWait();
                                return;
                            }
                            if (confirm(file, plan)) {
                                background.submit(
                                        () -> importer.apply(plan, current),
                                        updated -> {
                                            imported.accept(updated);
                                            Dialogs.info(
                                                    stage,
                                                    "Import finished",
                                                    "Imported " + file.getFileName() + ": " + plan.summary());
                                        },
                                        this::showFailure);
                            }
                        },
                        this::showFailure);
    }

    private void showProblems(Path file, List<String> problems) {
        String shown = String.join("\n", problems.subList(0, Math.min(10, problems.size())))
                + (problems.size() > 10 ? "\n… and " + (problems.size() - 10) + " more." : "");
        Dialogs.error(
                stage,
                "Nothing was imported from " + file.getFileName(),
                shown
                        + "\n\nThe catalog is unchanged. Check that this is a Risk Atlas knowledge-graph file "
                        + "(like risk_atlas_data.yaml) and that it is complete.");
    }

    private boolean confirm(Path file, AtlasImportPlan plan) {
        StringBuilder details = new StringBuilder();
        plan.added()
                .forEach(r -> details.append("Added: ")
                        .append(r.name())
                        .append(" (")
                        .append(r.id())
                        .append(")\n"));
        plan.updated()
                .forEach(c -> details.append("Updated: ")
                        .append(c.before().id())
                        .append(": ")
                        .append(String.join("; ", c.differences()))
                        .append('\n'));
        TextArea area = new TextArea(details.toString());
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(10);
        Alert confirm = Buttons.alert(Alert.AlertType.CONFIRMATION);
        confirm.initOwner(stage);
        confirm.setTitle("Import Risk Atlas file");
        confirm.setHeaderText("Import " + file.getFileName() + "? " + plan.summary());
        confirm.getDialogPane().setContent(area);
        return confirm.showAndWait().filter(b -> b == Buttons.OK).isPresent();
    }

    private void showFailure(Throwable failure) {
        Dialogs.failure(stage, failure);
    }
}
