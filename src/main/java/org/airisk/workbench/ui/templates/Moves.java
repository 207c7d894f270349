package org.airisk.workbench.ui.templates;

import java.util.ArrayList;
import java.util.List;

/** Moving one item of a list up or down, as the editor's arrow buttons do. */
final class Moves {
    private Moves() {}

    /** The list with the item at {@code index} moved by {@code delta}; unchanged when it would leave the list. */
    static <T> List<T> move(List<T> list, int index, int delta) {
        int to = index + delta;
        if (index < 0 || index >= list.size() || to < 0 || to >= list.size()) {
            return list;
        }
        List<T> moved = new ArrayList<>(list);
        moved.add(to, moved.remove(index));
        return moved;
    }
}
