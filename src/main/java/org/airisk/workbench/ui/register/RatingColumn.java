package org.airisk.workbench.ui.register;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.airisk.workbench.scoring.Rating;
import org.airisk.workbench.scoring.RiskScore;

/** A rating column of the register: "L4 × I3" and the level chip; the inherent one marks overrides with ✎. */
final class RatingColumn extends TableColumn<RiskScore, RiskScore> {

    RatingColumn(String title, Function<RiskScore, Rating> rating, boolean marksOverride, boolean compact) {
        super(title);
        setPrefWidth(compact ? 124 : 178);
        setMinWidth(compact ? 118 : 170);
        setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        setComparator(Comparator.comparingInt(s -> rating.apply(s).score()));
        setCellFactory(c -> new TableCell<>() {
            private final Label chip = new Label();
            private final Label axes = new Label();
            private final HBox box = new HBox(6, axes, chip);

            {
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(RiskScore item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Rating r = rating.apply(item);
                LevelChip.show(chip, r);
                String mark = marksOverride && item.isOverridden() ? " \u270e" : "";
                axes.setText(compact ? mark : LevelChip.axes(r) + mark);
                axes.setVisible(!axes.getText().isEmpty());
                axes.setManaged(axes.isVisible());
                setTooltip(new Tooltip(title + ": " + r));
                setGraphic(box);
            }
        });
    }
}
