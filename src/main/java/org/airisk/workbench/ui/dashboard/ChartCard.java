package org.airisk.workbench.ui.dashboard;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A chart with its title and a "Show as table" switch: the same numbers as rows, for screen readers, for copying,
 * and for anyone who reads a table faster than a picture.
 */
public final class ChartCard extends VBox {
    /** The chart's numbers as a table: column headers and rows of cells. */
    public record Table(List<String> headers, List<List<String>> rows) {}

    private final StackPane body = new StackPane();
    private final ToggleButton asTable = new ToggleButton("Show as table");
    private Node chart;
    private Supplier<Table> table;

    public ChartCard(String id, String title, Node... extraControls) {
        setId(id);
        getStyleClass().add("chart-card");
        setSpacing(8);
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        asTable.setId(id + "-as-table");
        asTable.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        asTable.setMinWidth(Region.USE_PREF_SIZE);
        asTable.selectedProperty().addListener((obs, old, on) -> show());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, heading, spacer);
        for (Node control : extraControls) {
            if (control instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
            top.getChildren().add(control);
        }
        top.getChildren().add(asTable);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(top, body);
    }

    public void set(Node newChart, Supplier<Table> newTable) {
        chart = newChart;
        table = newTable;
        show();
    }

    private void show() {
        if (chart == null) {
            return;
        }
        body.getChildren().setAll(asTable.isSelected() ? tableView(table.get()) : chart);
    }

    private static Node tableView(Table data) {
        TableView<List<String>> view = new TableView<>();
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (int c = 0; c < data.headers().size(); c++) {
            int column = c;
            TableColumn<List<String>, String> col =
                    new TableColumn<>(data.headers().get(c));
            col.setCellValueFactory(
                    row -> new ReadOnlyStringWrapper(row.getValue().get(column)));
            view.getColumns().add(col);
        }
        view.getItems().setAll(data.rows());
        view.setPrefHeight(260);
        return view;
    }
}
