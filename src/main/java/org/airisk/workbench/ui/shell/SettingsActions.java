package org.airisk.workbench.ui.shell;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.airisk.workbench.report.ReportWriter;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.settings.PreferenceKeys;
import org.airisk.workbench.settings.Preferences;
import org.airisk.workbench.settings.ReportBranding;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.Buttons;
import org.airisk.workbench.ui.Theme;
import org.airisk.workbench.ui.register.ScoringSession;

/**
 * The settings the window keeps: Edit › Scoring method, Edit › Report settings and the View menu's theme, each
 * saved off the FX thread as it is chosen.
 */
final class SettingsActions {
    private final Stage stage;
    private final BackgroundWork background;
    private final Preferences preferences;
    private final ReportWriter reports;
    /** The open assessment's scoring, if one is shown: offered a rescore when the method changes. */
    private final Supplier<Optional<ScoringSession>> openSession;

    private final ObjectProperty<ScoringMethod> method = new SimpleObjectProperty<>(ScoringMethod.standard());
    private Function<Window, Optional<Path>> logoPicker = ReportSettingsDialog.LOGO_CHOOSER;
    private Theme theme;

    SettingsActions(
            Stage stage,
            BackgroundWork background,
            Preferences preferences,
            ReportWriter reports,
            Supplier<Optional<ScoringSession>> openSession) {
        this.stage = stage;
        this.background = background;
        this.preferences = preferences;
        this.reports = reports;
        this.openSession = openSession;
    }

    /** As the last run left them; the theme was applied before the window's first control was made. */
    void start(Theme started, ScoringMethod scoringMethod) {
        theme = started;
        method.set(scoringMethod);
    }

    /** The scoring method new assessments get. */
    ObjectProperty<ScoringMethod> method() {
        return method;
    }

    Theme theme() {
        return theme;
    }

    /** Where Edit › Report settings asks for the logo file: a file chooser, or what a test hands over. */
    void useLogoPicker(Function<Window, Optional<Path>> picker) {
        logoPicker = picker;
    }

    /** Settings for the risk matrix; saved for new assessments, and offered to open ones as a rescore. */
    void editScoringMethod() {
        ScoringMethodDialog.edit(stage, method.get()).ifPresent(chosen -> {
            method.set(chosen);
            background.submit(
                    () -> preferences.put(PreferenceKeys.SCORING_METHOD, chosen.encode()), () -> {}, this::showFailure);
            openSession.get().filter(ScoringSession::settingsDiffer).ifPresent(session -> {
                Alert ask = new Alert(
                        Alert.AlertType.CONFIRMATION,
                        "This assessment was scored with: "
                                + session.method().describe() + ".\n\nRescore it with the new method? Other saved "
                                + "assessments keep their method until you rescore them.",
                        Buttons.YES,
                        Buttons.NO);
                ask.initOwner(stage);
                ask.setHeaderText("Rescore the open assessment?");
                ask.showAndWait().filter(b -> b == Buttons.YES).ifPresent(b -> session.rescoreWithCurrentMethod());
            });
        });
    }

    /** Edit › Report settings: read and saved off the FX thread. */
    void editReportSettings() {
        var logo = reports.logo();
        background.submit(
                () -> Map.entry(ReportBranding.read(preferences), logo.current()),
                current -> ReportSettingsDialog.edit(
                                stage, current.getKey(), logo, current.getValue(), background, logoPicker)
                        .ifPresent(chosen ->
                                background.submit(() -> chosen.save(preferences, logo), () -> {}, this::showFailure)),
                this::showFailure);
    }

    void switchTheme(Theme chosen) {
        theme = chosen;
        chosen.apply();
        background.submit(() -> preferences.put(Theme.PREFERENCE, chosen.name()), () -> {}, this::showFailure);
    }

    private void showFailure(Throwable failure) {
        Dialogs.failure(stage, failure);
    }
}
