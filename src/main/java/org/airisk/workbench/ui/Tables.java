package org.airisk.workbench.ui;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/** The small pieces every table of the workbench is built from. */
public final class Tables {
    private Tables() {}

    /**
     * A column of text taken from each row; it never shrinks below its header's worth of room, and a text longer
     * than the column wraps onto a second line instead of being cut off.
     */
    public static <T> TableColumn<T, String> textColumn(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 100));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new WrappingCell<>());
        return column;
    }

    /**
     * Draws its text wrapped to the column's width, so the row grows instead of the text ending in "…". The cell
     * keeps the text as its own too, for screen readers and for finding a row by what it says.
     */
    private static final class WrappingCell<T> extends TableCell<T, String> {
        /** Room the cell's padding takes on either side of the text. */
        private static final double PADDING = 12;

        private final Text text = new Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(PADDING));
            text.fillProperty().bind(textFillProperty());
            text.fontProperty().bind(fontProperty());
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null;
            setText(blank ? null : item);
            text.setText(blank ? "" : item);
            setGraphic(blank ? null : text);
        }
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
