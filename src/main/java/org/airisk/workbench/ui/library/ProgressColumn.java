package org.airisk.workbench.ui.library;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The library's Progress column: a small bar and the percent of questions answered. */
final class ProgressColumn extends TableColumn<AssessmentRow, Integer> {

    ProgressColumn() {
        super("Progress");
        setPrefWidth(140);
        setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().progressPercent()));
        setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label percent = new Label();
            private final HBox box = new HBox(8, bar, percent);

            {
                bar.setPrefWidth(80);
                // A narrow column shortens the bar, never the figure ("100 %" was cut at the window's first size).
                bar.setMinWidth(24);
                percent.setMinWidth(Region.USE_PREF_SIZE);
                percent.getStyleClass().add("library-progress-percent"); // room for "100 %" on every row
                bar.getStyleClass().add(Styles.SMALL);
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(Integer value, boolean empty) {
                super.updateItem(value, empty);
                if (empty || value == null) {
                    setGraphic(null);
                } else {
                    bar.setProgress(value / 100.0);
                    percent.setText(value + " %");
                    setGraphic(box);
                }
            }
        });
    }
}
