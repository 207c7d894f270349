package org.airisk.workbench.ui.shell;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.airisk.workbench.exchange.PackageExchange;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.report.ReportKind;
import org.airisk.workbench.report.ReportWriter;
import org.airisk.workbench.ui.BackgroundWork;

/**
 * What leaves and enters the workbench as files: assessment packages out and in (menu, drop, a file opened from
 * the desktop) and reports out. The work runs in the background; the window asks and tells.
 */
final class ExchangeActions {
    private final Stage stage;
    private final Supplier<Optional<Map.Entry<UUID, String>>> currentAssessment;
    private final ReportExport reportExport;
    private final PackageExport packageExport;
    private final PackageImport packageImport;

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
        this.stage = stage;
        this.currentAssessment = currentAssessment;
        this.reportExport = new ReportExport(stage, background, reports, today, folders, formats);
        this.packageExport = new PackageExport(stage, background, packages, folders);
        this.packageImport = new PackageImport(stage, background, packages, afterImport, folders);
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
        target().ifPresent(reportExport::export);
    }

    /**
     * Exports one report in the background, with a progress window that can cancel it (then no file is written);
     * the window says when the file is ready.
     */
    public void exportReport(UUID id, String title, ReportWriter.Format format, Path path, ReportKind kind) {
        reportExport.export(id, title, format, path, null, kind);
    }

    /** Exports the open assessment, or the one selected in the library, to a package file. */
    public void exportPackage() {
        target().ifPresent(packageExport::export);
    }

    /**
     * Writes the package in the background; protected, the password is asked first, and the key's derivation
     * (which takes a moment by design) is shown as work in progress.
     */
    public void exportPackage(UUID id, String title, Path path, boolean protect) {
        packageExport.export(id, title, path, protect);
    }

    public void importPackage() {
        packageImport.choose();
    }

    /**
     * Checks a package, shows what it holds (and any problem), and imports it on consent, all or nothing. A
     * protected package asks for its password first, up to {@link PackageImport#PASSWORD_TRIES} times.
     */
    public void importPackage(Path file) {
        packageImport.open(file);
    }
}
