package org.airisk.workbench.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A ScrollPane does not follow the focus by itself: keyboard users would tab into fields out of sight. This makes
 * it scroll just enough to show whichever node inside its content takes the focus.
 */
public final class FocusScrolling {
    private static final double MARGIN = 24;

    private FocusScrolling() {}

    public static void follow(ScrollPane scroller, Region content) {
        scroller.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, focused) -> {
                    if (focused != null && isInside(focused, content)) {
                        ensureVisible(scroller, content, focused);
                    }
                });
            }
        });
    }

    private static boolean isInside(Node node, Node content) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls just enough to show the node, with a little room around it. */
    public static void ensureVisible(ScrollPane scroller, Region content, Node node) {
        content.layout();
        Bounds inBox = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewport = scroller.getViewportBounds().getHeight();
        double scrollable = content.getHeight() - viewport;
        if (scrollable <= 0 || inBox == null) {
            return;
        }
        double top = scroller.getVvalue() * scrollable;
        if (inBox.getMinY() - MARGIN < top) {
            scroller.setVvalue(Math.max(0, (inBox.getMinY() - MARGIN) / scrollable));
        } else if (inBox.getMaxY() + MARGIN > top + viewport) {
            scroller.setVvalue(Math.min(1, (inBox.getMaxY() + MARGIN - viewport) / scrollable));
        }
    }
}
