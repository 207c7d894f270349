package org.airisk.workbench.ui.shell;

import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.airisk.workbench.changes.Reassessment;
import org.airisk.workbench.changes.StartReassessment;
import org.airisk.workbench.review.ReviewRepository;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.Buttons;
import org.airisk.workbench.ui.UserMessages;

/**
 * Review › Start re-assessment…: next year's review from the latest approved version. Asks for the title and how
 * old an answer may be before it is re-confirmed, starts it in the background, opens it and lists what to confirm.
 */
final class ReassessActions {
    private static final Period[] AGES = {Period.ofMonths(6), Period.ofYears(1), Period.ofYears(2)};
    private final StartReassessment starter;
    private final ReviewRepository reviews;
    private final BackgroundWork background;
    private final Consumer<UUID> open;

    ReassessActions(
            StartReassessment starter, ReviewRepository reviews, BackgroundWork background, Consumer<UUID> open) {
        this.starter = starter;
        this.reviews = reviews;
        this.background = background;
        this.open = open;
    }

    MenuItem menuItem(Window owner, Supplier<Optional<Map.Entry<UUID, String>>> current) {
        return VersionsActions.forCurrent(
                "Start re-assessment from the approved version\u2026",
                "menu-reassess",
                current,
                (id, title) -> ask(owner, id, title));
    }

    private void ask(Window owner, UUID id, String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Start re-assessment");
        dialog.setHeaderText("A new assessment from the latest approved version of \u201c" + title + "\u201d");
        TextField name = new TextField(title + " (re-assessment)");
        name.setId("reassess-title");
        name.setPrefColumnCount(32);
        ChoiceBox<Period> age = ageChoice();
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(8, 12, 0, 12));
        Label titleLabel = new Label("Title");
        Label ageLabel = new Label("Re-confirm answers older than");
        for (Label l : new Label[] {titleLabel, ageLabel}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        titleLabel.setLabelFor(name);
        ageLabel.setLabelFor(age);
        form.addRow(0, titleLabel, name);
        form.addRow(1, ageLabel, age);
        Label hint = new Label("Answers, notes, overrides and the plan are carried over. Answers whose question "
                + "reads differently now, whose options changed, or that are older than this are marked "
                + "\u201c" + StartReassessment.TO_CONFIRM + "\u201d in their note.");
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        form.add(hint, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(form);
        ButtonType start = new ButtonType("Start", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(start, Buttons.CANCEL);
        dialog.getDialogPane()
                .lookupButton(start)
                .disableProperty()
                .bind(name.textProperty().isEmpty());
        dialog.showAndWait()
                .filter(b -> b == start)
                .ifPresent(b -> background.submit(
                        () -> starter.startFromApproved(
                                reviews, id, name.getText().strip(), age.getValue()),
                        started -> {
                            open.accept(started.assessment().id());
                            told(owner, started);
                        },
                        failure -> Dialogs.error(
                                owner, "Cannot start the re-assessment", UserMessages.describe(failure))));
    }

    /** How old an answer may be before the re-assessment asks to confirm it: a year unless chosen otherwise. */
    private static ChoiceBox<Period> ageChoice() {
        ChoiceBox<Period> age = new ChoiceBox<>();
        age.setId("reassess-age");
        age.getItems().setAll(AGES);
        age.setValue(Period.ofYears(1));
        age.setConverter(new StringConverter<>() {
            @Override
            public String toString(Period p) {
                return p == null
                        ? ""
                        : p.getYears() > 0
                                ? p.getYears() + (p.getYears() == 1 ? " year" : " years")
                                : p.getMonths() + " months";
            }

            @Override
            public Period fromString(String s) {
                return null;
            }
        });
        return age;
    }

    private static void told(Window owner, StartReassessment.Started started) {
        StringBuilder text = new StringBuilder();
        if (started.flags().isEmpty()) {
            text.append("Nothing to re-confirm: every answer is recent and its question unchanged.");
        }
        for (Reassessment.Flag flag : started.flags()) {
            text.append("\u2022 ")
                    .append(flag.question())
                    .append("\n   ")
                    .append(String.join(" ", flag.reasons()))
                    .append('\n');
        }
        Dialogs.info(
                owner,
                "Started \u201c" + started.assessment().title() + "\u201d: "
                        + started.flags().size() + " answer(s) to confirm",
                text.toString().strip());
    }
}
