package org.airisk.workbench.ui;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The small pieces every table of the workbench is built from. */
public final class Tables {
    private Tables() {
    }

    /** A column of text taken from each row; it never shrinks below its header's worth of room. */
    public static <T> TableColumn<T, String> textColumn(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 100));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** A text column that never gets narrower than its width, for figures whose header must stay whole. */
    public static <T> TableColumn<T, String> wholeTextColumn(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = textColumn(title, width, value);
        column.setMinWidth(width);
        return column;
    }

    /**
     * Keeps the table's selection and a view model's selected item in step both ways. Clearing the table's
     * selection (as refreshing its rows does) leaves the view model's choice alone.
     */
    public static <T> void bindSelection(TableView<T> table, ObjectProperty<T> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item != selected.get()) {
                selected.set(item);
            }
        });
        selected.addListener((obs, old, item) -> {
            if (item != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(item);
            }
        });
    }
}
