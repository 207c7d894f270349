package org.airisk.workbench.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.airisk.workbench.exchange.PackageExchange;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.report.ReportKind;
import org.airisk.workbench.report.ReportWriter;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.Buttons;
import org.airisk.workbench.ui.changes.ReportAppendixDialog;
import org.airisk.workbench.ui.changes.ReportAppendixViewModel;

/**
 * What leaves and enters the workbench as files: assessment packages out and in (menu, drop, a file opened from
 * the desktop) and reports out. The work runs in the background; the window asks and tells.
 */
final class ExchangeActions {
    private final Stage stage;
    private final BackgroundWork background;
    private final PackageExchange packages;
    private final ReportWriter reports;
    private final Supplier<LocalDate> today;
    private final Supplier<Optional<Map.Entry<UUID, String>>> currentAssessment;
    private final Runnable afterImport;
    private final FileFolders folders;
    private final UserFormats formats;

    /**
     * @param currentAssessment the open assessment, or the one selected in the library (id and title), if any
     * @param afterImport       shows the library with the imported assessments
     * @param folders           where the file dialogs open
     */
    ExchangeActions(
            Stage stage,
            BackgroundWork background,
            PackageExchange packages,
            ReportWriter reports,
            Supplier<LocalDate> today,
            Supplier<Optional<Map.Entry<UUID, String>>> currentAssessment,
            Runnable afterImport,
            FileFolders folders,
            UserFormats formats) {
        this.folders = folders;
        this.formats = formats;
        this.stage = stage;
        this.background = background;
        this.packages = packages;
        this.reports = reports;
        this.today = today;
        this.currentAssessment = currentAssessment;
        this.afterImport = afterImport;
    }

    private Optional<Map.Entry<UUID, String>> target() {
        Optional<Map.Entry<UUID, String>> target = currentAssessment.get();
        if (target.isEmpty()) {
            Dialogs.error(
                    stage,
                    "Nothing to export",
                    "Open an assessment, or select one in the library, then " + "export it.");
        }
        return target;
    }

    /** Writes the report of the open or selected assessment as PDF, Word, spreadsheet, HTML or CSV, in the background. */
    public void exportReport() {
        target().ifPresent(target -> {
            // A submitted assessment may have an approved version: ask first whether to add what changed since.
            var appendix = new ReportAppendixViewModel(target.getKey(), reports.reviews(), background, formats);
            appendix.load(submitted -> {
                if (!submitted || ReportAppendixDialog.ask(stage, target.getValue(), appendix)) {
                    exportReport(target, appendix.since());
                }
            });
        });
    }

    /** Asks for the file, then writes the report, with the appendix of changes since a version when given. */
    private void exportReport(Map.Entry<UUID, String> target, ReportWriter.Since since) {
        FileChooser chooser = FileDialogs.chooser(folders, "Export report");
        var pdf = new FileChooser.ExtensionFilter("PDF report (*.pdf)", "*.pdf");
        var html = new FileChooser.ExtensionFilter("Web page, one file (*.html)", "*.html");
        var docx = new FileChooser.ExtensionFilter("Word document (*.docx)", "*.docx");
        var xlsx = new FileChooser.ExtensionFilter("Spreadsheet: register and plan (*.xlsx)", "*.xlsx");
        var csv = new FileChooser.ExtensionFilter("Register and plan as CSV (*.csv)", "*.csv");
        // the board pack: cover, summary, risks above appetite with their treatment, sign-off, method
        var boardPdf = new FileChooser.ExtensionFilter("Board pack, PDF (*.pdf)", "*.pdf");
        var boardDocx = new FileChooser.ExtensionFilter("Board pack, Word (*.docx)", "*.docx");
        chooser.getExtensionFilters().addAll(pdf, docx, xlsx, html, csv, boardPdf, boardDocx);
        chooser.setInitialFileName(ReportWriter.Format.PDF.fileName(target.getValue()));
        File file = FileDialogs.save(chooser, stage, folders);
        if (file == null) {
            return;
        }
        String name = file.getName().toLowerCase(Locale.ROOT);
        var chosen = chooser.getSelectedExtensionFilter();
        ReportWriter.Format byFilter = chosen == html
                ? ReportWriter.Format.HTML
                : chosen == csv
                        ? ReportWriter.Format.CSV
                        : chosen == docx || chosen == boardDocx
                                ? ReportWriter.Format.DOCX
                                : chosen == xlsx ? ReportWriter.Format.XLSX : ReportWriter.Format.PDF;
        ReportWriter.Format format = Arrays.stream(ReportWriter.Format.values())
                .filter(f -> name.endsWith("." + f.extension()))
                .findFirst()
                .orElse(byFilter);
        Path path = file.getName().contains(".")
                ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + "." + format.extension());
        ReportKind kind = chosen == boardPdf || chosen == boardDocx ? ReportKind.BOARD_PACK : ReportKind.FULL;
        if (since != null && (kind == ReportKind.BOARD_PACK || format == ReportWriter.Format.CSV)) {
            Dialogs.info(
                    stage,
                    "The appendix of changes is left out",
                    (kind == ReportKind.BOARD_PACK ? "The board pack" : "The CSV files")
                            + " leave out the appendix of changes since a version; export the full PDF, "
                            + "Word, HTML or spreadsheet report for it.");
            since = null;
        }
        exportReport(target.getKey(), target.getValue(), format, path, since, kind);
    }

    /**
     * Exports one report in the background, with a progress window that can cancel it (then no file is written);
     * the window says when the file is ready.
     */
    public void exportReport(UUID id, String title, ReportWriter.Format format, Path path, ReportKind kind) {
        exportReport(id, title, format, path, null, kind);
    }

    /** As {@link #exportReport(UUID, String, ReportWriter.Format, java.nio.file.Path, ReportKind)}, comparing with since. */
    void exportReport(
            UUID id, String title, ReportWriter.Format format, Path path, ReportWriter.Since since, ReportKind kind) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Alert progress = Buttons.alert(Alert.AlertType.NONE);
        progress.initOwner(stage);
        progress.initModality(Modality.NONE);
        progress.setTitle("Export report");
        progress.setHeaderText("Writing the " + format.extension().toUpperCase(Locale.ROOT)
                + (kind == ReportKind.BOARD_PACK ? " board pack" : " report") + " of \u201c" + title + "\u201d\u2026");
        ProgressBar bar = new ProgressBar();
        bar.setId("report-progress");
        bar.setPrefWidth(360);
        progress.getDialogPane().setContent(bar);
        progress.getButtonTypes().setAll(Buttons.CANCEL);
        progress.setOnHidden(e -> cancelled.set(true));
        progress.show();
        background
                .longWork()
                .submit(
                        () -> reports.write(id, format, path, today.get(), since, kind, cancelled::get),
                        written -> {
                            cancelled.set(false);
                            progress.setOnHidden(null);
                            progress.close();
                            reportReady(title, format, written);
                        },
                        failure -> {
                            progress.setOnHidden(null);
                            progress.close();
                            if (!(failure instanceof CancellationException)) {
                                Dialogs.failure(stage, failure);
                            }
                        });
    }

    /** Says where the report is, and opens it with the system's viewer when asked. */
    private void reportReady(String title, ReportWriter.Format format, Path written) {
        Alert done = Buttons.alert(Alert.AlertType.INFORMATION);
        done.initOwner(stage);
        done.setHeaderText("Report ready");
        Label content = new Label("The report of \u201c" + title + "\u201d is in " + written
                + (format == ReportWriter.Format.CSV
                        ? ", and its mitigation plan in "
                                + ReportWriter.planFile(written).getFileName()
                        : "")
                + ".");
        content.setWrapText(true);
        content.setMaxWidth(480);
        done.getDialogPane().setContent(content);
        ButtonType open = new ButtonType("Open it", ButtonBar.ButtonData.OTHER);
        done.getButtonTypes().setAll(open, Buttons.OK);
        done.setResultConverter(b -> b);
        done.resultProperty().addListener((obs, old, b) -> {
            if (b == open) {
                // Off the FX thread: the desktop may take a moment to start the viewer.
                background.submit(
                        () -> SystemViewer.open(written),
                        ignored -> {},
                        failure -> Dialogs.error(
                                stage,
                                "Could not open the report",
                                "The system found no program for " + written.getFileName() + ". Open it from "
                                        + written.getParent() + "."));
            }
        });
        done.show();
    }

    /** Exports the open assessment, or the one selected in the library, to a package file. */
    public void exportPackage() {
        Optional<Map.Entry<UUID, String>> target = target();
        if (target.isEmpty()) {
            return;
        }
        UUID id = target.get().getKey();
        String title = target.get().getValue();
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
            exportPackage(id, title, path, protect.get());
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
    public void exportPackage(UUID id, String title, Path path, boolean protect) {
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

    public void importPackage() {
        FileChooser chooser = FileDialogs.chooser(folders, "Import assessment package");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Assessment package (*.airisk.json)", "*.airisk.json"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = FileDialogs.open(chooser, stage, folders);
        if (file != null) {
            importPackage(file.toPath());
        }
    }

    /**
     * Checks a package, shows what it holds (and any problem), and imports it on consent, all or nothing. A
     * protected package asks for its password first, up to {@link #PASSWORD_TRIES} times.
     */
    public void importPackage(Path file) {
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
            return;
        }
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
