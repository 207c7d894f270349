package org.airisk.workbench.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.report.ReportKind;
import org.airisk.workbench.report.ReportWriter;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.Buttons;
import org.airisk.workbench.ui.changes.ReportAppendixDialog;
import org.airisk.workbench.ui.changes.ReportAppendixViewModel;

/** Reports out as files: asks for the kind and the file, writes in the background, and says when it is ready. */
final class ReportExport {
    private final Stage stage;
    private final BackgroundWork background;
    private final ReportWriter reports;
    private final Supplier<LocalDate> today;
    private final FileFolders folders;
    private final UserFormats formats;

    ReportExport(
            Stage stage,
            BackgroundWork background,
            ReportWriter reports,
            Supplier<LocalDate> today,
            FileFolders folders,
            UserFormats formats) {
        this.stage = stage;
        this.background = background;
        this.reports = reports;
        this.today = today;
        this.folders = folders;
        this.formats = formats;
    }

    /** Writes the report of this assessment as PDF, Word, spreadsheet, HTML or CSV, in the background. */
    void export(Map.Entry<UUID, String> target) {
        // A submitted assessment may have an approved version: ask first whether to add what changed since.
        var appendix = new ReportAppendixViewModel(target.getKey(), reports.reviews(), background, formats);
        appendix.load(submitted -> {
            if (!submitted || ReportAppendixDialog.ask(stage, target.getValue(), appendix)) {
                chooseFile(target, appendix.since());
            }
        });
    }

    /** Asks for the file, then writes the report, with the appendix of changes since a version when given. */
    private void chooseFile(Map.Entry<UUID, String> target, ReportWriter.Since since) {
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
        export(target.getKey(), target.getValue(), format, path, since, kind);
    }

    /**
     * Exports one report in the background, with a progress window that can cancel it (then no file is written);
     * the window says when the file is ready; with since, the report ends with what changed since that version.
     */
    void export(
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
}
