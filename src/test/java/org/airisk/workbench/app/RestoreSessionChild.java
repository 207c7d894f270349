package org.airisk.workbench.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Window;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;

/**
 * Run in a child JVM by {@link RestoreSessionTest} (it ends the JavaFX toolkit): a desktop session as the launcher
 * runs it, where the assessor chooses a backup once the window is up; the session closes, restores and opens the
 * workbench again. Prints the titles of the library it reopened. Arguments: data folder, backup file.
 */
public final class RestoreSessionChild {
    private RestoreSessionChild() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path backup = Path.of(args[1]);
        ChildSession child = new ChildSession(folder).start();
        List<Workbench> opened = child.opened;
        ChildSession.waitFor(() -> opened.size() == 1 && !Window.getWindows().isEmpty());
        Platform.runLater(() -> opened.get(0).restoreChosen(backup));
        ChildSession.waitFor(() -> opened.size() == 2 && !Window.getWindows().isEmpty());
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            System.out.println("UNREACHABLE: the reopened workbench holds the folder");
        } catch (RuntimeException expected) {
            System.out.println("REOPENED AND LOCKED");
        }
        child.closeAll();
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .list()
                    .forEach(a -> System.out.println("TITLE " + a.title()));
        }
        System.exit(child.session.exitCode());
    }
}
