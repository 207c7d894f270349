package org.airisk.workbench.ui.library;

import java.util.Arrays;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import org.airisk.workbench.review.ReviewStage;

/** Shows only the assessments at one review stage (Submitted for review, Approved...), or all. */
final class ReviewStageFilter extends ChoiceBox<String> {
    private static final String ALL_STAGES = "All review stages";

    ReviewStageFilter(LibraryViewModel model) {
        setId("library-review-filter");
        getItems().add(ALL_STAGES);
        for (ReviewStage s : ReviewStage.values()) {
            getItems().add(s.label());
        }
        setValue(ALL_STAGES);
        valueProperty()
                .addListener((obs, old, label) -> model.stageFilterProperty()
                        .set(Arrays.stream(ReviewStage.values())
                                .filter(s -> s.label().equals(label))
                                .findFirst()
                                .orElse(null)));
        setTooltip(new Tooltip("Show only the assessments at one review stage"));
    }
}
