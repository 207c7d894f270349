package org.airisk.workbench.ui.shell;

import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.airisk.workbench.ui.Theme;
import org.airisk.workbench.ui.comments.CommentsSidebar;
import org.airisk.workbench.ui.library.LibraryView;

/**
 * The window's menu bar (File, Edit, View, Review, Tools, Help) and its shortcuts, over the parts the items act on.
 *
 * @param quit asks about unsaved work, then closes the window
 * @param importQuestionnaire File › Import questionnaire
 * @param questionnaires Tools › Questionnaires
 * @param moveVersion Edit › Move to newer questionnaire version
 * @param dataFolder shown in Help › About
 */
record WorkbenchMenus(
        Stage stage,
        Screens screens,
        OfferedActions offered,
        ExchangeActions exchange,
        CompareActions compare,
        AtlasImportActions atlas,
        SettingsActions settings,
        RecentMenu recent,
        StatusLines status,
        Runnable quit,
        MenuItem importQuestionnaire,
        MenuItem questionnaires,
        MenuItem moveVersion,
        Path dataFolder) {

    /** A menu item that runs an action, with a shortcut unless {@code accelerator} is null. */
    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    MenuBar bar() {
        Menu help = help();
        MenuBar bar = new MenuBar(file(), edit(), view(), help);
        if (offered.review != null) {
            Menu review = offered.review.menu();
            bar.getMenus().add(3, review);
            review.getItems()
                    .addAll(
                            new SeparatorMenuItem(),
                            offered.versions.menuItem(stage, screens::currentAssessment),
                            offered.reassess.menuItem(stage, screens::currentAssessment));
        }
        bar.getMenus().add(bar.getMenus().indexOf(help), new Menu("_Tools", null, questionnaires));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu file() {
        LibraryView libraryView = screens.libraryView();
        MenuItem newAssessment = item("New assessment…", "Shortcut+N", () -> {
            screens.showLibrary();
            libraryView.createNew();
        });
        MenuItem save = item("Save", "Shortcut+S", screens::saveNow);
        save.setId("menu-save");
        Menu file = new Menu(
                "_File",
                null,
                newAssessment,
                recent.menu(),
                item("Assessment library", "Shortcut+L", screens::showLibrary),
                item("Portfolio dashboard", "Shortcut+P", screens::showPortfolio),
                item("Risk library", "Shortcut+R", screens::showRiskLibrary),
                item("Search", "Shortcut+F", screens::search),
                new SeparatorMenuItem(),
                save,
                new SeparatorMenuItem(),
                item("Import assessment package\u2026", "Shortcut+I", () -> exchange.importPackage()),
                item("Export assessment package\u2026", "Shortcut+E", () -> exchange.exportPackage()),
                item(
                        "Export report (PDF, Word, spreadsheet, HTML, CSV)\u2026",
                        "Shortcut+Shift+E",
                        () -> exchange.exportReport()),
                compare.menuItem(),
                atlas.menuItem(),
                importQuestionnaire);
        if (offered.recovery != null) {
            file.getItems().add(offered.recovery.restoreItem(stage));
        }
        if (offered.workspaces != null) {
            file.getItems().addAll(offered.workspaces.items(stage));
        }
        if (offered.checkIns != null) {
            file.getItems()
                    .addAll(offered.checkIns.items(
                            stage,
                            screens::currentAssessment,
                            () -> screens.libraryModel().refresh()));
        }
        if (offered.protection != null) {
            file.getItems().addAll(offered.protection.items(stage));
        }
        file.getItems().addAll(new SeparatorMenuItem(), item("Quit", "Shortcut+Q", quit));
        return file;
    }

    private Menu edit() {
        LibraryView libraryView = screens.libraryView();
        var libraryModel = screens.libraryModel();
        MenuItem rename = item("Rename…", "F2", libraryView::renameSelected);
        MenuItem duplicate = item("Duplicate", "Shortcut+D", libraryView::duplicateSelected);
        MenuItem delete = item("Delete…", null, libraryView::deleteSelected);
        for (MenuItem i : new MenuItem[] {rename, duplicate, delete}) {
            i.disableProperty()
                    .bind(libraryModel
                            .selectedProperty()
                            .isNull()
                            .or(screens.root().centerProperty().isNotEqualTo(libraryView)));
        }
        MenuItem undo = item("Undo delete", "Shortcut+Z", () -> {
            screens.showLibrary();
            libraryView.undoDelete();
        });
        undo.disableProperty().bind(libraryModel.canUndoDeleteProperty().not());
        MenuItem method = item("Scoring method…", null, settings::editScoringMethod);
        method.setId("menu-scoring-method");
        MenuItem findAnswers = item("Find in answers and notes…", "Shortcut+Shift+F", screens::findInAnswers);
        findAnswers.setId("menu-find-answers");
        findAnswers.disableProperty().bind(screens.noAssessmentShown());
        MenuItem reportSettings = item("Report settings\u2026", null, settings::editReportSettings);
        reportSettings.setId("menu-report-settings");
        MenuItem evidence = item("Evidence\u2026", "Shortcut+Shift+A", this::showEvidence);
        evidence.setId("menu-evidence");
        evidence.disableProperty().bind(findAnswers.disableProperty());
        Menu edit = new Menu(
                "_Edit",
                null,
                undo,
                new SeparatorMenuItem(),
                rename,
                duplicate,
                delete,
                new SeparatorMenuItem(),
                findAnswers,
                evidence,
                moveVersion,
                method,
                reportSettings);
        if (offered.yourDetails != null) {
            edit.getItems().addAll(new SeparatorMenuItem(), offered.yourDetails.menuItem(stage));
        }
        return edit;
    }

    private Menu view() {
        Menu view = new Menu("_View");
        MenuItem[] tabs = {
            item("Questionnaire", "Shortcut+1", () -> screens.tabs(AssessmentTabs::showQuestionnaire)),
            item("Risk register", "Shortcut+2", () -> screens.tabs(AssessmentTabs::showRegister)),
            item("Mitigation plan", "Shortcut+3", () -> screens.tabs(AssessmentTabs::showPlan)),
            item("Dashboard", "Shortcut+4", () -> screens.tabs(AssessmentTabs::showDashboard)),
            item("Comments", CommentsSidebar.SHORTCUT, () -> {
                if (offered.comments != null) {
                    offered.comments.toggle();
                }
            })
        };
        for (MenuItem i : tabs) {
            i.disableProperty().bind(screens.noAssessmentShown());
            view.getItems().add(i);
        }
        if (offered.auditTrail != null) {
            view.getItems().add(offered.auditTrail.item(stage, screens::currentAssessment));
        }
        view.getItems().add(new SeparatorMenuItem());
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.label() + " theme");
            item.setId("theme-" + t.name().toLowerCase());
            item.setToggleGroup(themes);
            item.setSelected(t == settings.theme());
            item.setOnAction(e -> settings.switchTheme(t));
            view.getItems().add(item);
        }
        return view;
    }

    private Menu help() {
        MenuItem problems = item("Template problems", null, () -> status.showTemplateProblems(stage));
        problems.setDisable(!status.anyTemplateProblems());
        MenuItem shortcuts = item("Keyboard shortcuts", "F1", () -> ShortcutsDialog.show(stage));
        MenuItem about = item("About AI Risk Workbench", null, () -> AboutDialog.show(stage, dataFolder));
        Menu help = new Menu("_Help", null, shortcuts, problems, new SeparatorMenuItem(), about);
        if (offered.recovery != null) {
            help.getItems().add(2, offered.recovery.logFolderItem(stage));
        }
        return help;
    }

    /** Edit › Evidence: files kept with the open assessment. */
    private void showEvidence() {
        if (offered.evidence != null) {
            screens.openAssessment()
                    .ifPresent(open -> offered.evidence.show(
                            stage,
                            open.id(),
                            open.title(),
                            screens.openTabs().orElseThrow().session()));
        }
    }
}
