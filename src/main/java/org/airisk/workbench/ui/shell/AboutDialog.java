package org.airisk.workbench.ui.shell;

import atlantafx.base.theme.Styles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.airisk.workbench.ui.Buttons;

/** Help › About: version, build date, runtime versions, where the data lives, and the bundled licences. */
final class AboutDialog {
    private AboutDialog() {}

    static void show(Window owner, Path dataFolder) {
        Properties build = new Properties();
        try (InputStream in = AboutDialog.class.getResourceAsStream("/workbench-build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException ignored) {
            // The dialog then says "unknown"; nothing else depends on it.
        }
        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(6);
        String[][] rows = {
            {"Version", build.getProperty("version", "unknown")},
            {"Built", build.getProperty("built", "unknown")},
            {"Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"},
            {"JavaFX", System.getProperty("javafx.runtime.version", "unknown")},
            {"Data folder", dataFolder.toString()},
        };
        for (int i = 0; i < rows.length; i++) {
            Label name = new Label(rows[i][0]);
            name.getStyleClass().add(Styles.TEXT_MUTED);
            Label value = new Label(rows[i][1]);
            value.setId("about-" + rows[i][0].toLowerCase().replace(' ', '-'));
            value.setWrapText(true);
            facts.addRow(i, name, value);
        }
        TextArea licences = new TextArea(licences());
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setPrefRowCount(9);
        VBox content = new VBox(12, facts, new Label("Licences"), licences);
        content.setPadding(new Insets(8, 16, 0, 16));
        content.setPrefWidth(560);
        Alert about = Buttons.alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About AI Risk Workbench");
        about.setHeaderText("AI Risk Workbench " + build.getProperty("version", ""));
        about.getDialogPane().setContent(content);
        about.showAndWait();
    }

    private static String licences() {
        try (InputStream in = AboutDialog.class.getResourceAsStream("/ui/licences.txt")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
