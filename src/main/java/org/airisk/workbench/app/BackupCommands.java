package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.airisk.workbench.assessment.LibraryBackups;
import org.airisk.workbench.store.BackupFolder;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The backups without a window: list them with what they hold, and put one back in place of the library. */
final class BackupCommands {
    private BackupCommands() {}

    /** What every backup command reads: the library's backup folder. */
    abstract static class Base extends LibraryCommand {
        BackupFolder backups() {
            return new BackupFolder(root().folder(), root().clock, root().password());
        }
    }

    @Command(
            name = "backups",
            description = "List the backups of the library, newest first: file, when taken, "
                    + "size, and the assessments each holds.")
    static final class ListBackups extends Base {
        @Override
        public Integer call() {
            BackupFolder backups = backups();
            List<LibraryBackups.Backup> list = backups.list();
            PrintWriter out = out();
            if (list.isEmpty()) {
                out.println("No backup yet in " + backups.folder() + ": one is taken each time the workbench "
                        + "closes after a change, and once a day.");
                return 0;
            }
            DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
                    .withZone(root().clock.getZone());
            for (LibraryBackups.Backup backup : list) {
                LibraryBackups.Contents contents = backups.contents(backup);
                String holds = !contents.readable()
                        ? contents.problem()
                        : contents.assessmentTitles().size() + " assessment(s): "
                                + String.join("; ", contents.assessmentTitles());
                out.println(String.join(
                        "\t",
                        backup.file().getFileName().toString(),
                        time.format(backup.takenAt()),
                        backup.sizeBytes() + " bytes",
                        holds));
            }
            return 0;
        }
    }

    @Command(
            name = "restore",
            description = "Put a backup (a file name from `backups`, or a path) in place of the "
                    + "library; the library it replaces is kept as a backup. The window must be closed.")
    static final class Restore extends Base {
        @Parameters(paramLabel = "BACKUP")
        Path backup;

        @Override
        public Integer call() {
            BackupFolder backups = backups();
            Path inFolder = backups.folder().resolve(backup.toString());
            Path file = backup.getParent() == null && Files.isRegularFile(inFolder) ? inFolder : backup;
            WorkbenchDatabase.restore(root().folder(), file, root().clock, root().password());
            out().println("Restored " + file.getFileName() + ". The library it replaced is " + "kept as a backup in "
                    + backups.folder() + ".");
            return 0;
        }
    }
}
