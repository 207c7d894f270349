package org.airisk.workbench.ui.register;

import javafx.scene.control.Label;
import org.airisk.workbench.scoring.Rating;

/** A rating as a small coloured label in its level's colour: "12 High". The colour is never the only cue. */
final class LevelChip {
    private LevelChip() {}

    static Label of(Rating rating) {
        Label chip = new Label();
        show(chip, rating);
        return chip;
    }

    static void show(Label chip, Rating rating) {
        chip.getStyleClass().setAll("label", "level-chip");
        if (rating == null) {
            chip.setText("");
            chip.setStyle("");
            return;
        }
        chip.setText(rating.score() + " " + rating.level().label());
        chip.setStyle("-fx-background-color: " + rating.level().colour() + ";");
    }

    /** "L4 \u00d7 I3". */
    static String axes(Rating rating) {
        return "L" + rating.likelihood() + " \u00d7 I" + rating.impact();
    }
}
