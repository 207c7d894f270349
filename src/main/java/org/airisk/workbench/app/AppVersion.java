package org.airisk.workbench.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version the build stamped into the app, for reports and the command line. */
public final class AppVersion {
    private AppVersion() {}

    public static String get() {
        Properties build = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/workbench-build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException ignored) {
            // "unknown" below
        }
        return build.getProperty("version", "unknown");
    }
}
