package org.airisk.workbench.ui.templates;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.airisk.workbench.questionnaire.QuestionType;

/**
 * The picker's operator box, as wide as its longest words ("does not include") in the font it is drawn with, so
 * that no operator is drawn under the arrow however the box was sized before (the box's own width follows the
 * words it showed when it was first laid out, which cut "equals" short).
 */
final class OperatorBox extends ChoiceBox<ConditionChoice.Operator> {

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(super.computePrefWidth(height), fitted());
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    /** Room for the widest operator's words, the label's padding and the arrow; 0 before the box has a skin. */
    private double fitted() {
        Node shown = lookup(".label");
        Node arrow = lookup(".open-button");
        if (!(shown instanceof Label label) || !(arrow instanceof Region button)) {
            return 0;
        }
        double widest = 0;
        for (ConditionChoice.Operator op : ConditionChoice.Operator.values()) {
            for (QuestionType type : QuestionType.values()) {
                Text words = new Text(op.label(type));
                words.setFont(label.getFont());
                widest = Math.max(widest, words.getLayoutBounds().getWidth());
            }
        }
        return snappedLeftInset()
                + label.snappedLeftInset()
                + Math.ceil(widest)
                + label.snappedRightInset()
                + button.prefWidth(-1)
                + snappedRightInset();
    }
}
