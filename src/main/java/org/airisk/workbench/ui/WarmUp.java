package org.airisk.workbench.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Uses the FX thread's idle time while the database opens: lays out an unseen scene with the controls the
 * library uses, so their classes are loaded and the theme's stylesheet is parsed before the real window needs them.
 */
public final class WarmUp {
    private WarmUp() {
    }

    public static void run(Theme likelyTheme) {
        likelyTheme.apply();
        TableView<String> table = new TableView<>();
        table.getColumns().add(new TableColumn<>("warm-up"));
        table.getItems().add("row");
        VBox root = new VBox(new MenuBar(), new Label("warm-up"), new TextField(), new Button("warm-up"),
                new ProgressBar(0.5), table);
        Scene scene = new Scene(root, 800, 600);
        scene.getStylesheets().add(WarmUp.class.getResource("/ui/workbench.css").toExternalForm());
        root.applyCss();
        root.layout();
    }
}
