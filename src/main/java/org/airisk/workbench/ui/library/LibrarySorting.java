package org.airisk.workbench.ui.library;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.airisk.workbench.review.LibraryPages;

/**
 * Clicking a column header of the library asks the database for the first page in that column's order, over all
 * assessments, instead of sorting the rows read so far; columns it cannot order by are not sortable.
 */
final class LibrarySorting {
    private LibrarySorting() {}

    static void install(
            TableView<AssessmentRow> table,
            ObjectProperty<LibraryPages.Order> order,
            Map<TableColumn<AssessmentRow, ?>, LibraryPages.Column> columns) {
        for (TableColumn<AssessmentRow, ?> column : table.getColumns()) {
            column.setSortable(columns.containsKey(column));
        }
        table.setSortPolicy(t -> {
            LibraryPages.Order wanted = wanted(t.getSortOrder(), columns);
            if (!wanted.equals(order.get())) {
                order.set(wanted);
            }
            return true; // the rows stay as the database handed them over
        });
    }

    /** The first sorted column's order; none (the third click on a header) is the library's own order. */
    static LibraryPages.Order wanted(
            List<TableColumn<AssessmentRow, ?>> sortOrder,
            Map<TableColumn<AssessmentRow, ?>, LibraryPages.Column> columns) {
        if (sortOrder.isEmpty() || !columns.containsKey(sortOrder.get(0))) {
            return LibraryPages.Order.NEWEST;
        }
        TableColumn<AssessmentRow, ?> first = sortOrder.get(0);
        return new LibraryPages.Order(columns.get(first), first.getSortType() == TableColumn.SortType.ASCENDING);
    }
}
