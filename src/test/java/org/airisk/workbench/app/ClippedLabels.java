package org.airisk.workbench.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds labels a person would see cut off: JavaFX shows a clipped {@link Labeled} by drawing a shorter text that
 * ends (or is broken) with its ellipsis string, so the drawn text differs from the label's own.
 */
final class ClippedLabels {
    private ClippedLabels() {}

    /** Each visible label under {@code root} whose text is cut, as "id or style class: text". */
    static List<String> in(Parent root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled && isCut(labeled)) {
            found.add(describe(labeled) + ": \u201c" + labeled.getText() + "\u201d");
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, found));
        }
    }

    /** Each visible button that shows no word (an arrow, a symbol, an icon) and has no tooltip to say what it does. */
    static List<String> unexplainedIcons(Parent root) {
        List<String> found = new ArrayList<>();
        collectIcons(root, found);
        return found;
    }

    private static void collectIcons(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase b
                && (b.getText() == null || !b.getText().codePoints().anyMatch(Character::isLetter))
                && b.getTooltip() == null
                && b.getAccessibleText() == null) {
            found.add(describe(b) + ": \u201c" + b.getText() + "\u201d");
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectIcons(child, found));
        }
    }

    private static boolean isCut(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isEmpty()) {
            return false;
        }
        if (labeled.isMnemonicParsing()) {
            full = full.replaceFirst("_(?!_)", "").replace("__", "_"); // "_File" is drawn "File"
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text drawn && child.isVisible()) {
                return !full.equals(drawn.getText());
            }
        }
        return false;
    }

    private static String describe(Labeled labeled) {
        String name = labeled.getId() != null
                ? "#" + labeled.getId()
                : labeled.getClass().getSimpleName() + labeled.getStyleClass();
        Parent up = labeled.getParent();
        while (up != null && up.getId() == null) {
            up = up.getParent();
        }
        return name + (up == null ? "" : " in #" + up.getId());
    }
}
