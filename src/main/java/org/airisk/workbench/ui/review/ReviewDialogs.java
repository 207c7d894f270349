package org.airisk.workbench.ui.review;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.review.SubmissionGap;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.ui.Buttons;

/** The Review menu's two dialogs: the submission check with its gaps as links, and the reviewer's decision. */
final class ReviewDialogs {
    static final ButtonType SUBMIT = new ButtonType("Submit for review", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType RECORD = new ButtonType("Record decision", ButtonBar.ButtonData.OK_DONE);

    private ReviewDialogs() {
    }

    /**
     * Submit for review…: the gaps, each a link to where it is settled; Submit is offered only when there are none.
     *
     * @param goTo opens a gap's question or risk (the dialog closes first)
     */
    static Dialog<ButtonType> submit(Window owner, List<SubmissionGap> gaps, Consumer<SubmissionGap> goTo) {
        Dialog<ButtonType> dialog = dialog(owner, "Submit for review");
        VBox content = new VBox(8);
        content.setId("review-submit");
        if (gaps.isEmpty()) {
            dialog.setHeaderText("Ready to submit");
            content.getChildren().add(wrapped("The assessment is complete. Submitting freezes it as a numbered "
                    + "version with its content hash; it stays read-only until a reviewer decides."));
            dialog.getDialogPane().getButtonTypes().addAll(SUBMIT, Buttons.CANCEL);
        } else {
            dialog.setHeaderText(gaps.size() == 1 ? "One thing to settle before submitting"
                    : gaps.size() + " things to settle before submitting");
            content.getChildren().add(wrapped("Each link opens the place to settle it."));
            VBox links = new VBox(2);
            for (SubmissionGap gap : gaps) {
                Hyperlink link = new Hyperlink(gap.text());
                link.setId("gap-" + gap.targetId());
                link.setWrapText(true);
                link.setMaxWidth(520);
                link.setOnAction(e -> {
                    dialog.setResult(Buttons.CLOSE);
                    dialog.close();
                    goTo.accept(gap);
                });
                links.getChildren().add(link);
            }
            ScrollPane scroll = new ScrollPane(links);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(Math.min(320, 44.0 * gaps.size()));
            content.getChildren().add(scroll);
            dialog.getDialogPane().getButtonTypes().add(Buttons.CLOSE);
        }
        dialog.getDialogPane().setContent(content);
        return dialog;
    }

    /** What the reviewer entered in Decide…. */
    record DecisionForm(Decision decision, List<String> conditions, String comment, String name, String role) {
    }

    /**
     * Decide…: the decision, its conditions (one a line), a comment, and who decides (from Your details).
     *
     * @param check says what to change first (empty when it can be recorded); the dialog stays open until then
     */
    static Dialog<DecisionForm> decide(Window owner, UserIdentity me,
                                       java.util.function.Function<DecisionForm, String> check) {
        Dialog<DecisionForm> dialog = dialog(owner, "Decide");
        dialog.setHeaderText("The decision on the submitted version, bound to its content hash");
        ComboBox<Decision> decision = new ComboBox<>();
        decision.setId("decide-decision");
        decision.getItems().addAll(Decision.values());
        decision.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Decision d) {
                return d == null ? "" : d.label();
            }

            @Override
            public Decision fromString(String s) {
                return null;
            }
        });
        decision.getSelectionModel().select(Decision.APPROVED);
        TextArea conditions = area("decide-conditions", "One condition a line; the author can make each a plan item");
        conditions.disableProperty().bind(decision.valueProperty().isNotEqualTo(Decision.APPROVED_WITH_CONDITIONS));
        TextArea comment = area("decide-comment", "What the author should know; required when changes are "
                + "requested or it is rejected");
        TextField name = new TextField(me.name());
        name.setId("decide-name");
        TextField role = new TextField(me.role());
        role.setId("decide-role");
        Label who = new Label("Your name and role come from Your details. They are what you say, not checked: a "
                + "digital signature is the strong form.");
        who.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        who.setWrapText(true);
        Label problem = new Label();
        problem.setId("decide-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Decision"), decision);
        grid.addRow(1, new Label("Conditions"), conditions);
        grid.addRow(2, new Label("Comment"), comment);
        grid.addRow(3, new Label("Reviewer"), name);
        grid.addRow(4, new Label("Role"), role);
        GridPane.setHgrow(conditions, Priority.ALWAYS);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        for (Label wraps : new Label[] {who, problem}) {
            wraps.setMaxWidth(540);
            wraps.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox content = new VBox(10, grid, who, problem);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(RECORD, Buttons.CANCEL);
        Button record = (Button) dialog.getDialogPane().lookupButton(RECORD);
        record.setId("decide-record");
        java.util.function.Supplier<DecisionForm> form = () -> new DecisionForm(decision.getValue(),
                decision.getValue() == Decision.APPROVED_WITH_CONDITIONS ? lines(conditions.getText()) : List.of(),
                comment.getText(), name.getText(), role.getText());
        record.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String said = check.apply(form.get());
            problem.setText(said);
            if (!said.isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == RECORD ? form.get() : null);
        return dialog;
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static TextArea area(String id, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        return area;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(520);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> Dialog<T> dialog(Window owner, String title) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title + " \u2013 AI Risk Workbench");
        dialog.getDialogPane().setPadding(new Insets(4));
        return dialog;
    }
}
