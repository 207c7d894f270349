package org.airisk.workbench.ui.shell;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.airisk.workbench.settings.Preferences;
import org.airisk.workbench.ui.BackgroundWork;

/** File › Recent assessments: the last ones opened, remembered between runs. */
final class RecentMenu {
    private final Stage stage;
    private final BackgroundWork background;
    private final Preferences preferences;
    /** Opens an assessment; the runnable runs when it is no longer in the library. */
    private final BiConsumer<UUID, Runnable> open;

    private final Menu menu = new Menu("Recent assessments");
    private RecentAssessments recent = RecentAssessments.decode(Optional.empty());

    RecentMenu(Stage stage, BackgroundWork background, Preferences preferences, BiConsumer<UUID, Runnable> open) {
        this.stage = stage;
        this.background = background;
        this.preferences = preferences;
        this.open = open;
        menu.setId("menu-recent");
    }

    /** The list as the last run left it. */
    void start(RecentAssessments remembered) {
        recent = remembered;
        showRecent();
    }

    Menu menu() {
        return menu;
    }

    /** Puts an assessment just opened at the top, and remembers the list. */
    void opened(UUID id, String title) {
        recent.opened(id, title);
        rememberRecent();
    }

    private void showRecent() {
        menu.getItems().clear();
        List<RecentAssessments.Entry> entries = recent.entries();
        for (int i = 0; i < entries.size(); i++) {
            RecentAssessments.Entry entry = entries.get(i);
            MenuItem item = WorkbenchMenus.item(entry.title(), null, () -> openRecent(entry));
            item.setMnemonicParsing(false);
            item.setId("recent-" + i);
            menu.getItems().add(item);
        }
        if (entries.isEmpty()) {
            MenuItem none = new MenuItem("No assessment opened yet");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    private void openRecent(RecentAssessments.Entry entry) {
        open.accept(entry.id(), () -> {
            if (recent.drop(entry.id())) {
                rememberRecent();
            }
            Dialogs.error(
                    stage,
                    "\u201c" + entry.title() + "\u201d is no longer in the library",
                    "It was deleted, or "
                            + "replaced when a package was imported. It has been taken off File \u203a Recent assessments.");
        });
    }

    private void rememberRecent() {
        showRecent();
        String encoded = recent.encode();
        background.submit(
                () -> preferences.put(RecentAssessments.PREFERENCE, encoded),
                () -> {},
                failure -> Dialogs.failure(stage, failure));
    }
}
