package org.airisk.workbench.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.airisk.workbench.report.ReportContent;
import org.airisk.workbench.report.ReportLogos;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;

/**
 * The client logo of the report settings: Choose… checks the image at once (off the FX thread), Remove logo takes
 * it off; below them, the logo's kind and size, or why the chosen file cannot be used.
 */
final class ClientLogoField {
    private static final String NO_LOGO = "None";

    final Button choose = new Button("Choose\u2026");
    final Button remove = new Button("Remove logo");
    /** The logo's name and size, or None. */
    final Label state;
    /** Why the chosen file cannot be used, or empty. */
    final Label problem = new Label();
    /** A new logo file to copy in on Save, or null. */
    final ObjectProperty<Path> chosen = new SimpleObjectProperty<>();
    /** True when the assessor removed the logo. */
    final BooleanProperty removed = new SimpleBooleanProperty();
    /** True while a chosen image is checked: Save waits for it, so a logo chosen just before saving is never lost. */
    final BooleanProperty checking = new SimpleBooleanProperty();

    private final ReportLogos logos;
    private final Optional<ReportContent.Logo> currentLogo;
    private final BackgroundWork background;

    ClientLogoField(
            Supplier<Window> window,
            ReportLogos logos,
            Optional<ReportContent.Logo> currentLogo,
            BackgroundWork background,
            Function<Window, Optional<Path>> pickLogo) {
        this.logos = logos;
        this.currentLogo = currentLogo;
        this.background = background;
        problem.setId("report-logo-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        state = new Label(currentLogo.map(ClientLogoField::describe).orElse(NO_LOGO));
        state.setId("report-logo");
        choose.setId("report-logo-choose");
        remove.setId("report-logo-remove");
        remove.setDisable(currentLogo.isEmpty());
        choose.setOnAction(e -> pickLogo.apply(window.get()).ifPresent(this::check));
        remove.setOnAction(e -> {
            chosen.set(null);
            removed.set(true);
            problem.setText("");
            state.setText(NO_LOGO);
            remove.setDisable(true);
        });
        // The buttons keep their words, and the logo's name and size go below them, wrapping when long: a label
        // beside them grew with the chosen name and cut all three off.
        choose.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        state.setWrapText(true);
        state.textProperty().addListener((o, was, now) -> {
            if (window.get() != null) {
                window.get().sizeToScene();
            }
        });
    }

    /** Choose… and Remove logo side by side. */
    HBox buttons() {
        HBox buttons = new HBox(8, choose, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return buttons;
    }

    private void check(Path file) {
        String name = file.getFileName().toString();
        checking.set(true);
        state.setText("Checking " + name + "\u2026");
        background.submit(
                () -> logos.checked(file),
                logo -> {
                    checking.set(false);
                    chosen.set(file);
                    removed.set(false);
                    problem.setText("");
                    state.setText(name + ": " + describe(logo));
                    remove.setDisable(false);
                },
                failure -> {
                    checking.set(false);
                    state.setText(
                            chosen.get() != null
                                    ? chosen.get().getFileName().toString()
                                    : removed.get()
                                            ? NO_LOGO
                                            : currentLogo
                                                    .map(ClientLogoField::describe)
                                                    .orElse(NO_LOGO));
                    problem.setText(UserMessages.describe(failure));
                });
    }

    private static String describe(ReportContent.Logo logo) {
        return (logo.mediaType().equals("image/png") ? "PNG" : "JPEG") + ", " + logo.width() + " \u00d7 "
                + logo.height() + " pixels";
    }
}
