package org.airisk.workbench.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the workbench keeps its data when not told otherwise, following each platform's convention. */
final class DataFolders {
    static final String ENVIRONMENT_VARIABLE = "AIRISK_HOME";

    private DataFolders() {}

    /**
     * The data folder: {@code --data-dir} first, then {@code AIRISK_HOME}, then the platform's user data folder.
     */
    static Path resolve(String dataDirOption, Map<String, String> environment, String osName, String userHome) {
        if (dataDirOption != null && !dataDirOption.isBlank()) {
            return Path.of(dataDirOption).toAbsolutePath();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment).toAbsolutePath();
        }
        return platformDefault(environment, osName, userHome);
    }

    static Path platformDefault(Map<String, String> environment, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            Path base =
                    appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("AI Risk Workbench");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "AI Risk Workbench");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("ai-risk-workbench");
    }
}
