package org.airisk.workbench.ui.review;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.airisk.workbench.review.SubmissionGap;
import org.airisk.workbench.ui.Buttons;

/** The Review menu's submission check, with its gaps as links (Decide… is {@link DecideDialog}). */
final class ReviewDialogs {
    static final ButtonType SUBMIT = new ButtonType("Submit for review", ButtonBar.ButtonData.OK_DONE);

    private ReviewDialogs() {}

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
            content.getChildren()
                    .add(wrapped("The assessment is complete. Submitting freezes it as a numbered "
                            + "version with its content hash; it stays read-only until a reviewer decides."));
            dialog.getDialogPane().getButtonTypes().addAll(SUBMIT, Buttons.CANCEL);
        } else {
            dialog.setHeaderText(
                    gaps.size() == 1
                            ? "One thing to settle before submitting"
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

    static TextArea area(String id, String prompt) {
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
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    static <T> Dialog<T> dialog(Window owner, String title) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title + " \u2013 AI Risk Workbench");
        dialog.getDialogPane().setPadding(new Insets(4));
        return dialog;
    }
}
