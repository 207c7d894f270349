package org.airisk.workbench.bench;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * A second floor for start-up: the library's first screen rebuilt from JavaFX and AtlantaFX alone, with no database,
 * no logging and none of the app's code. The same theme, menus, header, buttons and a table of 1,000 rows with the
 * same seven columns (wrapped text, a progress bar). What it costs over {@link BareWindow} is what any window showing
 * the library costs on this stack; what the app costs over it is the app's own work. Timed from JVM start to its
 * first frame, then quits.
 */
public final class LibraryShapedWindow extends Application {
    private record Row(String title, String system, String questionnaire, String status, int progress) {}

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        BorderPane root = new BorderPane();
        root.setTop(menus());
        VBox library = new VBox(12, header(), buttons(), table());
        library.setPadding(new Insets(16, 20, 16, 20));
        VBox.setVgrow(library.getChildren().get(2), Priority.ALWAYS);
        root.setCenter(library);
        stage.setScene(new Scene(root, 1180, 760));
        stage.setTitle("AI Risk Workbench");
        stage.show();
        Platform.runLater(() -> {
            System.out.println("library-shaped window: first frame "
                    + ManagementFactory.getRuntimeMXBean().getUptime() + " ms after JVM start");
            Platform.exit();
        });
    }

    private static MenuBar menus() {
        MenuBar bar = new MenuBar();
        for (String name : List.of("_File", "_Edit", "_View", "_Review", "_Tools", "_Help")) {
            Menu menu = new Menu(name);
            for (int i = 1; i <= 6; i++) {
                menu.getItems().add(new MenuItem(name.substring(1) + " action " + i + "…"));
            }
            bar.getMenus().add(menu);
        }
        return bar;
    }

    private static HBox header() {
        Label title = new Label("Assessments");
        title.getStyleClass().add(Styles.TITLE_2);
        Label count = new Label("1,000 assessments");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ChoiceBox<String> stages =
                new ChoiceBox<>(FXCollections.observableArrayList("All review stages", "Draft", "In review"));
        stages.getSelectionModel().selectFirst();
        stages.setPrefWidth(276);
        TextField search = new TextField();
        search.setPromptText("Search title, system, questionnaire, owner (Ctrl+F)");
        search.setPrefWidth(440);
        HBox header = new HBox(12, new VBox(title, count), gap, stages, search);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static HBox buttons() {
        Button create = new Button("New assessment…");
        create.getStyleClass().add(Styles.ACCENT);
        Button delete = new Button("Delete…");
        delete.getStyleClass().add(Styles.DANGER);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new HBox(
                8,
                create,
                new Button("Open"),
                new Button("Rename…"),
                new Button("Duplicate"),
                delete,
                gap,
                new Button("Portfolio"),
                new Button("Risk library"));
    }

    private static TableView<Row> table() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(new Row(
                    "Assessment " + i + ": support assistant pre-launch check",
                    "HelpDesk Assistant " + i,
                    "Foundation-model risk assessment v1",
                    i % 3 == 0 ? "Completed" : "In progress",
                    i % 101));
        }
        TableView<Row> table = new TableView<>(FXCollections.observableList(rows));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add(Styles.STRIPED);
        table.getColumns()
                .addAll(List.of(
                        text("Title", 300, Row::title),
                        text("AI system", 180, Row::system),
                        text("Questionnaire", 170, Row::questionnaire),
                        text("Status", 95, Row::status),
                        text("Review", 120, r -> "Draft"),
                        progress(),
                        text("Last updated", 150, r -> "Dec 4, 2026, 1:38 AM")));
        return table;
    }

    /** A column of wrapped text, as the library's. */
    private static TableColumn<Row, String> text(String title, double width, Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(widthProperty().subtract(12));
                text.fontProperty().bind(fontProperty());
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
            }
        });
        return column;
    }

    /** A small bar and the percent, as the library's Progress column. */
    private static TableColumn<Row, Integer> progress() {
        TableColumn<Row, Integer> column = new TableColumn<>("Progress");
        column.setPrefWidth(140);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().progress()));
        column.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label percent = new Label();
            private final HBox box = new HBox(8, bar, percent);

            {
                bar.setPrefWidth(80);
                bar.getStyleClass().add(Styles.SMALL);
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(Integer value, boolean empty) {
                super.updateItem(value, empty);
                if (empty || value == null) {
                    setGraphic(null);
                } else {
                    bar.setProgress(value / 100.0);
                    percent.setText(value + " %");
                    setGraphic(box);
                }
            }
        });
        return column;
    }

    /** Plain launcher, as for the app. */
    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(LibraryShapedWindow.class, args);
        }
    }
}
